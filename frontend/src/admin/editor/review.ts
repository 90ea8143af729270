// Review with comments, in the item editor: the staff notes beside the form (threads oldest
// first, who and when in portal time, a reply box per thread, delete where allowed), the
// notice at the top when an editor sent the item back, and the form an editor returns an item
// in review with. Notes are plain text: h() puts them in as text nodes, never as HTML. The API
// decides who may do what (403 otherwise); these rules only keep off the screen what could not
// work, following Cms.Domain (EditorialRights, ContentItem.ReturnToAuthor).
import type { ContentType } from '../../api/types';
import { h } from '../../dom/h';
import { formatDateTime } from '../../format';
import type { AdminApi } from '../api';
import { clearFieldErrors, showFieldErrors } from '../components/errors';
import { field, textArea } from '../components/field';
import { ApiProblem, problemMessage } from '../problem';
import { isEditor, type Session } from '../session';
import type { ContentStatus, NoteResponse, ReturnedNotice, UserRole } from '../types';

/** Who wrote a note: the display name when the account has one, else the user name. */
export const noteAuthor = (note: Pick<NoteResponse, 'createdBy' | 'createdByName'>): string =>
  note.createdByName || note.createdBy || 'Hệ thống';

/** "Biên tập viên Trần Minh trả lại lúc 20/11/2026 08:30: Cần thêm nguồn tin." */
export const returnedText = (returned: ReturnedNotice): string =>
  `Biên tập viên ${returned.byName || returned.by || ''} trả lại lúc ${formatDateTime(returned.at) ?? ''}: ${returned.reason}`;

/** Only editors return an item to its author, and only one in review. */
export const mayReturn = (status: ContentStatus | null, role: UserRole): boolean => status === 'inReview' && isEditor(role);

/** A note goes by the hand of whoever wrote it, or an editor's. */
export const mayDeleteNote = (note: Pick<NoteResponse, 'createdBy'>, session: Pick<Session, 'userName' | 'role'>): boolean =>
  isEditor(session.role) || note.createdBy === session.userName;

export interface NoteActions {
  reply(thread: NoteResponse, text: string, form: HTMLElement): Promise<void>;
  remove(note: NoteResponse): Promise<void>;
}

/** The threads, oldest first, each with its replies and a reply box. */
export function noteThreads(threads: readonly NoteResponse[], session: Pick<Session, 'userName' | 'role'>, actions: NoteActions): HTMLElement {
  if (!threads.length) return h('p', { class: 'notes-empty' }, 'Chưa có ghi chú.');
  return h('ol', { class: 'note-threads' }, threads.map((thread) => h('li', { class: 'note-thread' },
    noteView(thread, session, actions),
    thread.replies.length ? h('ol', { class: 'note-replies' }, thread.replies.map((reply) => h('li', null, noteView(reply, session, actions)))) : null,
    replyBox(thread, actions))));
}

/** "Trả lời" under a thread opens its reply box, so a long list of threads stays short. */
function replyBox(thread: NoteResponse, actions: NoteActions): HTMLElement {
  const box = h('div', { class: 'reply-box' });
  const open = h('button', { type: 'button', class: 'open-reply', onclick: () => {
    const form = textForm('Trả lời', 'reply-form', 'Gửi trả lời', (text, sent) => actions.reply(thread, text, sent));
    box.replaceChildren(form);
    form.querySelector('textarea')?.focus();
  } }, 'Trả lời');
  box.append(open);
  return box;
}

function noteView(note: NoteResponse, session: Pick<Session, 'userName' | 'role'>, actions: NoteActions): HTMLElement {
  return h('article', { class: `note note-${note.kind}`, 'data-note': note.id },
    h('p', { class: 'note-meta' },
      h('strong', { class: 'note-author' }, noteAuthor(note)), ' · ',
      h('time', { datetime: note.createdAt }, formatDateTime(note.createdAt) ?? ''),
      note.kind === 'returned' ? h('span', { class: 'note-kind' }, ' · trả lại tác giả') : null),
    h('p', { class: 'note-text' }, note.text),
    mayDeleteNote(note, session)
      ? h('button', { type: 'button', class: 'delete-note', onclick: () => void actions.remove(note) }, 'Xoá')
      : null);
}

