// The sidebar every page has, as on the portal: the latest "Phim tư liệu" with its own
// paging, "Đọc nhiều" (most read) and "Thống kê truy cập". It lives outside <main>, so it
// survives navigation: the video box keeps its page, the statistics box is refreshed by
// each hit. A built page carries the video box as of its build and the other two empty
// (marked live-only): the script refreshes the first and fills the others.
import type { ApiClient } from '../api/client';
import type { ContentSummary, Page, ViewPeriod, VisitorStats } from '../api/types';
import { fragment, h } from '../dom/h';
import { formatNumber } from '../format';
import { paths } from '../routes';
import { itemHref, miniVideoCard } from './cards';
import { buttonPager } from './pager';

const SIDEBAR_VIDEOS_PER_PAGE = 5;

/**
 * Where the video box starts from: a page of videos at hand (the site builder: drawn at once,
 * nothing fetched), the box a built page already has (kept on screen until the fresh list
 * replaces it, so nothing jumps), or nothing (drawn when the first page arrives).
 */
export interface VideosBoxStart {
  page?: Page<ContentSummary>;
  element?: HTMLElement;
}

export function videosBox(api: ApiClient, start: VideosBoxStart = {}): HTMLElement {
  // tabindex -1: focus can be put here after paging, when the pressed button is gone.
  const box = start.element ?? h('section', { class: 'box box-videos', 'aria-labelledby': 'box-videos-title' },
    h('h2', { class: 'box-title', id: 'box-videos-title' }, h('a', { href: paths.videos() }, 'Phim tư liệu')),
    h('div', { class: 'box-body', 'aria-live': 'polite', tabindex: '-1' }));
  const list = box.querySelector<HTMLElement>('.box-body')!;

  let current = 0;
  const draw = (result: Page<ContentSummary>) => {
    const pager = buttonPager(result.page, result.totalPages, null, 'Trang phim tư liệu');
    list.replaceChildren(fragment(
      result.items.length ? h('ul', { class: 'mini-videos' }, result.items.map((item) => miniVideoCard(api, item))) : h('p', { class: 'notice' }, 'Chưa có phim tư liệu.'),
      pager,
    ));
  };
  const show = async (page: number): Promise<void> => {
    current = page;
    list.setAttribute('aria-busy', 'true');
    try {
      const result = await api.videos({ page, pageSize: SIDEBAR_VIDEOS_PER_PAGE });
      if (page !== current) return; // a later click won
      const hadFocus = list.contains(document.activeElement);
      draw(result);
      // Keep keyboard focus in the box after paging, instead of losing it with the old buttons.
      if (hadFocus) list.focus({ preventScroll: true });
    } catch {
      if (page === current && !start.element) list.replaceChildren(h('p', { class: 'notice' }, 'Chưa tải được danh sách phim.'));
    } finally {
      list.removeAttribute('aria-busy');
    }
  };
  // One listener for the pager's buttons, those of a built page's HTML included.
  list.addEventListener('click', (event) => {
    const button = (event.target as Element | null)?.closest?.('button[data-page]');
    if (button instanceof HTMLElement && list.contains(button)) void show(Number(button.dataset.page));
  });
  if (start.page) draw(start.page);
  else void show(1);
  return box;
}

/** The first page of the video box, for the site builder to draw it with. */
export function sidebarVideos(api: ApiClient): Promise<Page<ContentSummary>> {
  return api.videos({ page: 1, pageSize: SIDEBAR_VIDEOS_PER_PAGE });
}

export const MOST_READ_COUNT = 5;

const readPeriods: [ViewPeriod, string][] = [
  ['week', 'Trong tuần'],
  ['all', 'Tất cả'],
];

/**
 * "Đọc nhiều": the published items read most this week (since Monday, portal time) or of
 * all time, each with its reads. A week with no reads yet (a new portal, early on Monday)
 * opens on all time instead of an empty box.
 */
export function mostReadBox(api: ApiClient, live = true): HTMLElement {
  const list = h('div', { class: 'box-body', 'aria-live': 'polite' });
  const tabs = readPeriods.map(([period, label]) =>
    h('button', { type: 'button', class: 'period', 'data-period': period, 'aria-pressed': 'false', onclick: () => void show(period, false) }, label));
  // live-only: a built page has the empty box (JavaScript fills it), hidden from readers without it.
  const box = h('section', { class: 'box box-most-read live-only', 'aria-labelledby': 'box-most-read-title' },
    h('h2', { class: 'box-title', id: 'box-most-read-title' }, 'Đọc nhiều'),
    h('div', { class: 'periods', role: 'group', 'aria-label': 'Khoảng thời gian' }, tabs),
    list);

  let current: ViewPeriod = 'week';
  const show = async (period: ViewPeriod, firstLoad: boolean): Promise<void> => {
    current = period;
    for (const tab of tabs) tab.setAttribute('aria-pressed', String(tab.dataset.period === period));
    list.setAttribute('aria-busy', 'true');
    try {
      const ranked = await api.mostViewed(period, MOST_READ_COUNT);
      if (period !== current) return; // a later click won
      if (firstLoad && period === 'week' && ranked.items.length === 0) {
        void show('all', false);
        return;
      }
      list.replaceChildren(ranked.items.length
        ? h('ol', { class: 'most-read' }, ranked.items.map((entry, index) => h('li', { class: 'most-read-item' },
            h('span', { class: 'rank', 'aria-hidden': 'true' }, String(index + 1)),
            h('div', null,
              h('a', { href: itemHref(entry.item) }, entry.item.title),
              h('span', { class: 'reads' }, `${formatNumber(entry.views) ?? 0} lượt xem`)))))
        : h('p', { class: 'notice' }, 'Chưa có số liệu.'));
    } catch {
      if (period === current) list.replaceChildren(h('p', { class: 'notice' }, 'Chưa tải được danh sách.'));
    } finally {
      if (period === current) list.removeAttribute('aria-busy');
    }
  };
  if (live) void show('week', true);
  return box;
}

const statRows: [keyof VisitorStats, string][] = [
  ['online', 'Đang online'],
  ['today', 'Hôm nay'],
  ['thisWeek', 'Trong tuần'],
  ['total', 'Tất cả'],
];

export interface StatsBox {
  element: HTMLElement;
  /** Shows the numbers, or a short notice when the API gave none. */
  update(stats: VisitorStats | null): void;
}

export function statsBox(): StatsBox {
  const body = h('div', { class: 'box-body' }, h('p', { class: 'notice' }, 'Đang tải số liệu…'));
  const element = h('section', { class: 'box box-stats live-only', 'aria-labelledby': 'box-stats-title' },
    h('h2', { class: 'box-title', id: 'box-stats-title' }, 'Thống kê truy cập'),
    body);
  return {
    element,
    update(stats) {
      if (!stats) {
        body.replaceChildren(h('p', { class: 'notice' }, 'Số liệu truy cập tạm thời chưa có.'));
        return;
      }
      body.replaceChildren(h('dl', { class: 'stats' }, statRows.map(([key, label]) =>
        h('div', { class: 'stat', 'data-stat': key }, h('dt', null, label), h('dd', null, formatNumber(stats[key]))))));
    },
  };
}
