// The site builder: writes every public page as an HTML file, from the API, and keeps them
// current. Everything goes through one loop, sync(): read the changes feed from the saved
// token to its end, write the pages of the items it names (and delete those of items gone),
// then rewrite the lists they are on, top down, until an archive page is as it was. The
// first sync starts at the feed's beginning, which lists every public item: that is the full
// build. `watch` runs sync() every few seconds. This thread decides which pages to write and
// writes the files; page workers (page-workers.ts) fetch and draw them on every core.
import { readFile, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { ITEMS_PER_BATCH, NotFoundError, type ApiClient } from '../api/client';
import type { Author, CategoryNode, ContentItem, ContentSummary, ContentType, Page, Tag } from '../api/types';
import { archiveCount } from '../archive';
import { trail } from '../categories';
import { sidebarVideos } from '../components/sidebar';
import type { SiteConfig } from '../config';
import { parseRoute, paths } from '../routes';
import { loadListPage, type ListSlice, type PageReader } from '../views/list-page';
import type { PageContext } from '../views/page';
import { SECTION_PAGE_SIZE } from '../views/section';
import { TAG_PAGE_SIZE } from '../views/tag';
import { AUTHOR_PAGE_SIZE } from '../views/author';
import { PHOTO_STORY_PAGE_SIZE } from '../views/photo-stories';
import { VIDEO_PAGE_SIZE } from '../views/videos';
import { BuilderApi } from './builder-api';
import { HeapKeeper } from './heap-keeper';
import { addressOfList, type PageAnswer, type PageJob } from './page-writer';
import { PageWorkers } from './page-workers';
import { redirectPage } from './redirect-page';
import { fileOf, removePage, writePage } from './site-files';
import { emptyState, itemEntry, itemOf, loadState, pagesRelating, saveState, type BuildState, type ListState } from './state';

export interface BuilderOptions {
  /** The site's config.json: apiBaseUrl is the API's public address, which links and media URLs name. */
  config: SiteConfig;
  /**
   * Where the builder itself reaches the API, when not at its public address (inside Docker:
   * http://api:8080). Pages still name the public one.
   */
  apiFetchUrl?: string;
  /** The site's public address, for canonical URLs and og:url. */
  siteUrl: string;
  /** The folder the site is served from; it holds the built assets (vite build) already. */
  out: string;
  /** The builder's own folder (state.json), not served. */
  stateDir: string;
  /** The page worker's script (builder/page-worker.mjs, beside the builder's own). */
  workerScript: string;
  /** Threads drawing pages (default: one per core). */
  workers?: number;
  /** Pages fetched and drawn at once, over all threads. */
  concurrency?: number;
  /** Changes read per request of the feed. */
  batch?: number;
  log?: (line: string) => void;
}

export interface SyncResult {
  /** How many pages were written. */
  pages: number;
  /**
   * A full build (the first sync): every page was written, and `written` does not name them
   * (holding every address to the end of a build costs memory for nothing: a CDN purges
   * everything after a full build; bench/README.md, "Figures behind the code").
   */
  full: boolean;
  /** The addresses written and removed (what a CDN in front must purge). */
  written: string[];
  removed: string[];
}

/** The file in the site folder naming the state that describes it. */
const MARKER = '.site-build';
/** How many newest-first items one request of a list asks for (the API's maximum). */
const STREAM_PAGE = 100;
/** How far an archive page's pager reaches (components/pager.ts): the pages a new one changes. */
const ARCHIVE_REACH = 2;
/** Pages showing a changed item as related that a sync rewrites at once; the rest join the backlog. */
const RELATED_NOW = 100;

/** Items of the backlog redrawn between two saves of the state. */
const BACKLOG_SLICE = 500;
/** How long a watch's sync works on the backlog before it reads the feed again. */
const BACKLOG_MS = 2000;
/** How often a list is started over when its total moved while it was read (writeList). */
const TOTAL_ATTEMPTS = 4;

interface ChangesAnswer {
  items?: ContentSummary[] | null;
  removed?: { id: number; type: string }[] | null;
  next: string;
  hasMore: boolean;
}

/** What the main thread needs of a list to stream it; the page workers draw its pages. */
type ListKind = { size: number; read: PageReader; stream: string; tag?: Tag; author?: Author };

export class SiteBuilder {
  /** The lists to rewrite once the feed is read (state.dirtyLists while a sync runs). */
  private dirty = new Set<string>();

  /** The API, as the builder reaches it. */
  private readonly reach: BuilderApi;

  /** Collects this thread's garbage when V8 would let it pile up (heap-keeper.ts). */
  private readonly heap = new HeapKeeper();

  private constructor(
    private readonly options: Required<BuilderOptions>,
    private readonly workers: PageWorkers,
    private state: BuildState,
  ) {
    this.reach = new BuilderApi(options.config.apiBaseUrl, options.apiFetchUrl);
  }

  static async open(options: BuilderOptions): Promise<SiteBuilder> {
    const shell = await readFile(join(options.out, '.shell.html'), 'utf8').catch(() => {
      throw new Error(`${join(options.out, '.shell.html')} is missing: run \`npm run build\` first and point --out at its dist folder`);
    });
    const workers = options.workers ?? availableParallelism();
    const full: Required<BuilderOptions> = { workers, concurrency: 4 * workers, batch: 1000, log: (line) => console.log(line),
      apiFetchUrl: options.config.apiBaseUrl, ...options, siteUrl: options.siteUrl.replace(/\/+$/, '') };
    full.apiFetchUrl = full.apiFetchUrl.replace(/\/+$/, '');
    let state = await loadState(options.stateDir);
    const marker = await readFile(join(options.out, MARKER), 'utf8').catch(() => '');
    if (state.token !== null && marker.trim() !== state.buildId) {
      full.log('the site folder is not the one the saved state describes: building everything');
      state = emptyState();
    }
    const threads = new PageWorkers(full.workerScript, { shell, config: full.config, siteUrl: full.siteUrl, apiFetchUrl: full.apiFetchUrl }, full.workers, Math.max(1, Math.ceil(full.concurrency / full.workers)));
    return new SiteBuilder(full, threads, state);
  }

  /** Stops the page workers. */
  close(): Promise<void> {
    return this.workers.close();
  }

  /** Saves the state, and names it in the site folder (see BuildState.buildId). */
  private async save(): Promise<void> {
    this.state.dirtyLists = [...this.dirty];
    await writeFile(join(this.options.out, MARKER), this.state.buildId);
    await saveState(this.options.stateDir, this.state);
  }

  get token(): string | null {
    return this.state.token;
  }

  /** Whether pages drawn with an older frame are still to redraw (a watch syncs again at once). */
  get behind(): boolean {
    return this.state.backlog !== null;
  }

  /**
   * Reads the feed to its end and brings every page it touches up to date. When the frame (the
   * menu) changed, every page must be redrawn: that backlog is worked through after the feed,
   * for about `backlogMs` per sync, so a publish meanwhile still shows within a sync or two.
   */
  async sync(backlogMs = Infinity): Promise<SyncResult> {
    const result: SyncResult = { pages: 0, full: !this.state.complete, written: [], removed: [] };
    const api = this.reach.client();
    const tree = await api.categories();
    await this.workers.frame({ tree, videos: await sidebarVideos(api) });
    const context: PageContext = { api, config: this.options.config, tree };
    const frameJson = JSON.stringify({ tree, siteName: this.options.config.siteName, siteUrl: this.options.siteUrl });
    const frameChanged = this.state.frame !== frameJson;
    const firstSync = result.full;
    const state = this.state;
    this.dirty = new Set(state.dirtyLists);

    if (frameChanged) {
      const sections = sectionKeys(tree);
      if (firstSync) {
        for (const key of [...Object.keys(state.lists), ...sections, 'videos', 'photo-stories']) this.dirty.add(key);
      } else {
        // The menu is on every page: all of them are redrawn, the items newest first, then the
        // lists, while readers keep the old files until each new one is in place. A section
        // new to the menu gets its pages at once.
        for (const key of sections) if (!state.lists[key]) this.dirty.add(key);
        const lists = new Set([...Object.keys(state.lists), ...sections, 'videos', 'photo-stories']);
        state.backlog = { items: Object.keys(state.items).map(Number).sort((a, b) => b - a), lists: [...lists] };
      }
    }

    // The feed, batch by batch; the state is saved after each, so a restart resumes there. A
    // first sync draws every page of every list, so it need not remember which items changed.
    const changed = new Set<number>(state.dirtyItems);
    for (;;) {
      const answer = await this.changes(state.token);
      const items = answer.items ?? [];
      if (!firstSync) for (const summary of items) changed.add(summary.id);
      await this.writeItems(api, items, result);
      for (const gone of answer.removed ?? []) {
        changed.add(gone.id);
        const known = itemOf(state, gone.id);
        if (!known) continue;
        await removePage(this.options.out, known.file);
        result.removed.push(addressOfFile(known.file));
        await this.keepRedirects(gone.id, [], result);
        for (const key of known.lists) this.dirty.add(key);
        delete state.items[gone.id];
      }
      state.token = answer.next;
      state.dirtyItems = [...changed];
      await this.save();
      if (!answer.hasMore) break;
    }

    if (!firstSync && changed.size > 0) await this.writeRelating(api, changed, result);
    const touched = result.pages > 0 || result.removed.length > 0;
    // Lists side by side: one waits for the API while another's pages are drawn.
    await this.pool([...this.dirty], (key) => this.writeList(context, key, changed, result, firstSync));
    if (touched || frameChanged) {
      await this.page({ kind: 'route', route: { name: 'home' }, address: paths.home() }, result);
    }
    if (frameChanged) {
      await this.page({ kind: 'route', route: { name: 'notFound' }, address: null, file: '404.html' }, result);
      await this.page({ kind: 'route', route: { name: 'search', q: '', page: 1 }, address: '/tim-kiem' }, result);
    }
    this.dirty.clear();
    state.dirtyItems = [];
    state.frame = frameJson;
    state.complete = true;
    await this.save();
    await this.redrawBacklog(context, performance.now() + backlogMs, result);
    if (firstSync) this.options.log(`built ${result.pages} pages`);
    return result;
  }

  /** Redraws pages of the backlog (see BuildState.backlog) until the deadline, a slice at a time. */
  private async redrawBacklog(context: PageContext, deadline: number, result: SyncResult): Promise<void> {
    const backlog = this.state.backlog;
    if (!backlog) return;
    while (backlog.items.length > 0 && performance.now() < deadline) {
      const slice = backlog.items.slice(0, BACKLOG_SLICE);
      const known = slice.flatMap((id) => {
        const entry = itemOf(this.state, id);
        return entry ? [{ id, type: typeOfFile(entry.file) }] : [];
      });
      await this.writeItems(context.api, known, result);
      backlog.items.splice(0, slice.length);
      await this.save();
    }
    while (backlog.items.length === 0 && backlog.lists.length > 0 && performance.now() < deadline) {
      const keys = backlog.lists.slice(0, this.options.workers);
      await this.pool(keys, (key) => this.writeList(context, key, new Set(), result, true));
      backlog.lists.splice(0, keys.length);
      await this.save();
    }
    if (backlog.items.length === 0 && backlog.lists.length === 0) {
      this.state.backlog = null;
      await this.save();
    }
  }

  /** sync() every `intervalMs` until the signal aborts; each sync's changed addresses are logged (CDN purge). */
  async watch(intervalMs: number, signal: AbortSignal, onSync?: (result: SyncResult) => void): Promise<void> {
    while (!signal.aborted) {
      try {
        const result = await this.sync(BACKLOG_MS);
        if (result.full) this.options.log(`written every page (${result.pages}): a full build`);
        for (const address of result.written) this.options.log(`written ${address}`);
        for (const address of result.removed) this.options.log(`removed ${address}`);
        onSync?.(result);
      } catch (error) {
        // The API restarting or a network blip: the next round starts again from the saved token.
        this.options.log(`sync failed, retrying: ${error instanceof Error ? error.message : String(error)}`);
      }
      await new Promise<void>((resolve) => {
        const wake = () => {
          clearTimeout(timer);
          resolve();
        };
        const timer = setTimeout(() => {
          signal.removeEventListener('abort', wake);
          resolve();
        }, this.behind ? 0 : intervalMs); // pages to redraw: on at once, after the feed
        signal.addEventListener('abort', wake, { once: true });
      });
    }
  }

  private async changes(token: string | null): Promise<ChangesAnswer> {
    const params = new URLSearchParams({ limit: String(this.options.batch) });
    if (token) params.set('since', token);
    return this.reach.changes<ChangesAnswer>(`/api/v1/changes?${params}`);
  }

  /**
   * The pages of these items, read from the API a hundred of one type per request (the next
   * request on its way while the pages of one are drawn). An item no longer public is skipped:
   * the feed names its removal later.
   */
  private async writeItems(api: ApiClient, items: readonly { id: number; type: ContentType }[], result: SyncResult): Promise<void> {
    const batches: { type: ContentType; ids: number[] }[] = [];
    const open = new Map<ContentType, number[]>();
    for (const { id, type } of items) {
      let ids = open.get(type);
      if (!ids || ids.length === ITEMS_PER_BATCH) {
        ids = [];
        open.set(type, ids);
        batches.push({ type, ids });
      }
      ids.push(id);
    }
    const read = (n: number) => {
      const batch = batches[n];
      if (!batch) return null;
      // Their related stories in the same breath: one statement for the hundred instead of a
      // request per page (bench/README.md, 2026-12-05). Without them (an API older than the
      // batch route), each page asks for its own.
      const reading = Promise.all([api.items(batch.type, batch.ids), api.relatedOfMany(batch.type, batch.ids).catch(() => null)]);
      reading.catch(() => {}); // awaited below; a failure meanwhile is not an unhandled one
      return reading;
    };
    let next = read(0);
    for (let n = 0; next; n++) {
      const [{ items: full }, related] = await next;
      next = read(n + 1);
      await this.pool(full, (item) => this.writeItem(item, result, related?.get(item.id)));
    }
  }

  /**
   * An item's page, and a redirect page at each of its old addresses (its slug changed); a
   * page the item no longer has otherwise is removed. `shown`: its related stories, when they
   * were read with it.
   */
  private async writeItem(item: ContentItem, result: SyncResult, shown?: ContentSummary[]): Promise<void> {
    const answer = await this.workers.run({ kind: 'item', item, ...(shown ? { related: shown } : {}), readAfter: this.reach.readAfter });
    this.keep(answer, result);
    const { id, file, lists, related } = answer.item!;
    delete this.state.redirects[file]; // an old address another item had: a page now
    const redirects = (item.oldSlugs ?? []).map((slug) => fileOf(paths.item(item.type, slug))).filter((old) => old !== file);
    const known = itemOf(this.state, id);
    if (known && known.file !== file && !redirects.includes(known.file)) {
      await removePage(this.options.out, known.file);
      result.removed.push(addressOfFile(known.file));
    }
    const target = new URL(paths.item(item.type, item.slug), this.options.siteUrl).href;
    for (const old of redirects) {
      writePage(this.options.out, old, redirectPage(target, item.title));
      this.state.redirects[old] = id;
      if (!result.full) result.written.push(addressOfFile(old));
    }
    await this.keepRedirects(id, redirects, result);
    for (const key of [...(known?.lists ?? []), ...lists]) this.dirty.add(key);
    this.state.items[id] = itemEntry({ file, lists, related });
  }

  /**
   * The pages showing a changed item under "Tin liên quan" (its title or picture changed, or it
   * is gone). The newest RELATED_NOW at once; any beyond join the backlog, redrawn a slice per
   * sync: right after a full build every page of a common tag shows its newest stories, and an
   * edit of one must not hold up the feed. Readers with the script see the current list anyway
   * (live.ts); the file matters to crawlers and readers without it.
   */
  private async writeRelating(api: ApiClient, changed: ReadonlySet<number>, result: SyncResult): Promise<void> {
    const stale = pagesRelating(this.state, changed).sort((a, b) => b - a);
    const known = stale.slice(0, RELATED_NOW).flatMap((id) => {
      const entry = itemOf(this.state, id);
      return entry ? [{ id, type: typeOfFile(entry.file) }] : [];
    });
    // Their cards on lists are as they were (an item's lists change only with the item, and then
    // the feed names it): the lists writeItem marks are not to be rewritten for them.
    const dirty = new Set(this.dirty);
    await this.writeItems(api, known, result);
    this.dirty = dirty;
    if (stale.length > RELATED_NOW) {
      const backlog = (this.state.backlog ??= { items: [], lists: [] });
      backlog.items = [...new Set([...backlog.items, ...stale.slice(RELATED_NOW)])];
    }
  }

  /** Removes the item's redirect pages other than `kept` (an old slug another item took, or the item gone). */
  private async keepRedirects(id: number, kept: readonly string[], result: SyncResult): Promise<void> {
    for (const [file, owner] of Object.entries(this.state.redirects)) {
      if (owner !== id || kept.includes(file)) continue;
      delete this.state.redirects[file];
      await removePage(this.options.out, file);
      result.removed.push(addressOfFile(file));
    }
  }

  /**
   * A list's newest page, then its archive pages from the newest down, stopping at the first
   * one that shows what it showed before (ids, order, no edited item): the pages below it are
   * as they were, apart from those showing an item edited since, which are rewritten alone.
   * `everyPage`: the frame changed (the menu), so every page is rewritten.
   */
  private async writeList(context: PageContext, key: string, changed: Set<number>, result: SyncResult, everyPage = false): Promise<void> {
    const previous: ListState | undefined = this.state.lists[key];
    const kind = await this.listKind(context, key);
    if (!kind) {
      // A section no longer in the menu, a tag no item carries: its pages go.
      for (const archive of [null, ...Object.keys(previous?.pages ?? {}).map(Number)]) {
        await this.remove(addressOfList(key, archive), result);
      }
      delete this.state.lists[key];
      return;
    }

    const { size, tag, author } = kind;
    const job = (archive: number | null, slice: ListSlice): PageJob => ({ kind: 'list', key, archive, slice, ...(tag ? { tag } : {}), ...(author ? { author } : {}) });
    const firstPath = `${kind.stream}${kind.stream.includes('?') ? '&' : '?'}page=1&pageSize=${STREAM_PAGE}`;
    for (let attempt = 1; ; attempt++) {
      const first = await this.reach.json<Page<ContentSummary> & { nextCursor?: string | null }>(firstPath);
      const total = first.totalItems ?? 0;
      const count = archiveCount(total, size);
      const previousCount = previous ? archiveCount(previous.total, size) : -1;

      // The archive's numbering rests on the total. Just after a change the API may count the
      // list as it was while its items are already new, or the other way round (its count cache
      // and its page cache hear of the change a moment later, and under a stream of publishes
      // the next one may be on its way): then every archive page seems shifted and the whole
      // list would be rewritten, wrongly. So when more pages differ than a new item explains,
      // nothing is written until the total is checked against the items themselves: an item
      // still on the old list keeps its place counted from the oldest (the anchor), so the total
      // the stream implies is its old place plus the items now above it. When the two disagree
      // the list is read again a moment later; when they still do, something deep in the list
      // changed (an old item removed), and the API's total is right.
      let trusted = !previous || everyPage || attempt >= TOTAL_ATTEMPTS;
      const held: PageJob[] = [];
      // The pages go to the workers a few at a time, not one after the other: a list of
      // thousands of pages (a full build) keeps every thread busy.
      const writes = new Writes((page) => this.page(page, result));
      const put = async (page: PageJob) => {
        if (trusted) await writes.add(page);
        else held.push(page);
      };

      const pages: Record<number, number[]> = {};
      const anchor = previous ? new Anchor(previous, size) : null;
      let archive = count;
      let buffer: ContentSummary[] = [];
      let stoppedAt = 0;
      let stale = false;
      const sizeOf = (n: number) => (n === count ? total - (count - 1) * size : size);
      stream: for await (const chunk of this.stream(kind.stream, first)) {
        for (const item of chunk) {
          if (archive < 1) break stream;
          anchor?.see(item.id);
          buffer.push(item);
          if (buffer.length < sizeOf(archive)) continue;
          const ids = buffer.map((x) => x.id);
          const same = !everyPage && previous && sameIds(previous.pages[archive], ids) && !ids.some((id) => changed.has(id))
            && (count === previousCount || archive + ARCHIVE_REACH < Math.min(count, previousCount));
          if (same) {
            stoppedAt = archive;
            break stream;
          }
          await put(job(archive, { items: buffer, total }));
          pages[archive] = ids;
          archive--;
          buffer = [];
          if (!trusted && held.length > ARCHIVE_REACH + 2) {
            const implied = anchor?.impliedTotal()
              ?? (await this.reach.json<Page<ContentSummary>>(`${kind.stream}${kind.stream.includes('?') ? '&' : '?'}page=1&pageSize=1`)).totalItems;
            if (implied !== total) {
              stale = true;
              break stream;
            }
            trusted = true;
            for (const page of held.splice(0)) await writes.add(page);
          }
        }
      }
      if (stale) {
        await writes.done();
        await new Promise((resolve) => setTimeout(resolve, 250 * attempt));
        continue;
      }
      for (const page of held) await writes.add(page);
      await writes.add(job(null, { items: first.items.slice(0, size), total }));
      if (stoppedAt > 0) {
        for (let n = stoppedAt; n >= 1; n--) {
          const ids = previous!.pages[n] ?? [];
          pages[n] = ids;
          // An item edited deep in the archive: its page, and only it, again.
          if (ids.some((id) => changed.has(id))) await writes.add(job(n, await loadListPage(kind.read, { archive: n }, size)));
        }
      }
      await writes.done();
      for (const gone of Object.keys(previous?.pages ?? {}).map(Number).filter((n) => n > count)) {
        await this.remove(addressOfList(key, gone), result);
      }
      this.state.lists[key] = { total, pages };
      return;
    }
  }

  private async listKind({ api, tree }: PageContext, key: string): Promise<ListKind | null> {
    const [type, slug = ''] = key.split(':') as [string, string?];
    const reader = (query: Record<string, string>): PageReader => (page, pageSize) => api.content({ ...query, page, pageSize });
    if (type === 'section') {
      if (!trail(tree, slug).at(-1)) return null;
      return { size: SECTION_PAGE_SIZE, read: reader({ category: slug }), stream: `/api/v1/content?category=${encodeURIComponent(slug)}` };
    }
    if (type === 'tag') {
      let tag: Tag;
      try {
        tag = await api.tag(slug);
      } catch (error) {
        if (error instanceof NotFoundError) return null;
        throw error;
      }
      // Renamed: its items are on the list under the new slug, which the feed names too.
      if (tag.slug !== slug) return null;
      return { size: TAG_PAGE_SIZE, read: reader({ tag: slug }), stream: `/api/v1/content?tag=${encodeURIComponent(slug)}`, tag };
    }
    if (type === 'author') {
      let author: Author;
      try {
        author = await api.author(slug);
      } catch (error) {
        if (error instanceof NotFoundError) return null;
        throw error;
      }
      // A new slug: the author's items name it, and their next sync writes the list under it.
      if (author.slug !== slug) return null;
      const stream = `/api/v1/authors/${encodeURIComponent(slug)}/items`;
      return { size: AUTHOR_PAGE_SIZE, read: (page, pageSize) => api.authorItems(slug, { page, pageSize }), stream, author };
    }
    if (type === 'photo-stories') {
      return { size: PHOTO_STORY_PAGE_SIZE, read: (page, pageSize) => api.photoStories({ page, pageSize }), stream: '/api/v1/photo-stories' };
    }
    return { size: VIDEO_PAGE_SIZE, read: (page, pageSize) => api.videos({ page, pageSize }), stream: '/api/v1/videos' };
  }

  /** A list newest first, a cursor page at a time, starting with the page already read. */
  private async *stream(path: string, first: { items: ContentSummary[]; nextCursor?: string | null }): AsyncGenerator<ContentSummary[]> {
    let page = first;
    yield page.items;
    while (page.nextCursor) {
      page = await this.reach.json(`${path}${path.includes('?') ? '&' : '?'}after=${encodeURIComponent(page.nextCursor)}&pageSize=${STREAM_PAGE}`);
      yield page.items ?? [];
    }
  }

  /** One page, drawn and written by a page worker. */
  private async page(job: PageJob, result: SyncResult): Promise<void> {
    this.keep(await this.workers.run({ ...job, readAfter: this.reach.readAfter }), result);
  }

  /** Writes the files of a page a worker drew. */
  private keep(answer: PageAnswer, result: SyncResult): void {
    try {
      writePage(this.options.out, answer.file, answer.page);
    } finally {
      this.workers.release(answer.page);
    }
    result.pages++;
    if (!result.full) result.written.push(answer.written);
    this.heap.tidy();
  }

  private async remove(address: string, result: SyncResult): Promise<void> {
    await removePage(this.options.out, fileOf(address));
    result.removed.push(address);
  }


  /** Runs `work` over `inputs`, `concurrency` at a time. */
  private async pool<T>(inputs: readonly T[], work: (input: T) => Promise<void>): Promise<void> {
    let next = 0;
    const worker = async () => {
      while (next < inputs.length) await work(inputs[next++]!);
    };
    await Promise.all(Array.from({ length: Math.min(this.options.concurrency, inputs.length) }, worker));
  }
}

function sectionKeys(tree: readonly CategoryNode[]): string[] {
  return tree.flatMap((node) => [`section:${node.slug}`, ...sectionKeys(node.children ?? [])]);
}

function sameIds(a: number[] | undefined, b: number[]): boolean {
  return !!a && a.length === b.length && a.every((id, i) => id === b[i]);
}

function addressOfFile(file: string): string {
  return `/${file.replace(/\.html$/, '')}`;
}

/** An item's type, from its page's file ("phong-van/x.html"), as the site's router reads its address. */
function typeOfFile(file: string): ContentType {
  const route = parseRoute(new URL(addressOfFile(file), 'http://site'));
  return route.name === 'item' ? route.type : 'article';
}

/**
 * Where a list streamed newest first re-joins the list as it was (writeList): the old place,
 * counted from the oldest, of the items on its top archive pages, and the total each of those
 * the stream meets implies (old place + 1 + items above it now). Below the last change they all
 * imply the same; an edited item moved to the top implies another, so a total is only named
 * once a few in a row agree.
 */
class Anchor {
  private static readonly AGREEING = 3;
  private readonly places = new Map<number, number>();
  private seen = 0;
  private implied: number | null = null;
  private agreeing = 0;

  constructor(previous: ListState, size: number) {
    const count = archiveCount(previous.total, size);
    for (let n = count; n >= Math.max(1, count - ARCHIVE_REACH - 4); n--) {
      const ids = previous.pages[n] ?? [];
      ids.forEach((id, i) => this.places.set(id, (n - 1) * size + ids.length - 1 - i));
    }
  }

  /** The next item of the stream. */
  see(id: number): void {
    const place = this.places.get(id);
    if (place !== undefined) {
      const implied = place + 1 + this.seen;
      this.agreeing = implied === this.implied ? this.agreeing + 1 : 1;
      this.implied = implied;
    }
    this.seen++;
  }

  /** The total the items read so far imply, or null when too few of them were on the old list. */
  impliedTotal(): number | null {
    return this.agreeing >= Anchor.AGREEING ? this.implied : null;
  }
}

/**
 * Pages handed to the workers without waiting for each: at most WINDOW at once, so a long
 * list streams while its pages are drawn, and never holds more than a few pages' items.
 */
class Writes {
  private static readonly WINDOW = 8;
  private readonly running: Promise<void>[] = [];
  private failure: unknown;

  constructor(private readonly write: (page: PageJob) => Promise<void>) {}

  async add(page: PageJob): Promise<void> {
    if (this.running.length >= Writes.WINDOW) await this.running.shift();
    this.check();
    // Caught at once (an unawaited rejection would end the process) and rethrown by the next call.
    this.running.push(this.write(page).catch((error: unknown) => {
      this.failure ??= error;
    }));
  }

  async done(): Promise<void> {
    await Promise.all(this.running.splice(0));
    this.check();
  }

  private check(): void {
    if (this.failure !== undefined) throw this.failure;
  }
}
