// The site builder's main thread collects its own garbage once its heap has doubled
// (heap-keeper.ts): V8 alone let it reach 3–4 times what was live during a full build.
import { getHeapStatistics } from 'node:v8';
import { expect, test } from 'vitest';
import { HeapKeeper } from '../../src/build/heap-keeper';

const used = () => getHeapStatistics().used_heap_size;

test('collects once the heap passes its limit, and not again until it has doubled', () => {
  const keeper = new HeapKeeper(used() + 16 * 1024 * 1024, 1);
  // Garbage that outlives a few scavenges, as the builder's did: promoted, so only a full
  // collection (V8's own, much later, or the keeper's) frees it.
  let kept: string[][] | null = [];
  for (let round = 0; round < 10; round++) kept.push(Array.from({ length: 50_000 }, (_, i) => `Đảng bộ ${round}-${i}`));
  kept = null;
  const before = used();

  keeper.tidy();
  const after = used();
  expect(after).toBeLessThan(before - 16 * 1024 * 1024);

  // The next limit is twice what is live: a little more garbage is left to V8.
  let more: string[] | null = Array.from({ length: 50_000 }, (_, i) => `Sóc Trăng ${i}`);
  more = null;
  const grown = used();
  keeper.tidy();
  expect(used()).toBeGreaterThanOrEqual(grown - 1024 * 1024);
  expect(more).toBeNull();
  expect(kept).toBeNull();
});

test('looks at the heap only every so many calls', () => {
  const keeper = new HeapKeeper(0, 3);
  let garbage: string[] | null = Array.from({ length: 200_000 }, (_, i) => `Kinh tế ${i}`);
  garbage = null;
  const start = used();
  keeper.tidy();
  keeper.tidy();
  expect(used()).toBeGreaterThanOrEqual(start - 1024 * 1024); // two calls: not yet
  keeper.tidy();
  expect(used()).toBeLessThan(start - 4 * 1024 * 1024); // the third collects
  expect(garbage).toBeNull();
});
