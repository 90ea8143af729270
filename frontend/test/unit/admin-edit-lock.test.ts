import { afterEach, describe, expect, test, vi } from 'vitest';
import { AdminApi } from '../../src/admin/api';
import { EditLockSession, lockMessage, mayTakeOver, nextState, setReadOnly, type LockState } from '../../src/admin/editor/edit-lock';
import { EventStreamParser } from '../../src/admin/event-stream';
import type { EditLock, LockHolder } from '../../src/admin/types';

const holder = (extra: Partial<LockHolder> = {}): LockHolder => ({
  userName: 'levu', displayName: 'Lê Vũ', sessionId: 'other-tab-0001', since: '2026-12-04T02:12:00Z', expiresAt: '2026-12-04T02:13:00Z', ...extra,
});
const lockOf = (h: LockHolder | null): EditLock => ({ contentId: 7, holder: h });

describe('what the editor says about the lock', () => {
  test('someone else editing: their display name and since when, in portal time', () => {
    expect(lockMessage({ kind: 'held', holder: holder() })).toBe('Đang được Lê Vũ sửa từ 09:12');
  });

  test('an account without a display name is named by its user name', () => {
    expect(lockMessage({ kind: 'held', holder: holder({ displayName: null }) })).toBe('Đang được levu sửa từ 09:12');
  });

  test('the editor who lost the lock is told who took it over and when', () => {
    expect(lockMessage({ kind: 'lost', holder: holder({ displayName: 'Trần Thị Mai', since: '2026-12-04T02:15:00Z' }) }))
      .toBe('Trần Thị Mai đã giành quyền sửa bài lúc 09:15');
  });

  test('holding the lock, or having none to hold, says nothing', () => {
    for (const state of [{ kind: 'mine' }, { kind: 'pending' }, { kind: 'none' }] as LockState[]) expect(lockMessage(state)).toBeNull();
  });
});

describe('who may take a lock over (the API decides; the button follows it)', () => {
  test('editors and admins anyone\'s, an author only their own other tab', () => {
    expect(mayTakeOver('editor', 'mai', holder())).toBe(true);
    expect(mayTakeOver('admin', 'admin', holder())).toBe(true);
    expect(mayTakeOver('author', 'mai', holder())).toBe(false);
    expect(mayTakeOver('author', 'levu', holder())).toBe(true);
  });
});

describe('what a lock event means for this tab', () => {
  const mine = 'this-tab-0001';

  test('this tab named as holder: it holds the lock', () => {
    expect(nextState({ kind: 'pending' }, lockOf(holder({ sessionId: mine })), mine)).toEqual({ kind: 'mine' });
  });

  test('another tab named while this one held it: taken over, told at once', () => {
    expect(nextState({ kind: 'mine' }, lockOf(holder()), mine)).toEqual({ kind: 'lost', holder: holder() });
  });

  test('nobody named while this one held it: a lapse the next heartbeat mends, not a loss', () => {
    expect(nextState({ kind: 'mine' }, lockOf(null), mine)).toEqual({ kind: 'mine' });
  });

  test('while someone else edits: the banner follows the holder, and a free lock is for taking', () => {
    expect(nextState({ kind: 'held', holder: holder() }, lockOf(holder({ displayName: 'Mai' })), mine)).toEqual({ kind: 'held', holder: holder({ displayName: 'Mai' }) });
    expect(nextState({ kind: 'held', holder: holder() }, lockOf(null), mine)).toEqual({ kind: 'free' });
  });
});

describe('server-sent events from a fetch body', () => {
  test('events cut across chunks arrive whole; comments and other events are kept apart', () => {
    const parser = new EventStreamParser();
    expect(parser.push('event: lock\ndata: {"contentId":')).toEqual([]);
    expect(parser.push('7}\n\n: keep-alive\n\nevent: lock\r\ndata: a\ndata: b\n\ndata: plain\n')).toEqual([
      { type: 'lock', data: '{"contentId":7}' },
      { type: 'lock', data: 'a\nb' },
    ]);
    expect(parser.push('\n')).toEqual([{ type: 'message', data: 'plain' }]);
  });
});

