// The editor's soft lock on the item it shows. Opening the item takes the lock for this tab
// (a random session id: the same person in two tabs is two holders) and a heartbeat keeps it
// while the editor is open; the lock's events stream says at once when someone else takes it
// over. Saving never depends on the lock (If-Match guards it): the lock only tells people
// that someone else is at work, and makes the form read-only while they are.
import type { ContentType } from '../../api/types';
import type { AdminApi } from '../api';
import { isoToPortalClock } from '../portal-time';
import { ApiProblem } from '../problem';
import { isEditor } from '../session';
import type { EditLock, LockHolder, UserRole } from '../types';

/** The API keeps a lock a minute after the last heartbeat: three beats a minute survive one lost on the way. */
export const HEARTBEAT_MS = 20_000;

export type LockState =
  | { kind: 'pending' } // asking
  | { kind: 'mine' } // this tab holds it: editable
  | { kind: 'held'; holder: LockHolder } // someone else is editing: read-only
  | { kind: 'lost'; holder: LockHolder | null } // taken over from this tab: read-only, unsaved text kept
  | { kind: 'none' }; // no lock to be had (not the person's to edit, or the API unreachable)

export function holderName(holder: LockHolder): string {
  return holder.displayName?.trim() || holder.userName;
}

/** The banner's words for a state; null when there is nothing to say. */
export function lockMessage(state: LockState): string | null {
  switch (state.kind) {
    case 'held':
      return `Đang được ${holderName(state.holder)} sửa từ ${isoToPortalClock(state.holder.since)}`;
    case 'lost':
      return state.holder
        ? `${holderName(state.holder)} đã giành quyền sửa bài lúc ${isoToPortalClock(state.holder.since)}`
        : 'Bạn không còn giữ quyền sửa bài này.';
    default:
      return null;
  }
}

/** Who may take a lock over (the API's rule, EditorialRights): editors anyone's, authors only their own other tab. */
export function mayTakeOver(role: UserRole, userName: string, holder: LockHolder | null): boolean {
  return isEditor(role) || holder?.userName === userName;
}

/** Where an event about the lock leaves this tab. 'free' means: nobody holds it now. */
export function nextState(current: LockState, lock: EditLock, sessionId: string): LockState | { kind: 'free' } {
  const holder = lock.holder ?? null;
  if (holder?.sessionId === sessionId) return { kind: 'mine' };
  if (current.kind === 'mine') return holder ? { kind: 'lost', holder } : current; // a lapse is mended by the next heartbeat
  if (current.kind === 'lost') return holder ? { kind: 'lost', holder } : current;
  return holder ? { kind: 'held', holder } : { kind: 'free' };
}

function holderIn(error: unknown): LockHolder | null {
  if (!(error instanceof ApiProblem)) return null;
  const holder = error.body.holder;
  return holder && typeof holder === 'object' ? (holder as LockHolder) : null;
}

/** A random id for this editor tab (getRandomValues: randomUUID needs a secure context, and an intranet admin may be plain http). */
function newSessionId(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export interface EditLockOptions {
  api: AdminApi;
  type: ContentType;
  id: number;
  /** Called on every change of state, with the state before. */
  onChange(state: LockState, previous: LockState): void;
  heartbeatMs?: number;
}

/** One open editor's hold on one item: take, heartbeat, listen, let go. */
export class EditLockSession {
  readonly sessionId = newSessionId();
  state: LockState = { kind: 'pending' };
  private timer: ReturnType<typeof setInterval> | null = null;
  private readonly abort = new AbortController();
  private stopped = false;
  private readonly pagehide = () => this.release();

  constructor(private readonly options: EditLockOptions) {}

  /** Takes the lock (or learns who holds it), then keeps it and listens until stop(). */
  async start(): Promise<void> {
    await this.take(false);
    if (this.stopped) return;
    void this.listen();
    this.timer = setInterval(() => void this.beat(), this.options.heartbeatMs ?? HEARTBEAT_MS);
    window.addEventListener('pagehide', this.pagehide);
  }

  /** Takes the lock from whoever holds it (the caller has asked the person); true when this tab has it now. */
  takeOver(): Promise<boolean> {
    return this.take(true);
  }

  /** Leaving the editor: stop beating and listening, and let go. */
  stop(): void {
    if (this.stopped) return;
    this.stopped = true;
    if (this.timer !== null) clearInterval(this.timer);
    this.abort.abort();
    window.removeEventListener('pagehide', this.pagehide);
    this.release();
  }

  private release(): void {
    if (this.state.kind !== 'mine') return;
    const { api, type, id } = this.options;
    api.releaseEditLock(type, id, this.sessionId).catch(() => undefined); // it lapses by itself anyway
  }

  private async take(takeOver: boolean): Promise<boolean> {
    const { api, type, id } = this.options;
    try {
      await api.takeEditLock(type, id, this.sessionId, takeOver);
      this.set({ kind: 'mine' });
      return true;
    } catch (error) {
      const holder = holderIn(error);
      if (holder) this.set({ kind: 'held', holder });
      else if (!takeOver) this.set({ kind: 'none' });
      if (takeOver) throw error;
      return false;
    }
  }

  private async beat(): Promise<void> {
    if (this.state.kind !== 'mine') return;
    const { api, type, id } = this.options;
    try {
      await api.renewEditLock(type, id, this.sessionId);
    } catch (error) {
      if (error instanceof ApiProblem && error.status === 409) this.set({ kind: 'lost', holder: holderIn(error) });
      // anything else (the network): the next beat tries again
    }
  }

  /** The events stream, reopened with backoff while the editor is open. */
  private async listen(): Promise<void> {
    const { api, type, id } = this.options;
    let delay = 1_000;
    while (!this.stopped) {
      try {
        await api.watchEditLock(type, id, (lock) => this.heard(lock), this.abort.signal);
        delay = 1_000;
      } catch {
        if (this.stopped) return;
      }
      await pause(delay);
      delay = Math.min(delay * 2, 30_000);
    }
  }

  private heard(lock: EditLock): void {
    if (this.stopped) return;
    const next = nextState(this.state, lock, this.sessionId);
    if (next.kind === 'free') void this.take(false); // the other editor left: this one may edit now
    else this.set(next);
  }

  private set(state: LockState): void {
    const previous = this.state;
    this.state = state;
    if (previous.kind !== state.kind || JSON.stringify(previous) !== JSON.stringify(state)) this.options.onChange(state, previous);
  }
}

/**
 * Makes the form read-only while someone else holds the lock, leaving its text selectable
 * (what this person typed stays there to be copied): text fields become readOnly, other
 * controls and buttons disabled, except the preview and the lock banner's own.
 */
export function setReadOnly(root: HTMLElement, readOnly: boolean): void {
  root.toggleAttribute('data-lock-readonly', readOnly);
  for (const field of root.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('.editor-form input, .editor-form textarea')) {
    if (field instanceof HTMLTextAreaElement || ['text', 'search', 'url', 'number', 'datetime-local', 'email', ''].includes(field.type)) field.readOnly = readOnly;
    else field.disabled = readOnly;
  }
  for (const control of root.querySelectorAll<HTMLButtonElement | HTMLSelectElement>('.editor-form select, .editor-form button, .action-bar button:not(.action-preview)')) {
    control.disabled = readOnly;
  }
  for (const editable of root.querySelectorAll<HTMLElement>('.editor-form [contenteditable]')) {
    editable.contentEditable = readOnly ? 'false' : 'true';
  }
}
