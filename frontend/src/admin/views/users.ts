// Accounts (admins only): the list, a form to create one, and per account its role,
// display name and state (accounts are disabled, never deleted) and a new password.
import { h } from '../../dom/h';
import { formatDateTime } from '../../format';
import { clearFieldErrors, messageArea, showFieldErrors } from '../components/errors';
import { field, select, textInput, valueOrNull } from '../components/field';
import { adminOnly } from '../components/admin-only';
import type { AdminContext } from '../context';
import { roleLabel, roles } from '../labels';
import { ApiProblem, problemMessage } from '../problem';
import type { UserResponse, UserRole } from '../types';

const roleOptions = roles.map((r) => ({ value: r, label: roleLabel[r] }));

export async function usersPage(context: AdminContext): Promise<HTMLElement> {
  const refused = adminOnly(context, 'Người dùng', 'tài khoản');
  if (refused) return refused;
  const { api } = context;
  const messages = messageArea();
  const table = h('tbody');
  const editSlot = h('div');

  const fail = (form: HTMLElement, error: unknown) => {
    const unclaimed = error instanceof ApiProblem && error.kind === 'validation' ? showFieldErrors(form, error.errors) : [];
    messages.error(problemMessage(error), unclaimed);
  };

  async function refresh(notice?: string): Promise<void> {
    const users = await api.users();
    table.replaceChildren(...users.map((user) => h('tr', { 'data-user': user.userName },
      h('td', null, user.userName),
      h('td', null, user.displayName ?? '—'),
      h('td', null, roleLabel[user.role]),
      h('td', null, user.isActive ? 'Đang hoạt động' : 'Đã khoá'),
      h('td', null, formatDateTime(user.updatedAt) ?? '—'),
      h('td', null, h('button', { type: 'button', onclick: () => editSlot.replaceChildren(editForm(user)) }, 'Sửa')))));
    if (notice) messages.success(notice);
  }

  function createForm(): HTMLElement {
    const userName = textInput('', { autocomplete: 'off', autocapitalize: 'none' });
    const displayName = textInput('');
    const role = select(roleOptions, 'author');
    const password = h('input', { type: 'password', autocomplete: 'new-password', minlength: 10 });
    const form = h('form', { class: 'user-form', novalidate: true, onsubmit: (event: Event) => {
      event.preventDefault();
      clearFieldErrors(form);
      api.createUser({ userName: userName.value.trim(), displayName: valueOrNull(displayName), role: role.value as UserRole, password: password.value })
        .then(() => {
          form.reset();
          return refresh('Đã tạo tài khoản.');
        })
        .catch((error: unknown) => fail(form, error));
    } },
      h('h2', null, 'Tạo tài khoản'),
      field(userName, { key: 'userName', label: 'Tên đăng nhập', hint: '3–50 chữ thường, chữ số, dấu chấm, gạch ngang hoặc gạch dưới; không đổi được.' }),
      field(displayName, { key: 'displayName', label: 'Tên hiển thị' }),
      field(role, { key: 'role', label: 'Vai trò' }),
      field(password, { key: 'password', label: 'Mật khẩu ban đầu', hint: 'Ít nhất 10 ký tự.' }),
      h('button', { type: 'submit', class: 'primary' }, 'Tạo tài khoản'));
    return form;
  }

  function editForm(user: UserResponse): HTMLElement {
    const displayName = textInput(user.displayName);
    const role = select(roleOptions, user.role);
    const active = h('input', { type: 'checkbox', checked: user.isActive });
    const password = h('input', { type: 'password', autocomplete: 'new-password', minlength: 10 });
    const form = h('form', { class: 'user-form', novalidate: true, onsubmit: (event: Event) => {
      event.preventDefault();
      clearFieldErrors(form);
      api.updateUser(user.id, { displayName: valueOrNull(displayName), role: role.value as UserRole, isActive: active.checked }, `"${user.version}"`)
        .then(async () => {
          if (password.value) await api.setPassword(user.id, password.value);
          editSlot.replaceChildren();
          await refresh('Đã lưu tài khoản.');
        })
        .catch((error: unknown) => fail(form, error));
    } },
      h('h2', null, `Sửa tài khoản ${user.userName}`),
      field(displayName, { key: 'displayName', label: 'Tên hiển thị' }),
      field(role, { key: 'role', label: 'Vai trò' }),
      h('div', { class: 'field', 'data-field': 'isActive' }, h('label', null, active, ' Cho phép đăng nhập'), h('p', { class: 'field-error', hidden: true })),
      field(password, { key: 'newPassword', label: 'Đặt mật khẩu mới', hint: 'Để trống nếu không đổi. Các phiên đăng nhập của người này sẽ kết thúc.' }),
      h('button', { type: 'submit', class: 'primary' }, 'Lưu'),
      h('button', { type: 'button', onclick: () => editSlot.replaceChildren() }, 'Huỷ'));
    return form;
  }

  await refresh();
  return h('div', { class: 'users-page' }, h('h1', null, 'Người dùng'), messages.element,
    h('table', { class: 'content-table' },
      h('thead', null, h('tr', null, ['Tên đăng nhập', 'Tên hiển thị', 'Vai trò', 'Trạng thái', 'Cập nhật', ''].map((t) => h('th', { scope: 'col' }, t)))),
      table),
    editSlot,
    createForm());
}
