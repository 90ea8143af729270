import { describe, expect, test, vi } from 'vitest';
import { AdminApi } from '../../src/admin/api';
import { mayDeleteNote, mayReturn, noteAuthor, noteThreads, notesPanel, returnForm, returnedText, type NoteActions } from '../../src/admin/editor/review';
import type { NoteResponse, NotesResponse } from '../../src/admin/types';

const note = (id: number, createdBy: string, text: string, extra: Partial<NoteResponse> = {}): NoteResponse =>
  ({ id, kind: 'comment', text, createdAt: '2026-11-20T01:30:00Z', createdBy, createdByName: null, replies: [], ...extra });

const author = { userName: 'phongvien', role: 'author' as const };
const editor = { userName: 'bientap', role: 'editor' as const };

const noActions: NoteActions = { reply: async () => undefined, remove: async () => undefined };

const json = (value: unknown, status = 200) => () => new Response(JSON.stringify(value), { status, headers: { 'Content-Type': status < 300 ? 'application/json' : 'application/problem+json' } });

describe('review rules', () => {
  test('a note is signed with the display name when there is one', () => {
    expect(noteAuthor({ createdBy: 'bientap', createdByName: 'Trần Minh' })).toBe('Trần Minh');
    expect(noteAuthor({ createdBy: 'bientap', createdByName: null })).toBe('bientap');
  });

  test('the returned notice names the editor, the time in portal time and the reason', () => {
    expect(returnedText({ reason: 'Cần thêm nguồn tin.', at: '2026-11-20T01:30:00Z', by: 'bientap', byName: 'Trần Minh' }))
      .toBe('Biên tập viên Trần Minh trả lại lúc 20/11/2026 08:30: Cần thêm nguồn tin.');
    expect(returnedText({ reason: 'Sửa tít.', at: '2026-11-20T17:05:00Z', by: 'bientap' })).toBe('Biên tập viên bientap trả lại lúc 21/11/2026 00:05: Sửa tít.');
  });

  test('only editors return, and only an item in review', () => {
    expect(mayReturn('inReview', 'editor')).toBe(true);
    expect(mayReturn('inReview', 'admin')).toBe(true);
    expect(mayReturn('inReview', 'author')).toBe(false);
    expect(['draft', 'published', 'scheduled', 'archived', null].map((s) => mayReturn(s as never, 'editor'))).toEqual([false, false, false, false, false]);
  });

  test('a note is deleted by whoever wrote it or an editor', () => {
    expect(mayDeleteNote({ createdBy: 'phongvien' }, author)).toBe(true);
    expect(mayDeleteNote({ createdBy: 'bientap' }, author)).toBe(false);
    expect(mayDeleteNote({ createdBy: 'phongvien' }, editor)).toBe(true);
  });
});

describe('note threads', () => {
  const threads = [
    note(1, 'bientap', 'Tít <b>dài</b> quá.', { createdByName: 'Trần Minh', replies: [note(3, 'phongvien', 'Đã sửa.', { parentId: 1 })] }),
    note(2, 'bientap', 'Trả lại: thiếu ảnh.', { kind: 'returned' }),
  ];

  test('threads oldest first with their replies, who and when, the text as text', () => {
    const view = noteThreads(threads, author, noActions);
    const metas = [...view.querySelectorAll('.note-meta')].map((m) => m.textContent);
    expect(metas).toEqual(['Trần Minh · 20/11/2026 08:30', 'phongvien · 20/11/2026 08:30', 'bientap · 20/11/2026 08:30 · trả lại tác giả']);
    expect([...view.querySelectorAll('.note-text')].map((t) => t.textContent)).toEqual(['Tít <b>dài</b> quá.', 'Đã sửa.', 'Trả lại: thiếu ảnh.']);
    expect(view.querySelector('.note-text b')).toBeNull();
    expect(view.querySelectorAll('.note-thread')).toHaveLength(2);
    expect(view.querySelector('.note-thread .note-replies [data-note="3"]')).not.toBeNull();
  });

  test('delete buttons: an author on their own notes, an editor on all', () => {
    const deletable = (session: typeof author | typeof editor) =>
      [...noteThreads(threads, session, noActions).querySelectorAll('.delete-note')].map((b) => b.closest('[data-note]')!.getAttribute('data-note'));
    expect(deletable(author)).toEqual(['3']);
    expect(deletable(editor)).toEqual(['1', '3', '2']);
  });

  test('"Trả lời" opens a thread\'s reply box; a reply goes to its thread, an empty one is refused under the box', () => {
    const replies: Array<[number, string]> = [];
    const view = noteThreads(threads, author, { ...noActions, reply: async (thread, text) => void replies.push([thread.id, text]) });
    expect(view.querySelector('.reply-form')).toBeNull();
    view.querySelectorAll<HTMLButtonElement>('.open-reply')[1]!.click();
    const form = view.querySelector<HTMLFormElement>('.note-thread:nth-child(2) .reply-form')!;
    form.dispatchEvent(new Event('submit', { cancelable: true }));
    expect(form.querySelector('.field-error')!.textContent).toBe('Nhập nội dung ghi chú.');
    form.querySelector('textarea')!.value = 'Đã bổ sung ảnh.';
    form.dispatchEvent(new Event('submit', { cancelable: true }));
    expect(replies).toEqual([[2, 'Đã bổ sung ảnh.']]);
  });

  test('no notes yet says so', () => {
    expect(noteThreads([], author, noActions).textContent).toBe('Chưa có ghi chú.');
  });
});

