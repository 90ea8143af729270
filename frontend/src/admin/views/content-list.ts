// The list of one content type: a search box (the API's ?q=: tone marks ignored, drafts
// included), status, section and tag filters, numbered pages, and per row the title (a link
// to the editor), status, section, publication date, byline, who changed it last, when, and
// how many staff notes it has; a draft an editor returned says so, with the reason.
import type { Page } from '../../api/types';
import { linkPager } from '../../components/pager';
import { h } from '../../dom/h';
import { formatDateTime } from '../../format';
import { categoryOptions } from '../category-tree';
import { select, textInput } from '../components/field';
import type { AdminContext } from '../context';
import { statusLabel, statuses, typePlural, typeSingular } from '../labels';
import { adminPaths, type AdminRoute } from '../routes';
import type { CategoryResponse, ManagedContentSummary } from '../types';

type ListRoute = Extract<AdminRoute, { name: 'list' }>;

export async function listPage(context: AdminContext, route: ListRoute): Promise<HTMLElement> {
  const [categories, page] = await Promise.all([
    context.categories(),
    context.api.list(route.type, { status: route.status, category: route.category, tag: route.tag, q: route.q.trim(), page: route.page, pageSize: 20 }),
  ]);
  return contentListView(route, page, categories, (hash) => context.navigate(hash));
}

/** The screen from data already fetched (unit-tested with fixtures). */
export function contentListView(route: ListRoute, page: Page<ManagedContentSummary>, categories: readonly CategoryResponse[], navigate: (hash: string) => void): HTMLElement {
  const { type } = route;
  const status = select([{ value: '', label: 'Mọi trạng thái' }, ...statuses.map((s) => ({ value: s, label: statusLabel[s] }))], route.status, { name: 'status' });
  const category = select([{ value: '', label: 'Mọi chuyên mục' }, ...categoryOptions(categories, (c) => c.slug)], route.category, { name: 'category' });
  const q = textInput(route.q, { type: 'search', name: 'q', placeholder: 'Tiêu đề, sapo, nội dung… (gõ có dấu hay không dấu đều được)', 'aria-label': 'Tìm kiếm' });
  const tag = textInput(route.tag, { name: 'tag', placeholder: 'ví dụ Chuyển đổi số', 'aria-label': 'Từ khoá' });
  const apply = () => navigate(adminPaths.list(type, { status: status.value, category: category.value, tag: tag.value.trim(), q: q.value.trim() }));
  status.addEventListener('change', apply);
  category.addEventListener('change', apply);
  const filtered = Boolean(route.q || route.tag || route.status || route.category);

  return h('div', { class: 'list-page' },
    h('div', { class: 'page-head' },
      h('h1', null, typePlural[type]),
      h('a', { class: 'button primary', href: adminPaths.create(type) }, `+ Thêm ${typeSingular[type]}`),
      type === 'interview' ? h('a', { class: 'button', href: adminPaths.import() }, 'Nhập từ bản ghi') : null),
    h('form', { class: 'filters', role: 'search', onsubmit: (e: Event) => {
      e.preventDefault();
      apply();
    } },
      h('label', { class: 'search' }, 'Tìm ', q),
      h('button', { type: 'submit' }, 'Tìm'),
      h('label', null, 'Trạng thái ', status),
      h('label', null, 'Chuyên mục ', category),
      h('label', null, 'Từ khoá ', tag),
      filtered ? h('a', { href: adminPaths.list(type) }, 'Bỏ lọc') : null,
      h('p', { class: 'hint' }, route.q ? 'Kết quả khớp nhất ở trên cùng.' : 'Mới sửa gần đây nhất ở trên cùng.')),
    h('p', { class: 'count', role: 'status' }, page.totalItems ? `${page.totalItems} mục · trang ${page.page}/${page.totalPages}` : route.q ? `Không tìm thấy mục nào cho “${route.q}”.` : 'Không có mục nào.'),
    page.items.length ? contentTable(page.items) : null,
    linkPager(page.page, page.totalPages, (n) => adminPaths.list(type, { status: route.status, category: route.category, tag: route.tag, q: route.q, page: n })));
}

function contentTable(items: readonly ManagedContentSummary[]): HTMLElement {
  return h('table', { class: 'content-table' },
    h('thead', null, h('tr', null,
      h('th', { scope: 'col' }, 'Tiêu đề'),
      h('th', { scope: 'col' }, 'Trạng thái'),
      h('th', { scope: 'col' }, 'Chuyên mục'),
      h('th', { scope: 'col' }, 'Ngày xuất bản'),
      h('th', { scope: 'col' }, 'Tác giả'),
      h('th', { scope: 'col' }, 'Sửa lần cuối'),
      h('th', { scope: 'col' }, 'Ghi chú'))),
    h('tbody', null, items.map((item) => h('tr', { 'data-id': item.id },
      h('td', null, h('a', { href: adminPaths.edit(item.type, item.id) }, item.title), returnedMarker(item)),
      h('td', null, h('span', { class: `status status-${item.status}` }, statusLabel[item.status])),
      h('td', null, item.category?.name ?? '—'),
      h('td', null, formatDateTime(item.publishedAt) ?? '—'),
      h('td', null, item.author ?? '—'),
      h('td', { class: 'updated' }, formatDateTime(item.updatedAt) ?? '—', item.updatedBy ? h('span', { class: 'by' }, ` · ${item.updatedBy}`) : null),
      h('td', { class: 'number note-count' }, item.noteCount)))));
}

/** A draft an editor sent back: "Bị trả lại" and the reason, so its author sees what to fix without opening it. */
function returnedMarker(item: ManagedContentSummary): HTMLElement | null {
  if (!item.returnedReason) return null;
  const by = item.returnedByName || item.returnedBy;
  return h('p', { class: 'returned-marker', title: `${by ? `${by}, ` : ''}${formatDateTime(item.returnedAt) ?? ''}` },
    h('span', { class: 'status status-returned' }, 'Bị trả lại'), ' ', h('span', { class: 'returned-reason' }, item.returnedReason));
}
