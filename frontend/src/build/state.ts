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
  items: Record<number, { file: string; lists: string[] }>;
  lists: Record<string, ListState>;
  /** Lists to rewrite once the feed is read up to its end (the full build writes them last). */
  dirtyLists: string[];
  /** Items changed in the feed read so far, whose cards the lists must redraw. */
  dirtyItems: number[];
  /** The section tree and site-wide facts every page shows, as JSON: a change rewrites every page. */
  frame: string | null;
}

export const emptyState = (): BuildState => ({ buildId: randomBytes(8).toString('hex'), token: null, complete: false, items: {}, lists: {}, dirtyLists: [], dirtyItems: [], frame: null });

export async function loadState(dir: string): Promise<BuildState> {
  try {
    return { ...emptyState(), ...(JSON.parse(await readFile(join(dir, 'state.json'), 'utf8')) as Partial<BuildState>) };
  } catch {
    return emptyState();
  }
}

export async function saveState(dir: string, state: BuildState): Promise<void> {
  await mkdir(dir, { recursive: true });
  await atomicWrite(join(dir, 'state.json'), JSON.stringify(state));
}
