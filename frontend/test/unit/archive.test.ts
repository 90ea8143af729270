import { describe, expect, test } from 'vitest';
import { archiveCount, archiveOf, archiveOfLegacyPage, archiveRange, olderThanLatest } from '../../src/archive';

describe('archive pages, numbered from the oldest item', () => {
  test('25 items by 10: page 1 the 10 oldest, page 3 (the top) the 5 newest', () => {
    expect(archiveCount(25, 10)).toBe(3);
    expect(archiveRange(25, 10, 1)).toEqual({ start: 15, end: 25 });
    expect(archiveRange(25, 10, 3)).toEqual({ start: 0, end: 5 });
    expect([0, 4, 5, 14, 15, 24].map((offset) => archiveOf(25, 10, offset))).toEqual([3, 3, 2, 2, 1, 1]);
  });

  test('a new item changes only the top page; every page below keeps its items', () => {
    for (const total of [25, 29, 30, 31, 1000]) {
      const before = Array.from({ length: archiveCount(total, 10) }, (_, i) => archiveRange(total, 10, i + 1));
      const after = Array.from({ length: archiveCount(total + 1, 10) }, (_, i) => archiveRange(total + 1, 10, i + 1));
      // The same item (counted from the oldest) is on the same page, except on the top one.
      const oldest = (r: { start: number; end: number }, t: number) => [t - r.end, t - r.start];
      for (let page = 1; page < before.length; page++) expect(oldest(after[page - 1]!, total + 1), `total ${total} page ${page}`).toEqual(oldest(before[page - 1]!, total));
    }
  });

  test('old ?trang=N links and the newest page\'s "older" link land where their first item is', () => {
    expect(archiveOfLegacyPage(25, 10, 2)).toBe(2); // the 11th newest is the 15th oldest
    expect(archiveOfLegacyPage(25, 10, 3)).toBe(1);
    expect(archiveOfLegacyPage(25, 10, 4)).toBeNull();
    expect(olderThanLatest(25, 10)).toBe(2);
    expect(olderThanLatest(10, 10)).toBeNull();
    expect(olderThanLatest(11, 10)).toBe(1);
  });
});