/** A text box with its button; an empty one is refused here, anything else goes to `send` (its 400s land under the box). */
function textForm(label: string, className: string, button: string, send: (text: string, form: HTMLElement) => Promise<void>): HTMLFormElement {
  const text = textArea('', { name: 'text', rows: 2, maxlength: 4000 });
  const form = h('form', { class: className, novalidate: true, onsubmit: (e: Event) => {
    e.preventDefault();
    clearFieldErrors(form);
    if (!text.value.trim()) {
      showFieldErrors(form, { text: ['Nhập nội dung ghi chú.'] });
      return;
    }
    void send(text.value, form);
  } }, field(text, { key: 'text', label }), h('button', { type: 'submit' }, button));
  return form;
}

export interface NotesPanel {
  /** The column beside the form. */
  element: HTMLElement;
  /** The "returned" notice for the top of the editor (hidden when there is none). */
  notice: HTMLElement;
  /** Reads the notes again (after a workflow step, which may end or start a return). */
  load(): Promise<void>;
}

export function notesPanel(api: AdminApi, type: ContentType, id: number, session: Pick<Session, 'userName' | 'role'>): NotesPanel {
  const notice = h('p', { class: 'returned-notice', role: 'status', hidden: true });
  const status = h('p', { class: 'notes-status', role: 'alert', hidden: true });
  const list = h('div', { class: 'notes-list' }, h('p', { class: 'loading' }, 'Đang tải…'));
  const count = h('span', { class: 'notes-count' });
  const element = h('section', { class: 'notes-panel', 'aria-label': 'Ghi chú biên tập' },
    h('h2', null, 'Ghi chú ', count),
    h('p', { class: 'hint' }, 'Chỉ người trong toà soạn thấy; bạn đọc không bao giờ thấy.'),
    status, list,
    textForm('Ghi chú mới', 'note-form', 'Thêm ghi chú', (text, form) => write(() => api.addNote(type, id, text), form)));

  const actions: NoteActions = {
    reply: (thread, text, form) => write(() => api.addNote(type, id, text, thread.id), form),
    remove: async (note) => {
      const replies = note.replies.length ? ` cùng ${note.replies.length} trả lời` : '';
      if (!window.confirm(`Xoá ghi chú của ${noteAuthor(note)}${replies}?`)) return;
      await write(() => api.deleteNote(type, id, note.id), null);
    },
  };

  async function write(send: () => Promise<unknown>, form: HTMLElement | null): Promise<void> {
    status.hidden = true;
    try {
      await send();
      if (form instanceof HTMLFormElement) form.reset();
      await load();
    } catch (error) {
      const unclaimed = form && error instanceof ApiProblem && error.kind === 'validation' ? showFieldErrors(form, error.errors) : null;
      if (unclaimed?.length === 0) return;
      status.textContent = problemMessage(error);
      status.hidden = false;
    }
  }

  async function load(): Promise<void> {
    try {
      const notes = await api.notes(type, id);
      const total = notes.items.reduce((n, thread) => n + 1 + thread.replies.length, 0);
      count.textContent = total ? `(${total})` : '';
      list.replaceChildren(noteThreads(notes.items, session, actions));
      notice.textContent = notes.returned ? returnedText(notes.returned) : '';
      notice.hidden = !notes.returned;
    } catch (error) {
      status.textContent = problemMessage(error);
      status.hidden = false;
    }
  }

  return { element, notice, load };
}

/** The reason box an editor fills to return an item; blank is refused here, the API's 400 lands under it (key "reason"). */
export function returnForm(send: (reason: string) => Promise<void>, cancel: () => void): HTMLElement {
  const reason = textArea('', { name: 'reason', rows: 3, maxlength: 4000 });
  const form = h('form', { class: 'return-form', novalidate: true, onsubmit: (e: Event) => {
    e.preventDefault();
    clearFieldErrors(form);
    if (!reason.value.trim()) {
      showFieldErrors(form, { reason: ['Nhập lý do trả lại để tác giả biết cần sửa gì.'] });
      return;
    }
    void send(reason.value);
  } },
  field(reason, { key: 'reason', label: 'Lý do trả lại (tác giả sẽ thấy)' }),
  h('button', { type: 'submit', class: 'primary' }, 'Gửi trả lại'),
  h('button', { type: 'button', onclick: cancel }, 'Huỷ'));
  return form;
}
