// The byline's people in the item editor: one row per credit (author, role), in byline order,
// moved up and down or removed; "Thêm tác giả" adds a row. Two roles of one person are two rows
// ("Bài" and "Ảnh": the site prints "Bài và ảnh: Lê Vũ").
import type { Credit } from '../../api/types';
import { ROLE_LABELS } from '../../components/credits';
import { h } from '../../dom/h';
import { fieldset, select } from '../components/field';
import type { AuthorResponse, CreditRole } from '../types';

export interface CreditsEditor {
  element: HTMLElement;
  read(): { authorId: number; role: CreditRole }[];
}

const ROLES = Object.keys(ROLE_LABELS) as CreditRole[];

export function creditsEditor(credits: readonly Credit[] | null | undefined, authors: readonly AuthorResponse[]): CreditsEditor {
  // Authors already credited stay choosable even when the list sent is a first page of all.
  const known = new Map<number, string>(authors.map((a) => [a.id, a.title ? `${a.name} (${a.title})` : a.name]));
  for (const credit of credits ?? []) if (!known.has(credit.author.id)) known.set(credit.author.id, credit.author.name);
  const options = [...known].map(([id, label]) => ({ value: String(id), label }));
  const rows = h('ol', { class: 'credit-rows' });

  function row(authorId: number | null, role: CreditRole): HTMLElement {
    const who = select([{ value: '', label: '(Chọn tác giả)' }, ...options], authorId === null ? '' : String(authorId), { 'aria-label': 'Tác giả', class: 'credit-author' });
    const what = select(ROLES.map((r) => ({ value: r, label: ROLE_LABELS[r] })), role, { 'aria-label': 'Vai trò', class: 'credit-role' });
    const line: HTMLElement = h('li', { class: 'credit-row' }, who, what,
      h('button', { type: 'button', title: 'Lên trên', 'aria-label': 'Lên trên', onclick: () => move(line, -1) }, '↑'),
      h('button', { type: 'button', title: 'Xuống dưới', 'aria-label': 'Xuống dưới', onclick: () => move(line, 1) }, '↓'),
      h('button', { type: 'button', class: 'danger', title: 'Bỏ', 'aria-label': 'Bỏ dòng này', onclick: () => changed(() => line.remove()) }, '✕'));
    return line;
  }

  /** A change the form's own input events do not see: told to the form as an input, so it counts as unsaved. */
  function changed(change: () => void): void {
    change();
    rows.dispatchEvent(new Event('input', { bubbles: true }));
  }

  function move(line: HTMLElement, by: -1 | 1): void {
    const sibling = by < 0 ? line.previousElementSibling : line.nextElementSibling;
    if (sibling) changed(() => (by < 0 ? sibling.before(line) : sibling.after(line)));
  }

  for (const credit of credits ?? []) rows.append(row(credit.author.id, credit.role));
  const add = h('button', { type: 'button', class: 'add-credit', onclick: () => changed(() => rows.append(row(null, 'text'))) }, 'Thêm tác giả');

  return {
    element: fieldset('Tác giả (dòng ghi tên)', h('div', { 'data-field': 'credits' }, rows, add,
      h('p', { class: 'field-error', hidden: true, role: 'alert' }),
      options.length ? null : h('p', { class: 'hint' }, 'Chưa có tác giả nào: biên tập viên thêm ở mục “Tác giả”.'))),
    read: () => Array.from(rows.querySelectorAll<HTMLElement>('.credit-row'))
      .map((line) => ({ authorId: Number(line.querySelector<HTMLSelectElement>('.credit-author')!.value), role: line.querySelector<HTMLSelectElement>('.credit-role')!.value as CreditRole }))
      .filter((credit) => credit.authorId > 0),
  };
}
