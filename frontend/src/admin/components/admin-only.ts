// The screens only admins may use (accounts, webhooks) say so to everyone else, instead of
// showing a form the API would refuse.
import { h } from '../../dom/h';
import type { AdminContext } from '../context';

/** The refusal to show when the signed-in user is not an admin, else null. */
export function adminOnly(context: AdminContext, title: string, what: string): HTMLElement | null {
  return context.session.role === 'admin' ? null : h('div', null, h('h1', null, title), h('p', null, `Chỉ quản trị viên mới quản lý ${what}.`));
}
