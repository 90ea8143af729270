import { describe, expect, test } from 'vitest';
import { pageLinks, parsePage, type PageLink } from '../../src/pagination';

/** "1 2 [3] 4 5 … 13" for readable expectations. */
function show(links: PageLink[]): string {
  return links.map((l) => (l.kind === 'gap' ? '…' : l.current ? `[${l.page}]` : String(l.page))).join(' ');
}

describe('pageLinks', () => {
  test('like the portal: the first five pages, then the rest reachable', () => {
    expect(show(pageLinks(1, 13))).toBe('[1] 2 3 4 5 … 13');
  });

  test('the window follows the current page, with first and last kept', () => {
    expect(show(pageLinks(7, 13))).toBe('1 … 5 6 [7] 8 9 … 13');
    expect(show(pageLinks(13, 13))).toBe('1 … 9 10 11 12 [13]');
  });

  test('a gap of a single page shows that page instead of "…"', () => {
    expect(show(pageLinks(4, 13))).toBe('1 2 3 [4] 5 6 … 13');
    expect(show(pageLinks(5, 8))).toBe('1 2 3 4 [5] 6 7 8');
  });

  test('few pages: all of them, no gaps', () => {
    expect(show(pageLinks(2, 3))).toBe('1 [2] 3');
    expect(show(pageLinks(1, 5))).toBe('[1] 2 3 4 5');
  });

  test('one page or none needs no pager', () => {
    expect(pageLinks(1, 1)).toEqual([]);
    expect(pageLinks(1, 0)).toEqual([]);
  });

  test('an out-of-range current page is clamped', () => {
    expect(show(pageLinks(99, 3))).toBe('1 2 [3]');
    expect(show(pageLinks(-2, 3))).toBe('[1] 2 3');
  });
});

describe('parsePage', () => {
  test('whole numbers from 1 up; anything else is page 1', () => {
    expect(parsePage('2')).toBe(2);
    expect(parsePage('15')).toBe(15);
    for (const bad of [null, undefined, '', '0', '-1', '1.5', 'abc', '2abc', '9999999']) {
      expect(parsePage(bad), String(bad)).toBe(1);
    }
  });
});
