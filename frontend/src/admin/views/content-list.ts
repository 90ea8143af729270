// The list of one content type: status and section filters, numbered pages, and per row
// the title (a link to the editor), status, section, date and byline. The management list
// has no text search (the API refuses ?q= there), so there is no search box here: the
// screen says so instead of filtering one page in the browser and pretending.
import type { ContentSummary, ContentType, Page } from '../../api/types';
import { linkPager } from '../../components/pager';
import { h } from '../../dom/h';
import { formatDateTime } from '../../format';
import { categoryOptions } from '../category-tree';
import { select } from '../components/field';
import type { AdminContext } from '../context';
import { statusLabel, statuses, typePlural, typeSingular } from '../labels';
import { adminPaths, type AdminRoute } from '../routes';
import type { CategoryResponse } from '../types';

type ListRoute = Extract<AdminRoute, { name: 'list' }>;

export async function listPage(context: AdminContext, route: ListRoute): Promise<HTMLElement> {
  const [categories, page] = await Promise.all([
    context.categories(),
    context.api.list(route.type, { status: route.status || undefined, category: route.category || undefined, page: route.page, pageSize: 20 }),
  ]);
  return contentListView(route, page, categories, (hash) => context.navigate(hash));
}

/** The screen from data already fetched (unit-tested with fixtures). */
export function contentListView(route: ListRoute, page: Page<ContentSummary>, categories: readonly CategoryResponse[], navigate: (hash: string) => void): HTMLElement {
  const { type } = route;
  const status = select([{ value: '', label: 'Mọi trạng thái' }, ...statuses.map((s) => ({ value: s, label: statusLabel[s] }))], route.status, { name: 'status' });
  const category = select([{ value: '', label: 'Mọi chuyên mục' }, ...categoryOptions(categories, (c) => c.slug)], route.category, { name: 'category' });
  const apply = () => navigate(adminPaths.list(type, { status: status.value, category: category.value }));
  status.addEventListener('change', apply);
  category.addEventListener('change', apply);

  return h('div', { class: 'list-page' },
    h('div', { class: 'page-head' },
      h('h1', null, typePlural[type]),
      h('a', { class: 'button primary', href: adminPaths.create(type) }, `+ Thêm ${typeSingular[type]}`),
      type === 'interview' ? h('a', { class: 'button', href: adminPaths.import() }, 'Nhập từ bản ghi') : null),
    h('form', { class: 'filters', role: 'search', onsubmit: (e: Event) => e.preventDefault() },
      h('label', null, 'Trạng thái ', status),
      h('label', null, 'Chuyên mục ', category),
      h('p', { class: 'hint' }, 'Danh sách quản trị chưa hỗ trợ tìm theo từ khoá (API chỉ lọc theo trạng thái, chuyên mục và thẻ); mới sửa gần đây nhất ở trên cùng.')),
    h('p', { class: 'count', role: 'status' }, page.totalItems ? `${page.totalItems} mục · trang ${page.page}/${page.totalPages}` : 'Không có mục nào.'),
    page.items.length ? contentTable(page.items) : null,
    linkPager(page.page, page.totalPages, (n) => adminPaths.list(type, { status: route.status, category: route.category, page: n })));
}

function contentTable(items: readonly ContentSummary[]): HTMLElement {
  return h('table', { class: 'content-table' },
    h('thead', null, h('tr', null,
      h('th', { scope: 'col' }, 'Tiêu đề'),
      h('th', { scope: 'col' }, 'Trạng thái'),
      h('th', { scope: 'col' }, 'Chuyên mục'),
      // The management list does not carry updatedAt (see the report): the publication
      // (or scheduled) time is what it has.
      h('th', { scope: 'col' }, 'Ngày xuất bản'),
      h('th', { scope: 'col' }, 'Tác giả'))),
    h('tbody', null, items.map((item) => h('tr', { 'data-id': item.id },
      h('td', null, h('a', { href: adminPaths.edit(item.type, item.id) }, item.title)),
      h('td', null, h('span', { class: `status status-${item.status}` }, statusLabel[item.status])),
      h('td', null, item.category?.name ?? '—'),
      h('td', null, formatDateTime(item.publishedAt) ?? '—'),
      h('td', null, item.author ?? '—')))));
}
