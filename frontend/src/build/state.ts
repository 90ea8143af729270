// What the builder remembers between runs, in its own folder beside the site (never served):
// where it is in the changes feed, which file each item has and which lists it is on, and
// which items each archive page shows. With it a restart resumes where it stopped, and a
// change rewrites only the files that show the item.
import { randomBytes } from 'node:crypto';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { atomicWrite } from './site-files';

export interface ListState {
  total: number;
  /** Archive page number → the ids it shows, newest first. */
  pages: Record<number, number[]>;
}

export interface BuildState {
  /** Names the site folder this state describes (its .site-build file): a folder built anew
   * (vite empties dist) does not match, and the builder starts over. */
  buildId: string;
  /** The changes feed's `next` token: everything before it is written. Null before the first sync. */
  token: string | null;
  /** Whether the first sync (the full build) has been through the whole feed. */
  complete: boolean;
  /** Each item's page and lists, as itemEntry() writes them (read them with itemOf()). */
  items: Record<number, string>;
  lists: Record<string, ListState>;
  /** Lists to rewrite once the feed is read up to its end (the full build writes them last). */
  dirtyLists: string[];
  /** Items changed in the feed read so far, whose cards the lists must redraw. */
  dirtyItems: number[];
  /**
   * Redirect pages at items' old addresses (redirect-page.ts): file → the item it sends readers
   * to. Removed with the item; dropped when a page takes the file over.
   */
  redirects: Record<string, number>;
  /** The section tree and site-wide facts every page shows, as JSON: a change rewrites every page. */
  frame: string | null;
  /**
   * Pages still showing an older frame (the menu before a section was renamed or added), to
   * redraw a slice per sync after the feed: items newest first, then lists. Null when none.
   */
  backlog: { items: number[]; lists: string[] } | null;
}

export const emptyState = (): BuildState => ({ buildId: randomBytes(8).toString('hex'), token: null, complete: false, items: {}, lists: {}, redirects: {}, dirtyLists: [], dirtyItems: [], frame: null, backlog: null });

/** What the builder knows of an item: the file of its page, the lists it is on, and the items its page shows as related. */
export interface ItemEntry {
  file: string;
  lists: string[];
  related?: number[];
}

/** Marks the related ids in an entry's string ("#12,7"): no list key starts with it. */
const RELATED = '#';

/**
 * An item's entry as one string, "file<TAB>list<TAB>list": objects and arrays per item took a
 * large share of the builder's memory target, strings a fifth of that (bench/README.md, "Figures
 * behind the code"). (Files and list keys come from slugs, which hold no tab.)
 */
export function itemEntry({ file, lists, related = [] }: ItemEntry): string {
  return [file, ...lists, ...(related.length ? [RELATED + related.join(',')] : [])].join('\t');
}

export function itemOf(state: BuildState, id: number): ItemEntry | undefined {
  const entry = state.items[id];
  if (entry === undefined) return undefined;
  const [file, ...rest] = entry.split('\t') as [string, ...string[]];
  if (!rest.at(-1)?.startsWith(RELATED)) return { file, lists: rest };
  const related = rest.pop()!.slice(RELATED.length).split(',').map(Number);
  return { file, lists: rest, related };
}

/**
 * The items whose pages show any of `ids` as related ("Tin liên quan"), but are not among
 * them: an edited, unpublished or deleted story makes those pages stale. One pass over the
 * entries' strings, only in a sync that changed something.
 */
export function pagesRelating(state: BuildState, ids: ReadonlySet<number>): number[] {
  const found: number[] = [];
  for (const [key, entry] of Object.entries(state.items)) {
    const at = entry.lastIndexOf('\t' + RELATED);
    if (at < 0 || ids.has(Number(key))) continue;
    if (entry.slice(at + 2).split(',').some((id) => ids.has(Number(id)))) found.push(Number(key));
  }
  return found;
}

export async function loadState(dir: string): Promise<BuildState> {
  try {
    const state = { ...emptyState(), ...(JSON.parse(await readFile(join(dir, 'state.json'), 'utf8')) as Partial<BuildState>) };
    // Saved by a builder that kept entries as objects.
    for (const [id, entry] of Object.entries(state.items as Record<number, string | ItemEntry>)) {
      if (typeof entry !== 'string') state.items[Number(id)] = itemEntry(entry);
    }
    return state;
  } catch {
    return emptyState();
  }
}

export async function saveState(dir: string, state: BuildState): Promise<void> {
  await mkdir(dir, { recursive: true });
  await atomicWrite(join(dir, 'state.json'), stateJson(state));
}

/** Entries of `items` or `lists` per part of the file. */
const PART = 2000;

/**
 * The state as JSON, in parts: for a large archive one string of it (with the bytes written
 * from it) was the builder's peak memory at the end of a full build. The same
 * text JSON.stringify writes, apart from the order of the keys.
 */
export function* stateJson(state: BuildState): Generator<string> {
  const { items, lists, ...rest } = state;
  yield JSON.stringify(rest).slice(0, -1);
  for (const [name, record] of [['items', items], ['lists', lists]] as const) {
    yield `,${JSON.stringify(name)}:{`;
    const keys = Object.keys(record);
    for (let at = 0; at < keys.length; at += PART) {
      yield keys.slice(at, at + PART).map((key) => `${JSON.stringify(key)}:${JSON.stringify((record as Record<string, unknown>)[key])}`).join(',')
        + (at + PART < keys.length ? ',' : '');
    }
    yield '}';
  }
  yield '}';
}
