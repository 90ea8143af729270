// Keeps the builder's main thread near the memory it really uses. While a full build streams
// its lists, the main thread promotes some of what it parses to the old generation, all of it
// garbage soon after; V8 lets the old generation grow to several times what is live before
// collecting it, which put a 100,000-item build over its memory target in some runs
// (bench/README.md, 2026-12-03, "the main thread collects its own garbage").
// `--heap-growing-percent` would bound it, but it is one flag for the whole process and slowed
// the page workers. So the main thread collects itself when its heap has doubled since the
// last collection; a full collection of this heap takes milliseconds.
import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** Below this the heap is left to V8 (a small site, the start of a build). */
const FLOOR = 64 * 1024 * 1024;
/** How many calls of tidy() between two looks at the heap (a look costs a few microseconds). */
const EVERY = 256;

export class HeapKeeper {
  private readonly collect: () => void;
  private limit: number;
  private calls = 0;

  /** `floor`: bytes of heap left to V8; `every`: calls of tidy() per look at the heap. */
  constructor(
    private readonly floor = FLOOR,
    private readonly every = EVERY,
  ) {
    this.limit = floor;
    // `gc` is only given to contexts made after --expose-gc is set: a new one hands it over.
    setFlagsFromString('--expose-gc');
    this.collect = runInNewContext('gc') as () => void;
  }

  /** Called as work goes by (each page written): collects when the heap is twice what was live. */
  tidy(): void {
    if (++this.calls % this.every !== 0) return;
    if (getHeapStatistics().used_heap_size < this.limit) return;
    this.collect();
    this.limit = Math.max(this.floor, 2 * getHeapStatistics().used_heap_size);
  }
}
