// What a list page (a section, a tag, the videos) shows, loaded from the API's numbered pages:
// its newest items, or one archive page (archive.ts). The site builder streams the same
// slices from a cursor instead and hands them to the same views.
import { NotFoundError } from '../api/client';
import type { ContentSummary, Page } from '../api/types';
import { archiveCount, archiveOfLegacyPage, archiveRange } from '../archive';
import type { ListPage } from '../routes';

/** The items one list page shows, newest first, and how many the whole list has. */
export interface ListSlice {
  items: ContentSummary[];
  total: number;
}

export type PageReader = (page: number, pageSize: number) => Promise<Page<ContentSummary>>;

/**
 * Loads a list page. An archive page past the end is a dead link (not found), as is an old
 * `?trang=N` past the end; an old `?trang=N` within it answers the archive page that holds
 * that page's first item, which the page then names as its address.
 */
export async function loadListPage(read: PageReader, page: ListPage, size: number): Promise<ListSlice & { archive: number | null }> {
  const first = await read(1, size);
  const total = first.totalItems;
  let archive = page.archive;
  if (archive === null && page.legacyPage) {
    archive = archiveOfLegacyPage(total, size, page.legacyPage);
    if (archive === null) throw new NotFoundError(`page ${page.legacyPage} is past the end`);
  }
  if (archive === null) return { items: first.items, total, archive };
  if (archive > archiveCount(total, size)) throw new NotFoundError(`archive page ${archive} is past the end`);

  // The archive page's offsets fall on one or two of the API's pages of the same size.
  const { start, end } = archiveRange(total, size, archive);
  const pages = [...new Set([Math.floor(start / size) + 1, Math.floor((end - 1) / size) + 1])];
  const read2 = await Promise.all(pages.map((n) => (n === 1 ? Promise.resolve(first) : read(n, size))));
  const offset = (pages[0]! - 1) * size;
  const items = read2.flatMap((p) => p.items).slice(start - offset, end - offset);
  return { items, total, archive };
}
