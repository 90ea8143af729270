// The signed-in person's own account: who they are, and a new password. The API answers a
// password change with a new token (every older one ends), which replaces the session's.
import { h } from '../../dom/h';
import { clearFieldErrors, messageArea, showFieldErrors } from '../components/errors';
import { field } from '../components/field';
import type { AdminContext } from '../context';
import { roleLabel } from '../labels';
import { ApiProblem, problemMessage } from '../problem';

export async function accountPage(context: AdminContext): Promise<HTMLElement> {
  const me = await context.api.me();
  const messages = messageArea();
  const password = (autocomplete: string) => h('input', { type: 'password', autocomplete, required: true });
  const current = password('current-password');
  const next = password('new-password');
  const again = password('new-password');

  const form = h('form', { class: 'user-form', novalidate: true, onsubmit: (event: Event) => {
    event.preventDefault();
    void change();
  } },
    h('h2', null, 'Đổi mật khẩu'),
    field(current, { key: 'currentPassword', label: 'Mật khẩu hiện tại' }),
    field(next, { key: 'newPassword', label: 'Mật khẩu mới', hint: 'Ít nhất 10 ký tự. Các phiên đăng nhập khác của bạn sẽ kết thúc.' }),
    field(again, { key: 'repeat', label: 'Nhập lại mật khẩu mới' }),
    h('button', { type: 'submit', class: 'primary' }, 'Đổi mật khẩu'));

  async function change(): Promise<void> {
    clearFieldErrors(form);
    messages.clear();
    if (next.value !== again.value) {
      showFieldErrors(form, { repeat: ['Hai lần nhập mật khẩu mới không khớp.'] });
      return;
    }
    try {
      context.renewSession(await context.api.changeOwnPassword(current.value, next.value));
      form.reset();
      messages.success('Đã đổi mật khẩu.');
    } catch (error) {
      const unclaimed = error instanceof ApiProblem && error.kind === 'validation' ? showFieldErrors(form, error.errors) : [];
      messages.error(problemMessage(error), unclaimed);
    }
  }

  return h('div', { class: 'account-page' },
    h('h1', null, 'Tài khoản của tôi'),
    h('dl', { class: 'account-facts' },
      h('dt', null, 'Tên đăng nhập'), h('dd', null, me.userName),
      h('dt', null, 'Tên hiển thị'), h('dd', null, me.displayName ?? '—'),
      h('dt', null, 'Vai trò'), h('dd', null, roleLabel[me.role])),
    messages.element,
    form);
}
