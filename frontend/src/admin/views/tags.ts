// "Từ khoá": the tags in use, the most used first (or those matching a search, tone marks
// ignored), each with how many items carry it, drafts included. Editors correct them here:
// "Đổi tên" writes a tag differently on every item at once; "Gộp vào…" folds a stray spelling
// ("TP Sóc Trăng") into the one to keep, whose items it joins, and deletes it. Both change
// what readers see, so each asks for a confirmation that names how many items it touches.
import { h } from '../../dom/h';
import { formatNumber } from '../../format';
import { messageArea } from '../components/errors';
import { textInput } from '../components/field';
import type { AdminContext } from '../context';
import { ApiProblem, fieldMessage, problemMessage } from '../problem';
import { adminPaths } from '../routes';
import { isEditor } from '../session';
import type { TagSuggestion } from '../types';

/** The most the API lists at once. */
const LIST_SIZE = 50;

export async function tagsPage(context: AdminContext, q: string): Promise<HTMLElement> {
  const { api } = context;
  const canEdit = isEditor(context.session.role);
  const messages = messageArea();
  const table = h('div', { class: 'tag-table' });

  async function load(): Promise<void> {
    draw(await api.tagSuggestions(q.trim(), LIST_SIZE));
  }

  function draw(tags: TagSuggestion[]): void {
    if (!tags.length) {
      table.replaceChildren(h('p', { class: 'count', role: 'status' }, q.trim() ? `Không có từ khoá nào khớp “${q.trim()}”.` : 'Chưa có từ khoá nào.'));
      return;
    }
    table.replaceChildren(h('table', { class: 'content-table' },
      h('thead', null, h('tr', null,
        h('th', { scope: 'col' }, 'Từ khoá'),
        h('th', { scope: 'col' }, 'Đường dẫn'),
        h('th', { scope: 'col' }, 'Số mục'),
        canEdit ? h('th', { scope: 'col' }, h('span', { class: 'visually-hidden' }, 'Sửa')) : null)),
      h('tbody', null, tags.map((tag) => row(tag)))));
  }

  function row(tag: TagSuggestion): HTMLElement {
    const tools = h('td', { class: 'tag-tools' });
    const showButtons = () => tools.replaceChildren(h('span', { class: 'row-tools' },
      h('button', { type: 'button', 'aria-label': `Đổi tên “${tag.name}”`, onclick: () => showForm('rename') }, 'Đổi tên'),
      h('button', { type: 'button', 'aria-label': `Gộp “${tag.name}” vào từ khoá khác`, onclick: () => showForm('merge') }, 'Gộp vào…')));

    function showForm(kind: 'rename' | 'merge'): void {
      const input = textInput(kind === 'rename' ? tag.name : '', {
        'aria-label': kind === 'rename' ? `Tên mới của “${tag.name}”` : `Từ khoá giữ lại thay cho “${tag.name}”`,
        placeholder: kind === 'rename' ? '' : 'ví dụ Sóc Trăng',
        maxlength: 100,
        required: true,
      });
      const form = h('form', { class: 'tag-form', onsubmit: (event: Event) => {
        event.preventDefault();
        void (kind === 'rename' ? rename(input.value.trim()) : merge(input.value.trim()));
      } },
        input,
        h('button', { type: 'submit', class: 'primary' }, kind === 'rename' ? 'Lưu' : 'Gộp'),
        h('button', { type: 'button', onclick: showButtons }, 'Huỷ'));
      tools.replaceChildren(form);
      input.focus();
    }

    async function rename(name: string): Promise<void> {
      if (!name || name === tag.name) return showButtons();
      if (!window.confirm(`Đổi “${tag.name}” thành “${name}” trên ${items(tag.itemCount)}?`)) return;
      await change(() => api.renameTag(tag.slug, name), (kept) => `Đã đổi “${tag.name}” thành “${kept.name}” trên ${items(kept.itemCount)}.`);
    }

    async function merge(into: string): Promise<void> {
      if (!into) return;
      if (!window.confirm(`Gộp “${tag.name}” (${items(tag.itemCount)}) vào “${into}”? Các mục đó sẽ mang từ khoá “${into}”, và “${tag.name}” bị xoá.`)) return;
      await change(() => api.mergeTag(tag.slug, into), (kept) => `Đã gộp “${tag.name}” vào “${kept.name}”, nay có ${items(kept.itemCount)}.`);
    }

    async function change(call: () => Promise<TagSuggestion>, done: (kept: TagSuggestion) => string): Promise<void> {
      messages.clear();
      try {
        const kept = await call();
        await load();
        messages.success(done(kept));
      } catch (error) {
        messages.error(tagProblem(error));
        // A name another tag has: the way out is "Gộp vào…", so the row offers it again.
        if (error instanceof ApiProblem && error.kind === 'conflict') showButtons();
      }
    }

    if (canEdit) showButtons();
    return h('tr', { 'data-slug': tag.slug },
      h('td', null, h('span', { class: 'tag-name' }, tag.name), ' ', h('a', { href: `/tu-khoa/${encodeURIComponent(tag.slug)}`, target: '_blank', rel: 'noopener', class: 'hint' }, 'Xem')),
      h('td', null, h('code', null, tag.slug)),
      h('td', { class: 'number' }, formatNumber(tag.itemCount)),
      canEdit ? tools : null);
  }

  const search = textInput(q, { type: 'search', name: 'q', placeholder: 'ví dụ soc trang', 'aria-label': 'Tìm từ khoá' });
  await load();
  return h('div', { class: 'tags-page' },
    h('div', { class: 'page-head' }, h('h1', null, 'Từ khoá')),
    h('form', { class: 'filters', role: 'search', onsubmit: (event: Event) => {
      event.preventDefault();
      context.navigate(adminPaths.tags(search.value.trim()));
    } },
      h('label', { class: 'search' }, 'Tìm ', search),
      h('button', { type: 'submit' }, 'Tìm'),
      q ? h('a', { href: adminPaths.tags() }, 'Bỏ lọc') : null,
      h('p', { class: 'hint' }, `${q ? 'Từ khoá khớp, bắt đầu bằng chữ đã gõ trước' : 'Các từ khoá dùng nhiều nhất'} (tối đa ${LIST_SIZE}); số mục tính cả bản nháp.${canEdit ? ' Đổi tên hoặc gộp một từ khoá sẽ cập nhật mọi mục mang nó.' : ''}`)),
    messages.element,
    table);
}

const items = (count: number) => `${formatNumber(count)} mục`;

/** What went wrong, said for tags: a name another tag has already is a reason to merge. */
export function tagProblem(error: unknown): string {
  if (error instanceof ApiProblem && error.kind === 'conflict') {
    return 'Đã có một từ khoá viết như vậy (cùng đường dẫn). Hãy dùng “Gộp vào…” để gộp từ khoá này vào từ khoá đó.';
  }
  if (error instanceof ApiProblem && error.kind === 'validation' && Object.keys(error.errors).length) {
    return Object.values(error.errors).flat().map((message) => /There is no tag/i.test(message) ? 'Không có từ khoá này.' : /merged into itself/i.test(message) ? 'Không thể gộp một từ khoá vào chính nó.' : fieldMessage(message)).join(' ');
  }
  if (error instanceof ApiProblem && error.kind === 'notFound') return 'Từ khoá này không còn nữa: có thể vừa được đổi tên hoặc gộp. Hãy tải lại danh sách.';
  return problemMessage(error);
}