describe('an open editor\'s hold on the item', () => {
  afterEach(() => vi.useRealTimers());

  /** An API whose lock routes answer from `answer`; the events stream is what `events` writes. */
  function api(answer: (method: string, url: string) => Response, events: ReadableStream<Uint8Array> | null = null) {
    const calls: string[] = [];
    const fetchImpl = (async (input: RequestInfo | URL, init?: RequestInit) => {
      const url = String(input);
      calls.push(`${init?.method ?? 'GET'} ${url.replace('https://api.example.vn/api/v1', '')}`);
      if (url.endsWith('/events')) return events ? new Response(events, { headers: { 'Content-Type': 'text/event-stream' } }) : new Promise<Response>(() => undefined);
      return answer(init?.method ?? 'GET', url);
    }) as typeof fetch;
    return { calls, api: new AdminApi('https://api.example.vn', () => 'TOKEN', () => undefined, fetchImpl) };
  }
  const ok = (lock: EditLock) => new Response(JSON.stringify(lock), { status: 200, headers: { 'Content-Type': 'application/json' } });
  const held = (h: LockHolder) => new Response(JSON.stringify({ status: 409, title: 'Someone else is editing this item.', holder: h }), { status: 409, headers: { 'Content-Type': 'application/problem+json' } });

  test('an item someone else holds opens read-only with their name', async () => {
    const { api: client } = api(() => held(holder()));
    const states: LockState[] = [];
    const session = new EditLockSession({ api: client, type: 'article', id: 7, onChange: (s) => states.push(s) });
    await session.start();
    session.stop();
    expect(states).toEqual([{ kind: 'held', holder: holder() }]);
  });

  test('a heartbeat answered 409 means taken over: the holder it names is shown', async () => {
    vi.useFakeTimers();
    let renewals = 0;
    const { api: client, calls } = api((method) => (method === 'POST' ? ok(lockOf(holder({ sessionId: 'x' }))) : (renewals++, held(holder()))));
    const states: LockState[] = [];
    const session = new EditLockSession({ api: client, type: 'article', id: 7, heartbeatMs: 1000, onChange: (s) => states.push(s) });
    await session.start();
    await vi.advanceTimersByTimeAsync(1000);
    expect(renewals).toBe(1);
    expect(states.at(-1)).toEqual({ kind: 'lost', holder: holder() });
    session.stop();
    expect(calls.filter((c) => c.startsWith('DELETE'))).toEqual([]); // a lost lock is not ours to release
  });

  test('a take-over heard on the events stream is told at once, before any heartbeat', async () => {
    let push: (text: string) => void = () => undefined;
    const events = new ReadableStream<Uint8Array>({ start: (controller) => {
      push = (text) => controller.enqueue(new TextEncoder().encode(text));
    } });
    const { api: client } = api(() => ok(lockOf(holder())), events);
    const states: LockState[] = [];
    const session = new EditLockSession({ api: client, type: 'article', id: 7, heartbeatMs: 60_000, onChange: (s) => states.push(s) });
    await session.start();
    push(`event: lock\ndata: ${JSON.stringify(lockOf(holder({ sessionId: session.sessionId })))}\n\n`);
    push(`event: lock\ndata: ${JSON.stringify(lockOf(holder({ displayName: 'Trần Thị Mai' })))}\n\n`);
    await vi.waitFor(() => expect(states.at(-1)).toEqual({ kind: 'lost', holder: holder({ displayName: 'Trần Thị Mai' }) }));
    session.stop();
  });

  test('leaving lets go of a held lock with a keepalive request naming this tab', async () => {
    const { api: client, calls } = api((method) => (method === 'DELETE' ? new Response(null, { status: 204 }) : ok(lockOf(holder()))));
    const session = new EditLockSession({ api: client, type: 'article', id: 7, onChange: () => undefined });
    await session.start();
    session.stop();
    await vi.waitFor(() => expect(calls).toContain(`DELETE /manage/articles/7/lock?sessionId=${session.sessionId}`));
  });
});

describe('the read-only form', () => {
  test('text stays selectable (readOnly), other controls and actions are disabled, preview is not', () => {
    const root = document.createElement('div');
    root.innerHTML = '<form class="editor-form"><input type="text"><textarea></textarea><input type="checkbox"><select></select><div contenteditable="true"></div><button type="button">B</button></form>'
      + '<div class="action-bar"><button class="action-save">Lưu</button><button class="action-preview">Xem trước</button></div>';
    setReadOnly(root, true);
    expect(root.querySelector<HTMLInputElement>('input[type=text]')!.readOnly).toBe(true);
    expect(root.querySelector('textarea')!.readOnly).toBe(true);
    expect(root.querySelector<HTMLInputElement>('input[type=checkbox]')!.disabled).toBe(true);
    expect(root.querySelector('select')!.disabled).toBe(true);
    expect(root.querySelector<HTMLElement>('[contenteditable]')!.contentEditable).toBe('false');
    expect(root.querySelector<HTMLButtonElement>('.action-save')!.disabled).toBe(true);
    expect(root.querySelector<HTMLButtonElement>('.action-preview')!.disabled).toBe(false);
    setReadOnly(root, false);
    expect(root.querySelector<HTMLInputElement>('input[type=text]')!.readOnly).toBe(false);
    expect(root.querySelector<HTMLButtonElement>('.action-save')!.disabled).toBe(false);
    expect(root.hasAttribute('data-lock-readonly')).toBe(false);
  });
});
