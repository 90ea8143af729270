// The page workers, seen from the main thread: a few threads (one per core by default), each
// with its own document, drawing and writing pages (page-writer.ts). Node runs JavaScript on
// one thread; drawing a page with linkedom and compressing it is most of a build's work, so
// the pages are drawn on every core while the main thread reads the feed and the lists.
import { Worker } from 'node:worker_threads';
import type { FrameData, PageAnswer, PageJob, WriterSetup } from './page-writer';
import type { WorkerMessage } from './page-worker';
import type { PageFiles } from './site-files';

interface Pending {
  resolve: (answer: PageAnswer) => void;
  reject: (error: Error) => void;
}

interface Thread {
  worker: Worker;
  /** Jobs sent and not answered yet, by number. */
  pending: Map<number, Pending>;
}

export class PageWorkers {
  private readonly threads: Thread[] = [];
  /** The thread each page's buffer came from, to give it back to (release). */
  private readonly owners = new WeakMap<ArrayBuffer, Thread>();
  private frameData: FrameData | undefined;
  private nextId = 1;
  private closed = false;
  /** Jobs waiting for a thread with room. */
  private readonly waiting: { job: PageJob; resolve: (answer: PageAnswer) => void; reject: (error: Error) => void }[] = [];

  /**
   * `perThread`: jobs a thread holds at once. A few, so one waits for the API while another is
   * drawn; not many, because a thread draws a page in one synchronous step, and with dozens in
   * hand the answers the API sends it wait behind all those steps, long enough to time out
   * (bench/README.md, "Figures behind the code").
   */
  constructor(
    private readonly script: string,
    private readonly setup: WriterSetup,
    count: number,
    private readonly perThread: number,
  ) {
    for (let i = 0; i < Math.max(1, count); i++) this.threads.push(this.start());
  }

  /** Every page written from now on shows this frame (a new sync's menu and videos). */
  async frame(frame: FrameData): Promise<void> {
    this.frameData = frame;
    await Promise.all(this.threads.map((thread) => this.send(thread, { frame })));
  }

  /** Draws one page, on the thread with the fewest jobs in hand, once one has room. */
  run(job: PageJob): Promise<PageAnswer> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ job, resolve, reject });
      this.dispatch();
    });
  }

  private dispatch(): void {
    while (this.waiting.length > 0) {
      const thread = this.threads.reduce((a, b) => (b.pending.size < a.pending.size ? b : a));
      if (thread.pending.size >= this.perThread) return;
      const { job, resolve, reject } = this.waiting.shift()!;
      (this.send(thread, { job }) as Promise<PageAnswer>).then(resolve, reject).finally(() => this.dispatch());
    }
  }

  /** Gives a page's buffer back to the thread that filled it, once its files are written. */
  release(page: PageFiles): void {
    const thread = this.owners.get(page.buffer);
    this.owners.delete(page.buffer);
    if (thread && this.threads.includes(thread)) thread.worker.postMessage({ recycle: page.buffer } satisfies WorkerMessage, [page.buffer]);
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.threads.map((thread) => thread.worker.terminate()));
  }

  private start(): Thread {
    // A page needs little memory and keeps none: small heaps collect often and keep the
    // builder's footprint flat (the young generation is where pages live and die).
    const worker = new Worker(this.script, { workerData: this.setup, resourceLimits: { maxOldGenerationSizeMb: 96, maxYoungGenerationSizeMb: 16 } });
    const thread: Thread = { worker, pending: new Map() };
    worker.on('message', (message: { id: number; answer?: PageAnswer | null; error?: string }) => {
      const pending = thread.pending.get(message.id);
      if (!pending) return;
      thread.pending.delete(message.id);
      if (message.error !== undefined) {
        pending.reject(new Error(message.error));
        return;
      }
      if (message.answer) this.owners.set(message.answer.page.buffer, thread);
      pending.resolve(message.answer!);
    });
    // A thread that died (out of memory, a bug) fails what it held and is replaced, so the next
    // sync (the watch retries from its saved token) has all its threads again.
    const fail = (error: Error) => {
      for (const pending of thread.pending.values()) pending.reject(error);
      thread.pending.clear();
      if (this.closed) return;
      const index = this.threads.indexOf(thread);
      if (index < 0) return;
      const replacement = this.start();
      this.threads[index] = replacement;
      if (this.frameData) void this.send(replacement, { frame: this.frameData }).catch(() => {});
    };
    worker.on('error', fail);
    worker.on('exit', (code) => {
      if (code !== 0 && this.threads.includes(thread)) fail(new Error(`a page worker stopped (exit code ${code})`));
    });
    return thread;
  }

  private send(thread: Thread, message: { frame: FrameData } | { job: PageJob }): Promise<PageAnswer | null> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      thread.pending.set(id, { resolve: resolve as (answer: PageAnswer | null) => void, reject });
      thread.worker.postMessage({ id, ...message } as WorkerMessage);
    });
  }
}
