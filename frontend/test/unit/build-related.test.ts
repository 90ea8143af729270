// "Tin liên quan" in the builder's state: each item page keeps the ids it shows as related, so a
// change to one of them finds the pages to rewrite without asking the API.
import { describe, expect, test } from 'vitest';
import { emptyState, itemEntry, itemOf, pagesRelating } from '../../src/build/state';

describe('related stories in the state', () => {
  test('an entry keeps its file, lists and related ids apart', () => {
    const state = emptyState();
    state.items[5] = itemEntry({ file: 'bai-viet/nam.html', lists: ['section:kinh-te', 'tag:soc-trang'], related: [12, 7] });
    state.items[6] = itemEntry({ file: 'video/sau.html', lists: ['videos'], related: [] });

    expect(itemOf(state, 5)).toEqual({ file: 'bai-viet/nam.html', lists: ['section:kinh-te', 'tag:soc-trang'], related: [12, 7] });
    expect(itemOf(state, 6)).toEqual({ file: 'video/sau.html', lists: ['videos'] });
  });

  test('the pages showing a changed item are found, but not the changed items themselves', () => {
    const state = emptyState();
    state.items[1] = itemEntry({ file: 'bai-viet/mot.html', lists: [], related: [2, 3] });
    state.items[2] = itemEntry({ file: 'bai-viet/hai.html', lists: ['tag:a'], related: [1] });
    state.items[3] = itemEntry({ file: 'bai-viet/ba.html', lists: ['tag:a'], related: [4] });
    state.items[4] = itemEntry({ file: 'bai-viet/bon.html', lists: ['tag:a'] });

    expect(pagesRelating(state, new Set([3])).sort()).toEqual([1]);
    expect(pagesRelating(state, new Set([1, 4])).sort()).toEqual([2, 3]);
    expect(pagesRelating(state, new Set([2, 1]))).toEqual([]); // 1 shows 2 but is itself rewritten
    expect(pagesRelating(state, new Set([99]))).toEqual([]);
  });
});
