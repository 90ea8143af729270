// Numbered paging ("‹ Trước 1 2 3 4 5 … 13 Sau ›"). Section and video pages page with
// links (shareable URLs); the sidebar pages with buttons (it must not leave the page).
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

export function buttonPager(current: number, totalPages: number, onSelect: (page: number) => void, label: string): HTMLElement | null {
  return build(current, totalPages, label, (page, text, aria) =>
    h('button', { type: 'button', 'aria-label': aria, onclick: () => onSelect(page) }, text));
}
