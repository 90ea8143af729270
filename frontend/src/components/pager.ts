// Paging. Lists (sections, tags, the videos) page through their archive with links: newest
// first on the list's own address, then archive pages numbered from the oldest (archive.ts),
// so a page's links only change when the pages next to it do. Search results page with
// numbered links ("‹ Trước 1 2 3 … 13 Sau ›"); the sidebar pages with buttons (it must not
// leave the page).
import { archiveCount, olderThanLatest } from '../archive';
import { h } from '../dom/h';
import { pageLinks } from '../pagination';

type Control = (page: number, text: string, label: string) => HTMLElement;

function build(current: number, totalPages: number, label: string, control: Control): HTMLElement | null {
  const links = pageLinks(current, totalPages);
  if (links.length === 0) return null;
  const items: HTMLElement[] = [];
  if (current > 1) items.push(h('li', { class: 'pager-step' }, control(current - 1, '‹ Trước', 'Trang trước')));
  for (const link of links) {
    if (link.kind === 'gap') items.push(h('li', { class: 'pager-gap', 'aria-hidden': 'true' }, '…'));
    else if (link.current) items.push(h('li', null, h('span', { class: 'pager-current', 'aria-current': 'page' }, String(link.page))));
    else items.push(h('li', null, control(link.page, String(link.page), `Trang ${link.page}`)));
  }
  if (current < totalPages) items.push(h('li', { class: 'pager-step' }, control(current + 1, 'Sau ›', 'Trang sau')));
  return h('nav', { class: 'pager', 'aria-label': label }, h('ul', null, items));
}

export function linkPager(current: number, totalPages: number, hrefFor: (page: number) => string, label = 'Phân trang'): HTMLElement | null {
  return build(current, totalPages, label, (page, text, aria) => h('a', { href: hrefFor(page), 'aria-label': aria }, text));
}

/**
 * Buttons that page in place. Each says its page in data-page; with `onSelect` null the caller
 * listens on a container instead (the sidebar does: its buttons are in built pages' HTML,
 * where no listener survives, and must work before the script has redrawn them).
 */
export function buttonPager(current: number, totalPages: number, onSelect: ((page: number) => void) | null, label: string): HTMLElement | null {
  return build(current, totalPages, label, (page, text, aria) =>
    h('button', { type: 'button', 'aria-label': aria, 'data-page': page, onclick: onSelect && (() => onSelect(page)) }, text));
}

/** How far the numbers reach on either side of the page shown. */
const ARCHIVE_REACH = 2;

/**
 * "« Mới nhất ‹ Mới hơn 14 13 [12] 11 10 Cũ hơn › Cũ nhất »" for archive page 12, numbers
 * falling toward the oldest. `archive` null is the list's newest page, which leads into the
 * archive. Nothing when the whole list fits on its newest page.
 */
export function archivePager(archive: number | null, total: number, size: number, hrefFor: (archive: number | null) => string): HTMLElement | null {
  const count = archiveCount(total, size);
  const older = archive === null ? olderThanLatest(total, size) : archive > 1 ? archive - 1 : null;
  if (archive === null && older === null) return null;
  const link = (target: number | null, text: string, label: string) =>
    h('li', { class: 'pager-step' }, h('a', { href: hrefFor(target), 'aria-label': label, rel: label === 'Trang mới hơn' ? 'prev' : label === 'Trang cũ hơn' ? 'next' : null }, text));

  const items: HTMLElement[] = [];
  if (archive !== null) {
    if (archive < count) items.push(link(null, '« Mới nhất', 'Trang mới nhất'));
    items.push(link(archive < count ? archive + 1 : null, '‹ Mới hơn', 'Trang mới hơn'));
  }
  const top = archive === null ? older! : Math.min(count, archive + ARCHIVE_REACH);
  const bottom = Math.max(1, (archive ?? older! - ARCHIVE_REACH) - ARCHIVE_REACH);
  for (let n = top; n >= bottom; n--) {
    items.push(n === archive
      ? h('li', null, h('span', { class: 'pager-current', 'aria-current': 'page' }, String(n)))
      : h('li', null, h('a', { href: hrefFor(n), 'aria-label': `Trang ${n}` }, String(n))));
  }
  if (older !== null) items.push(link(older, 'Cũ hơn ›', 'Trang cũ hơn'));
  if (bottom > 1) items.push(link(1, 'Cũ nhất »', 'Trang cũ nhất'));
  return h('nav', { class: 'pager', 'aria-label': 'Phân trang' }, h('ul', null, items));
}
