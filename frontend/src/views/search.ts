// The search page: readers type with or without tone marks ("soc trang" finds "Sóc Trăng");
// results come best first, each with the passage that matched, and page like a section.
import { rowCard } from '../components/cards';
import { linkPager } from '../components/pager';
import { searchForm } from '../components/search-form';
import { snippetNode } from '../components/snippet';
import { h } from '../dom/h';
import { NotFoundError } from '../api/client';
import { paths } from '../routes';
import type { PageContext, PageView, RouteOf } from './page';

export const SEARCH_PAGE_SIZE = 10;

const countFormat = new Intl.NumberFormat('vi-VN');

export async function searchPage({ api }: PageContext, route: RouteOf<'search'>): Promise<PageView> {
  if (!/[\p{L}\p{N}]/u.test(route.q)) {
    return {
      title: 'Tìm kiếm',
      noindex: true,
      content: h('div', { class: 'search-page' },
        h('header', { class: 'page-head' }, h('h1', { tabindex: '-1' }, 'Tìm kiếm')),
        searchForm(route.q),
        h('p', { class: 'notice' }, 'Nhập từ cần tìm, có dấu hoặc không dấu.')),
    };
  }

  const list = await api.search(route.q, { page: route.page, pageSize: SEARCH_PAGE_SIZE });
  if (route.page > 1 && route.page > list.totalPages) throw new NotFoundError(`search page ${route.page}`);
  return {
    title: `Tìm kiếm: ${route.q}`,
    noindex: true, // result pages are not content of their own
    content: h('div', { class: 'search-page' },
      h('header', { class: 'page-head' },
        h('h1', { tabindex: '-1' }, 'Tìm kiếm'),
        h('p', { class: 'search-summary', role: 'status' },
          list.totalItems
            ? `Tìm thấy ${countFormat.format(list.totalItems)} kết quả cho “${route.q}”`
            : `Không tìm thấy kết quả nào cho “${route.q}”`)),
      searchForm(route.q),
      list.items.length
        ? h('div', { class: 'story-list search-results' }, list.items.map((item) => {
            // The passage that matched replaces the summary; without one, the summary stays.
            const snippet = snippetNode(item.snippet);
            const card = rowCard(api, item, { showSection: true, showSummary: !snippet });
            if (snippet) card.querySelector('.card-body')?.append(snippet);
            return card;
          }))
        : h('p', { class: 'notice' }, 'Thử từ khác, hoặc ít từ hơn.'),
      linkPager(list.page, list.totalPages, (page) => paths.search(route.q, page))),
  };
}
