// Authors (tác giả): the people bylines name. Any staff account finds them here (by part of the
// name, tone marks ignored); editors add and edit them (photo from the media library) and
// remove one no item credits. Writes send the author's version as If-Match.
import { h } from '../../dom/h';
import { clearFieldErrors, messageArea, showFieldErrors } from '../components/errors';
import { field, select, textArea, textInput, valueOrNull } from '../components/field';
import { mediaPicker } from '../components/media-grid';
import type { AdminContext } from '../context';
import { imageFields } from '../editor/image-fields';
import { ApiProblem, problemMessage } from '../problem';
import { adminPaths } from '../routes';
import { isEditor } from '../session';
import type { AuthorResponse, UserResponse } from '../types';

export async function authorsPage(context: AdminContext, q: string): Promise<HTMLElement> {
  const { api } = context;
  const canEdit = isEditor(context.session.role);
  const messages = messageArea();
  const listView = h('div', { class: 'author-list' });
  const formSlot = h('div', { class: 'author-form-slot' });
  const images = { apiBaseUrl: context.config.apiBaseUrl, pickImage: mediaPicker(api) };
  let authors = await api.allAuthors(q);

  async function refresh(notice?: string): Promise<void> {
    authors = await api.allAuthors(q);
    draw();
    if (notice) messages.success(notice);
  }

  function draw(): void {
    listView.replaceChildren(authors.length
      ? h('table', { class: 'author-table' },
          h('thead', null, h('tr', null, h('th', null, 'Tên'), h('th', null, 'Chức danh'), h('th', null, 'Đường dẫn'), canEdit ? h('th', null, '') : null)),
          h('tbody', null, authors.map((author) => h('tr', null,
            h('td', { class: 'author-name' }, author.name),
            h('td', null, author.title ?? ''),
            h('td', null, h('code', null, author.slug)),
            canEdit ? h('td', { class: 'row-tools' },
              h('button', { type: 'button', onclick: () => formSlot.replaceChildren(authorForm(author)) }, 'Sửa'),
              h('button', { type: 'button', class: 'danger', onclick: () => void remove(author) }, 'Xoá')) : null))))
      : h('p', null, q ? 'Không có tác giả nào khớp.' : 'Chưa có tác giả nào.'));
    formSlot.replaceChildren(canEdit ? authorForm(null) : h('p', { class: 'hint' }, 'Chỉ biên tập viên mới thêm và sửa tác giả.'));
  }

  async function remove(author: AuthorResponse): Promise<void> {
    if (!window.confirm(`Xoá tác giả “${author.name}”?`)) return;
    try {
      await api.deleteAuthor(author.id, `"${author.version}"`);
      await refresh('Đã xoá tác giả.');
    } catch (error) {
      messages.error(problemMessage(error, 'Tác giả'));
    }
  }

  // Only admins may list accounts (GET /manage/users), so only they link an author to one.
  const users = context.session.role === 'admin' ? await api.users() : null;

  function authorForm(editing: AuthorResponse | null): HTMLElement {
    const name = textInput(editing?.name, { required: true, maxlength: 200 });
    const slug = textInput(editing?.slug);
    const title = textInput(editing?.title, { maxlength: 200, placeholder: 'ví dụ Phóng viên' });
    const bio = textArea(editing?.bio, { rows: 4, maxlength: 4000 });
    const photo = imageFields('photo', 'Ảnh chân dung', editing?.photo, images);
    const account = accountField(users, editing?.userId);
    const form = h('form', { class: 'author-form', novalidate: true, onsubmit: (event: Event) => {
      event.preventDefault();
      void save();
    } },
      h('h2', null, editing ? `Sửa tác giả “${editing.name}”` : 'Thêm tác giả'),
      field(name, { key: 'name', label: 'Tên (như in ở dòng tác giả)' }),
      field(slug, { key: 'slug', label: 'Đường dẫn (slug)', hint: 'Để trống: tạo từ tên. Trang tác giả: /tac-gia/slug.' }),
      field(title, { key: 'title', label: 'Chức danh' }),
      field(bio, { key: 'bio', label: 'Giới thiệu' }),
      photo.element,
      account.element,
      h('button', { type: 'submit', class: 'primary' }, editing ? 'Lưu' : 'Thêm'),
      editing ? h('button', { type: 'button', onclick: () => formSlot.replaceChildren(authorForm(null)) }, 'Huỷ') : null);

    async function save(): Promise<void> {
      clearFieldErrors(form);
      messages.clear();
      const request = {
        name: name.value.trim(),
        slug: valueOrNull(slug),
        title: valueOrNull(title),
        bio: valueOrNull(bio),
        photo: photo.read() as AuthorResponse['photo'],
        userId: account.read(),
      };
      try {
        if (editing) await api.updateAuthor(editing.id, request, `"${editing.version}"`);
        else await api.createAuthor(request);
        await refresh(editing ? 'Đã lưu tác giả.' : 'Đã thêm tác giả.');
      } catch (error) {
        const unclaimed = error instanceof ApiProblem && error.kind === 'validation' ? showFieldErrors(form, error.errors) : [];
        messages.error(problemMessage(error, 'Tác giả'), unclaimed);
      }
    }
    return form;
  }

  const search = textInput(q, { type: 'search', name: 'q', placeholder: 'Tìm theo tên', 'aria-label': 'Tìm tác giả' });
  const searchForm = h('form', { class: 'author-search', role: 'search', onsubmit: (event: Event) => {
    event.preventDefault();
    location.hash = adminPaths.authors(search.value.trim());
  } }, search, h('button', { type: 'submit' }, 'Tìm'));

  draw();
  return h('div', { class: 'authors-page' }, h('h1', null, 'Tác giả'), messages.element, searchForm,
    h('div', { class: 'two-columns' }, listView, formSlot));
}

/**
 * The staff account an author is, if any (their byline then follows them). Admins choose it
 * from the accounts; anyone else sees that there is one and keeps it as it is.
 */
export function accountField(users: readonly UserResponse[] | null, userId: number | null | undefined): { element: HTMLElement | null; read(): number | null } {
  if (!users) {
    return {
      element: userId ? h('p', { class: 'hint' }, 'Tác giả này gắn với một tài khoản nhân viên (chỉ quản trị viên đổi được).') : null,
      read: () => userId ?? null,
    };
  }
  const control = select([{ value: '', label: '(Không gắn với tài khoản nào)' },
    ...users.map((u) => ({ value: String(u.id), label: u.displayName ? `${u.displayName} (${u.userName})` : u.userName }))], userId ? String(userId) : '');
  return {
    element: field(control, { key: 'userId', label: 'Tài khoản nhân viên', hint: 'Mỗi tài khoản gắn với nhiều nhất một tác giả.' }),
    read: () => (control.value ? Number(control.value) : null),
  };
}
