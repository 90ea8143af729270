// The signed-in user's token, kept in sessionStorage: it survives a reload but not the
// tab, and no other tab or later visitor of a shared computer inherits it.
import type { TokenResponse, UserRole } from './types';

const KEY = 'cms.admin.session';

export interface Session {
  accessToken: string;
  expiresAt: string;
  userName: string;
  role: UserRole;
}

export function saveSession(token: TokenResponse, storage: Storage = sessionStorage): Session {
  const session: Session = { accessToken: token.accessToken, expiresAt: token.expiresAt, userName: token.userName, role: token.role };
  storage.setItem(KEY, JSON.stringify(session));
  return session;
}

/** The stored session, or null when there is none, it is damaged, or it has expired. */
export function loadSession(storage: Storage = sessionStorage, now = Date.now()): Session | null {
  try {
    const value = JSON.parse(storage.getItem(KEY) ?? 'null') as Partial<Session> | null;
    if (!value?.accessToken || !value.userName || !value.role || !value.expiresAt) return null;
    if (!(Date.parse(value.expiresAt) > now)) {
      storage.removeItem(KEY);
      return null;
    }
    return value as Session;
  } catch {
    return null;
  }
}

export function clearSession(storage: Storage = sessionStorage): void {
  storage.removeItem(KEY);
}

/** Editors and admins run the workflow; authors write and submit their own drafts. */
export const isEditor = (role: UserRole): boolean => role === 'editor' || role === 'admin';

/**
 * When to swap the token for a fresh one: five minutes before it expires (at once when
 * that is past), so an editor at work all day is not sent to the sign-in form mid-sentence.
 * Null when the expiry cannot be read (then the 401 path takes over).
 */
export function refreshDelay(session: Pick<Session, 'expiresAt'>, now = Date.now()): number | null {
  const expires = Date.parse(session.expiresAt);
  if (Number.isNaN(expires)) return null;
  // setTimeout holds at most 2^31-1 ms (about 24 days); tokens live hours.
  return Math.min(Math.max(0, expires - 5 * 60_000 - now), 2 ** 31 - 1);
}
