// A page worker: one thread of the site builder that draws and writes pages (page-writer.ts).
// The main thread (page-workers.ts) sends it a frame at the start of each sync, then jobs;
// it answers each job by its number, with the page written or the error that stopped it.
import { parentPort, workerData } from 'node:worker_threads';
import { PageWriter, type FrameData, type PageJob, type WriterSetup } from './page-writer';

export type WorkerMessage = { id: number; frame: FrameData } | { id: number; job: PageJob };

const writer = new PageWriter(workerData as WriterSetup);
const port = parentPort!;

port.on('message', (message: WorkerMessage) => {
  if ('frame' in message) {
    writer.frame(message.frame);
    port.postMessage({ id: message.id, answer: null });
    return;
  }
  writer.run(message.job).then(
    (answer) => port.postMessage({ id: message.id, answer }),
    (error: unknown) => port.postMessage({ id: message.id, error: error instanceof Error ? error.message : String(error) }),
  );
});