describe('return form', () => {
  test('a reason is required; one given is sent', () => {
    const sent: string[] = [];
    const form = returnForm(async (reason) => void sent.push(reason), () => undefined);
    form.dispatchEvent(new Event('submit', { cancelable: true }));
    expect(form.querySelector('[data-field="reason"] .field-error')!.textContent).toBe('Nhập lý do trả lại để tác giả biết cần sửa gì.');
    form.querySelector('textarea')!.value = '  ';
    form.dispatchEvent(new Event('submit', { cancelable: true }));
    expect(sent).toEqual([]);
    form.querySelector('textarea')!.value = 'Thiếu nguồn.';
    form.dispatchEvent(new Event('submit', { cancelable: true }));
    expect(sent).toEqual(['Thiếu nguồn.']);
  });
});

describe('notes panel', () => {
  const notes: NotesResponse = {
    items: [note(1, 'bientap', 'Xem lại tít.', { replies: [note(2, 'phongvien', 'Vâng.', { parentId: 1 })] })],
    returned: { reason: 'Xem lại tít.', at: '2026-11-20T01:30:00Z', by: 'bientap', byName: 'Trần Minh' },
  };

  test('loads the threads, their count and the returned notice; a new note is sent and the list read again', async () => {
    const calls: string[] = [];
    const answers = [json(notes), json(note(5, 'phongvien', 'Em sửa rồi.'), 201), json({ ...notes, returned: null })];
    const fetchImpl = (async (input: RequestInfo | URL, init?: RequestInit) => {
      calls.push(`${init?.method ?? 'GET'} ${String(input)} ${init?.body ? String(init.body) : ''}`.trim());
      return answers.shift()!();
    }) as typeof fetch;
    const panel = notesPanel(new AdminApi('http://api', () => 'token', () => undefined, fetchImpl), 'article', 7, author);

    await panel.load();
    expect(panel.element.querySelector('h2')!.textContent).toBe('Ghi chú (2)');
    expect(panel.notice.hidden).toBe(false);
    expect(panel.notice.textContent).toBe('Biên tập viên Trần Minh trả lại lúc 20/11/2026 08:30: Xem lại tít.');

    const form = panel.element.querySelector<HTMLFormElement>('.note-form')!;
    form.querySelector('textarea')!.value = 'Em sửa rồi.';
    form.dispatchEvent(new Event('submit', { cancelable: true }));
    await vi.waitFor(() => expect(calls).toHaveLength(3));
    expect(calls).toEqual([
      'GET http://api/api/v1/manage/articles/7/notes',
      'POST http://api/api/v1/manage/articles/7/notes {"text":"Em sửa rồi."}',
      'GET http://api/api/v1/manage/articles/7/notes',
    ]);
    await vi.waitFor(() => expect(panel.notice.hidden).toBe(true));
    expect(form.querySelector('textarea')!.value).toBe('');
  });

  test("the API's 400 lands under the box it is about", async () => {
    const answers = [json(notes), json({ status: 400, title: 'One or more validation errors occurred.', errors: { text: ['At most 4000 characters.'] } }, 400)];
    const fetchImpl = (async () => answers.shift()!()) as typeof fetch;
    const panel = notesPanel(new AdminApi('http://api', () => 'token', () => undefined, fetchImpl), 'video', 3, editor);
    await panel.load();

    const form = panel.element.querySelector<HTMLFormElement>('.note-form')!;
    form.querySelector('textarea')!.value = 'x';
    form.dispatchEvent(new Event('submit', { cancelable: true }));

    await vi.waitFor(() => expect(form.querySelector<HTMLElement>('.field-error')!.hidden).toBe(false));
    expect(form.querySelector('.field-error')!.textContent).not.toBe('');
    expect(panel.element.querySelector<HTMLElement>('.notes-status')!.hidden).toBe(true);
  });
});
