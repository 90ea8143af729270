// A page worker: one thread of the site builder that draws and writes pages (page-writer.ts).
// The main thread (page-workers.ts) sends it a frame at the start of each sync, then jobs;
// it answers each job by its number, with the page drawn or the error that stopped it. A
// page's files travel in a buffer handed to the main thread, which gives it back once they are
// written: the same few buffers go round and round (site-files.ts, PageFiles).
import { parentPort, workerData } from 'node:worker_threads';
import { PageWriter, type FrameData, type PageJob, type WriterSetup } from './page-writer';

export type WorkerMessage = { id: number; frame: FrameData } | { id: number; job: PageJob } | { recycle: ArrayBuffer };

/** Buffers the main thread gave back, to fill again; a few more than the jobs a thread holds. */
const spare: ArrayBuffer[] = [];
const SPARE_MAX = 16;
/** A new buffer's least size: most pages' three files fit in it. */
const BUFFER_MIN = 64 * 1024;

function take(size: number): ArrayBuffer {
  const index = spare.findIndex((buffer) => buffer.byteLength >= size);
  if (index >= 0) return spare.splice(index, 1)[0]!;
  return new ArrayBuffer(Math.max(BUFFER_MIN, 2 ** Math.ceil(Math.log2(size))));
}

const writer = new PageWriter(workerData as WriterSetup, take);
const port = parentPort!;

port.on('message', (message: WorkerMessage) => {
  if ('recycle' in message) {
    if (spare.length < SPARE_MAX) spare.push(message.recycle);
    return;
  }
  if ('frame' in message) {
    writer.frame(message.frame);
    port.postMessage({ id: message.id, answer: null });
    return;
  }
  writer.run(message.job).then(
    (answer) => port.postMessage({ id: message.id, answer }, [answer.page.buffer]),
    (error: unknown) => port.postMessage({ id: message.id, error: error instanceof Error ? error.message : String(error) }),
  );
});
