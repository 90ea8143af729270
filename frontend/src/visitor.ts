// The anonymous visitor id the hit beacon sends, kept in localStorage so the API can count
// unique visitors and de-duplicate an item's views (30 minutes per visitor and item).

const STORAGE_KEY = 'cms.visitorId';
const VALID = /^[A-Za-z0-9_-]{8,64}$/;

let memoryId: string | undefined;

/** 32 random hex digits. getRandomValues works on plain http too, unlike randomUUID. */
function newId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * The stored id, or a new one stored for next time. When storage is blocked (some private
 * modes throw), the id lives for this page load only: the visit still counts.
 */
export function visitorId(storage: Pick<Storage, 'getItem' | 'setItem'> | undefined = safeLocalStorage()): string {
  try {
    const stored = storage?.getItem(STORAGE_KEY);
    if (stored && VALID.test(stored)) return stored;
    const id = newId();
    storage?.setItem(STORAGE_KEY, id);
    if (storage) return id;
  } catch {
    // fall through to the in-memory id
  }
  memoryId ??= newId();
  return memoryId;
}

function safeLocalStorage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}
