// Archive pages that stay put. A list (a section, a tag, the videos) shows its newest items
// on its own address; older items live on numbered pages counted from the OLDEST item:
// page 1 holds the first `size` items ever published, page 2 the next, and so on. A new item
// only fills the highest page (or opens a new one), so every page below keeps its items, its
// file and its cache: a publish rewrites a bounded number of files however deep the archive.
// (Pages numbered from the newest, as `?trang=N` had them, would all shift by one item on
// every publish.)
//
// Offsets below count from the newest item (offset 0 = newest), as the API lists them.

/** How many archive pages a list of `total` items has. */
export function archiveCount(total: number, size: number): number {
  return Math.max(0, Math.ceil(total / size));
}

/** The newest-first offsets [start, end) that archive page `page` (1 = oldest) shows. */
export function archiveRange(total: number, size: number, page: number): { start: number; end: number } {
  return { start: Math.max(0, total - page * size), end: Math.max(0, total - (page - 1) * size) };
}

/** The archive page that holds the item at newest-first `offset`. */
export function archiveOf(total: number, size: number, offset: number): number {
  return Math.floor((total - 1 - offset) / size) + 1;
}

/**
 * Where an old `?trang=N` link (pages counted from the newest, N ≥ 2) points now: the archive
 * page holding that page's first item, or null past the end.
 */
export function archiveOfLegacyPage(total: number, size: number, legacyPage: number): number | null {
  const offset = (legacyPage - 1) * size;
  return offset < total ? archiveOf(total, size, offset) : null;
}

/** The archive page the newest page's "older" link opens: the one holding the item after it. */
export function olderThanLatest(total: number, size: number): number | null {
  return total > size ? archiveOf(total, size, size) : null;
}
