// The sign-in form. A wrong password and a locked name (429) get their own messages; the
// API deliberately does not say whether the name exists.
import { h } from '../../dom/h';
import type { AdminApi } from '../api';
import { messageArea } from '../components/errors';
import { field, textInput } from '../components/field';
import { ApiProblem, problemMessage } from '../problem';
import { saveSession, type Session } from '../session';

export function loginPage(api: AdminApi, notice: string | null, onSignedIn: (session: Session) => void): HTMLElement {
  const userName = textInput('', { name: 'username', autocomplete: 'username', required: true, autocapitalize: 'none' });
  const password = h('input', { type: 'password', name: 'password', autocomplete: 'current-password', required: true });
  const messages = messageArea();
  if (notice) messages.error(notice);
  const submit = h('button', { type: 'submit', class: 'primary' }, 'Đăng nhập');

  const form = h('form', { class: 'login-form', onsubmit: (event: Event) => {
    event.preventDefault();
    void signIn();
  } },
    h('h1', null, 'Đăng nhập quản trị'),
    messages.element,
    field(userName, { key: 'userName', label: 'Tên đăng nhập' }),
    field(password, { key: 'password', label: 'Mật khẩu' }),
    submit);

  async function signIn(): Promise<void> {
    if (!userName.value.trim() || !password.value) {
      messages.error('Nhập tên đăng nhập và mật khẩu.');
      return;
    }
    submit.disabled = true;
    try {
      const token = await api.signIn(userName.value.trim(), password.value);
      onSignedIn(saveSession(token));
    } catch (error) {
      messages.error(error instanceof ApiProblem && error.kind === 'unauthorized'
        ? 'Sai tên đăng nhập hoặc mật khẩu (hoặc tài khoản đã bị khoá).'
        : problemMessage(error));
      password.select();
    } finally {
      submit.disabled = false;
    }
  }

  return h('div', { class: 'login-page' }, form);
}
