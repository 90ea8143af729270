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
