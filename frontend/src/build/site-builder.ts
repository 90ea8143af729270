// The site builder: writes every public page as an HTML file, from the API, and keeps them
// current. Everything goes through one loop, sync(): read the changes feed from the saved
// token to its end, write the pages of the items it names (and delete those of items gone),
// then rewrite the lists they are on, top down, until an archive page is as it was. The
// first sync starts at the feed's beginning, which lists every public item: that is the full
// build. `watch` runs sync() every few seconds.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ApiClient, NotFoundError } from '../api/client';
import type { CategoryNode, ContentItem, ContentSummary, Page, Tag } from '../api/types';
import { archiveCount } from '../archive';
import { trail } from '../categories';
import { isRaster } from '../components/share-image';
import { sidebarVideos } from '../components/sidebar';
import type { SiteConfig } from '../config';
import { paths } from '../routes';
import { notFoundPage } from '../views/errors';
import { loadListPage, type ListSlice, type PageReader } from '../views/list-page';
import type { PageContext, PageView } from '../views/page';
import { sectionView, SECTION_PAGE_SIZE } from '../views/section';
import { tagView, TAG_PAGE_SIZE } from '../views/tag';
import { videosView, VIDEO_PAGE_SIZE } from '../views/videos';
import { viewOf } from '../views/view-of';
import { installDom } from './dom';
import { PageRenderer, type Frame } from './page-html';
import { imageSize } from './image-size';
import { fileOf, removePage, writePage } from './site-files';
import { emptyState, loadState, saveState, type BuildState, type ListState } from './state';

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
  /** Items fetched and rendered at once. */
  concurrency?: number;
  /** Changes read per request of the feed. */
  batch?: number;
  log?: (line: string) => void;
}

export interface SyncResult {
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
/** How often a list is started over when its total moved while it was read (writeList). */
const TOTAL_ATTEMPTS = 4;

interface ChangesAnswer {
  items?: ContentSummary[] | null;
  removed?: { id: number; type: string }[] | null;
  next: string;
  hasMore: boolean;
}

type ListKind = { key: string; size: number; read: PageReader; stream: string; address: (archive: number | null) => string;
  view: (archive: number | null, slice: ListSlice) => PageView; latestView?: (slice: ListSlice) => Promise<PageView> };

export class SiteBuilder {
  /** Draws the pages of the current sync's frame (the menu and sidebar as of its start). */
  private renderer: PageRenderer | undefined;

  /** The lists to rewrite once the feed is read (state.dirtyLists while a sync runs). */
  private dirty = new Set<string>();

  private constructor(
    private readonly options: Required<BuilderOptions>,
    private readonly document: Document,
    private readonly head: string,
    private state: BuildState,
  ) {}

  static async open(options: BuilderOptions): Promise<SiteBuilder> {
    const shell = await readFile(join(options.out, '.shell.html'), 'utf8').catch(() => {
      throw new Error(`${join(options.out, '.shell.html')} is missing: run \`npm run build\` first and point --out at its dist folder`);
    });
    const document = installDom(shell);
    // A built page needs no script to be read: the shell's "needs JavaScript" notice goes.
    document.querySelector('body > noscript')?.remove();
    const head = document.head.innerHTML;
    const full: Required<BuilderOptions> = { concurrency: 6, batch: 1000, log: (line) => console.log(line), apiFetchUrl: options.config.apiBaseUrl, ...options,
      siteUrl: options.siteUrl.replace(/\/+$/, '') };
    full.apiFetchUrl = full.apiFetchUrl.replace(/\/+$/, '');
    let state = await loadState(options.stateDir);
    const marker = await readFile(join(options.out, MARKER), 'utf8').catch(() => '');
    if (state.token !== null && marker.trim() !== state.buildId) {
      full.log('the site folder is not the one the saved state describes: building everything');
      state = emptyState();
    }
    return new SiteBuilder(full, document, head, state);
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

  /** Reads the feed to its end and brings every page it touches up to date. */
  async sync(): Promise<SyncResult> {
    const result: SyncResult = { written: [], removed: [] };
    const api = this.client();
    const tree = await api.categories();
    const frame: Frame = { api, config: this.options.config, siteUrl: this.options.siteUrl, tree, videos: await sidebarVideos(api) };
    this.renderer = new PageRenderer(this.document, this.head, frame);
    const context: PageContext = { api, config: this.options.config, tree };
    const frameJson = JSON.stringify({ tree, siteName: this.options.config.siteName, siteUrl: this.options.siteUrl });
    const frameChanged = this.state.frame !== frameJson;
    const firstSync = !this.state.complete;
    const state = this.state;
    this.dirty = new Set(state.dirtyLists);

    if (frameChanged) {
      // The menu is on every page: all of them are rewritten (the items newest first), and
      // every section gets its list. Readers keep the old files until each new one is in place.
      for (const key of [...Object.keys(state.lists), ...sectionKeys(tree), 'videos']) this.dirty.add(key);
      if (state.complete) {
        const ids = Object.keys(state.items).map(Number).sort((a, b) => b - a);
        await this.pool(ids, async (id) => {
          const known = state.items[id];
          if (known) await this.writeItem(context, itemRouteOf(known.file), result);
        });
      }
    }

    // The feed, batch by batch; the state is saved after each, so a restart resumes there.
    let changed = new Set<number>(state.dirtyItems);
    for (;;) {
      const answer = await this.changes(state.token);
      const items = answer.items ?? [];
      await this.pool(items, async (summary) => {
        changed.add(summary.id);
        await this.writeItem(context, { type: summary.type, slug: summary.slug }, result);
      });
      for (const gone of answer.removed ?? []) {
        changed.add(gone.id);
        const known = state.items[gone.id];
        if (!known) continue;
        await removePage(this.options.out, known.file);
        result.removed.push(addressOfFile(known.file));
        for (const key of known.lists) this.dirty.add(key);
        delete state.items[gone.id];
      }
      state.token = answer.next;
      state.dirtyItems = [...changed];
      await this.save();
      if (!answer.hasMore) break;
    }

    const touched = result.written.length > 0 || result.removed.length > 0;
    // Lists side by side: one waits for the API while another renders.
    await this.pool([...this.dirty], (key) => this.writeList(context, key, changed, result, frameChanged));
    if (touched || frameChanged) {
      await this.write(await viewOf(context, { name: 'home' }), paths.home(), result);
    }
    if (frameChanged) {
      await this.write(notFoundPage(), null, result, '404.html');
      await this.write(await viewOf(context, { name: 'search', q: '', page: 1 }), '/tim-kiem', result);
    }
    this.dirty.clear();
    state.dirtyItems = [];
    state.frame = frameJson;
    state.complete = true;
    changed = new Set();
    await this.save();
    if (firstSync) this.options.log(`built ${result.written.length} pages`);
    return result;
  }

  /** sync() every `intervalMs` until the signal aborts; each sync's changed addresses are logged (CDN purge). */
  async watch(intervalMs: number, signal: AbortSignal, onSync?: (result: SyncResult) => void): Promise<void> {
    while (!signal.aborted) {
      try {
        const result = await this.sync();
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
        }, intervalMs);
        signal.addEventListener('abort', wake, { once: true });
      });
    }
  }

  /** An API client naming the public address in what it renders, asking at apiFetchUrl. */
  private client(): ApiClient {
    return new ApiClient(this.options.config.apiBaseUrl, (input, init) => fetch(this.fetchUrlOf(String(input)), init));
  }

  /** The address the builder fetches a public API address at (the same, outside Docker). */
  private fetchUrlOf(url: string): string {
    const { apiBaseUrl } = this.options.config;
    return url.startsWith(apiBaseUrl) ? this.options.apiFetchUrl + url.slice(apiBaseUrl.length) : url;
  }

  private async changes(token: string | null): Promise<ChangesAnswer> {
    const params = new URLSearchParams({ limit: String(this.options.batch) });
    if (token) params.set('since', token);
    return this.json<ChangesAnswer>(`/api/v1/changes?${params}`);
  }

  /** An item's page; a page the item no longer has (its slug changed) is removed. Not public (any more): removed. */
  private async writeItem(context: PageContext, item: { type: ContentSummary['type']; slug: string }, result: SyncResult): Promise<void> {
    const state = this.state;
    let view: PageView;
    try {
      view = await viewOf(context, { name: 'item', type: item.type, slug: item.slug });
    } catch (error) {
      if (!(error instanceof NotFoundError)) throw error;
      return; // gone since the feed named it: its removal comes later in the feed
    }
    const full = view.story!.item as ContentItem;
    const address = paths.item(full.type, full.slug);
    const file = fileOf(address);
    const known = state.items[full.id];
    const lists = listsOf(context.tree, full);
    if (known && known.file !== file) {
      await removePage(this.options.out, known.file);
      result.removed.push(addressOfFile(known.file));
    }
    for (const key of [...(known?.lists ?? []), ...lists]) this.dirty.add(key);
    state.items[full.id] = { file, lists };
    await this.write(view, address, result);
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
        await this.remove(this.addressOfList(key, archive), result);
      }
      delete this.state.lists[key];
      return;
    }

    const { size } = kind;
    const firstPath = `${kind.stream}${kind.stream.includes('?') ? '&' : '?'}page=1&pageSize=${STREAM_PAGE}`;
    for (let attempt = 1; ; attempt++) {
      const first = await this.json<Page<ContentSummary> & { nextCursor?: string | null }>(firstPath);
      const total = first.totalItems ?? 0;
      const count = archiveCount(total, size);
      const previousCount = previous ? archiveCount(previous.total, size) : -1;

      // The archive's numbering rests on the total. Just after a change the API may still count
      // the list as it was (its count cache hears of the change a moment later): then every
      // archive page seems shifted by one and the whole list would be rewritten, wrongly. So
      // when more pages differ than a new item explains, the total is asked again before
      // anything is written, and the list started over if it moved.
      let trusted = !previous || everyPage || attempt >= TOTAL_ATTEMPTS;
      const held: [PageView, string][] = [];
      const put = async (view: PageView, address: string) => {
        if (trusted) await this.write(view, address, result);
        else held.push([view, address]);
      };

      const pages: Record<number, number[]> = {};
      let archive = count;
      let buffer: ContentSummary[] = [];
      let stoppedAt = 0;
      let stale = false;
      const sizeOf = (n: number) => (n === count ? total - (count - 1) * size : size);
      stream: for await (const chunk of this.stream(kind.stream, first)) {
        for (const item of chunk) {
          if (archive < 1) break stream;
          buffer.push(item);
          if (buffer.length < sizeOf(archive)) continue;
          const ids = buffer.map((x) => x.id);
          const same = !everyPage && previous && sameIds(previous.pages[archive], ids) && !ids.some((id) => changed.has(id))
            && (count === previousCount || archive + ARCHIVE_REACH < Math.min(count, previousCount));
          if (same) {
            stoppedAt = archive;
            break stream;
          }
          await put(kind.view(archive, { items: buffer, total }), kind.address(archive));
          pages[archive] = ids;
          archive--;
          buffer = [];
          if (!trusted && held.length > ARCHIVE_REACH + 2) {
            const again = await this.json<Page<ContentSummary>>(`${kind.stream}${kind.stream.includes('?') ? '&' : '?'}page=1&pageSize=1`);
            if (again.totalItems !== total) {
              stale = true;
              break stream;
            }
            trusted = true;
            for (const [view, address] of held.splice(0)) await this.write(view, address, result);
          }
        }
      }
      if (stale) {
        await new Promise((resolve) => setTimeout(resolve, 100 * attempt));
        continue;
      }
      for (const [view, address] of held) await this.write(view, address, result);
      const latest = { items: first.items.slice(0, size), total };
      await this.write(await (kind.latestView?.(latest) ?? kind.view(null, latest)), kind.address(null), result);
      if (stoppedAt > 0) {
        for (let n = stoppedAt; n >= 1; n--) {
          const ids = previous!.pages[n] ?? [];
          pages[n] = ids;
          // An item edited deep in the archive: its page, and only it, again.
          if (ids.some((id) => changed.has(id))) {
            const slice = await loadListPage(kind.read, { archive: n }, size);
            await this.write(kind.view(n, slice), kind.address(n), result);
          }
        }
      }
      for (const gone of Object.keys(previous?.pages ?? {}).map(Number).filter((n) => n > count)) {
        await this.remove(kind.address(gone), result);
      }
      this.state.lists[key] = { total, pages };
      return;
    }
  }

  private async listKind(context: PageContext, key: string): Promise<ListKind | null> {
    const { api, tree } = context;
    const [type, slug = ''] = key.split(':') as [string, string?];
    const reader = (query: Record<string, string>): PageReader => (page, pageSize) => api.content({ ...query, page, pageSize });
    if (type === 'section') {
      const node = trail(tree, slug).at(-1);
      if (!node) return null;
      const view = (archive: number | null, slice: ListSlice) => sectionView(context, node, archive, slice, []);
      return { key, size: SECTION_PAGE_SIZE, read: reader({ category: slug }), stream: `/api/v1/content?category=${encodeURIComponent(slug)}`,
        address: (archive) => paths.section(slug, archive), view,
        // The newest page opens with the stories editors chose for the section.
        latestView: async (slice) => sectionView(context, node, null, slice, await api.featured(slug)) };
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
      return { key, size: TAG_PAGE_SIZE, read: reader({ tag: slug }), stream: `/api/v1/content?tag=${encodeURIComponent(slug)}`,
        address: (archive) => paths.tag(slug, archive), view: (archive, slice) => tagView(context, tag, archive, slice) };
    }
    return { key, size: VIDEO_PAGE_SIZE, read: (page, pageSize) => api.videos({ page, pageSize }), stream: '/api/v1/videos',
      address: (archive) => paths.videos(archive), view: (archive, slice) => videosView(context, archive, slice) };
  }

  private addressOfList(key: string, archive: number | null): string {
    const [type, slug = ''] = key.split(':') as [string, string?];
    return type === 'section' ? paths.section(slug, archive) : type === 'tag' ? paths.tag(slug, archive) : paths.videos(archive);
  }

  /** A list newest first, a cursor page at a time, starting with the page already read. */
  private async *stream(path: string, first: { items: ContentSummary[]; nextCursor?: string | null }): AsyncGenerator<ContentSummary[]> {
    let page = first;
    yield page.items;
    while (page.nextCursor) {
      page = await this.json(`${path}${path.includes('?') ? '&' : '?'}after=${encodeURIComponent(page.nextCursor)}&pageSize=${STREAM_PAGE}`);
      yield page.items ?? [];
    }
  }

  private async write(view: PageView, address: string | null, result: SyncResult, file?: string): Promise<void> {
    // Read before the page is put together: that step is synchronous (page-html.ts).
    const size = view.image && isRaster(view.image) ? await imageSize(view.image, (url) => this.fetchUrlOf(url)) : null;
    const html = this.renderer!.html(view, address, size);
    await writePage(this.options.out, file ?? fileOf(address!), html);
    result.written.push(address ?? `/${file}`);
  }

  private async remove(address: string, result: SyncResult): Promise<void> {
    await removePage(this.options.out, fileOf(address));
    result.removed.push(address);
  }

  private async json<T>(path: string): Promise<T> {
    const response = await fetch(this.options.apiFetchUrl + path, { headers: { Accept: 'application/json' }, signal: AbortSignal.timeout(30_000) });
    if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
    return (await response.json()) as T;
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

/** The lists an item is on: its section and the sections above it, its tags, the videos. */
function listsOf(tree: CategoryNode[], item: ContentItem): string[] {
  const lists = item.category ? trail(tree, item.category.slug).map((node) => `section:${node.slug}`) : [];
  for (const tag of item.tags ?? []) if (tag.slug) lists.push(`tag:${tag.slug}`);
  if (item.type === 'video') lists.push('videos');
  return lists;
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

function itemRouteOf(file: string): { type: ContentSummary['type']; slug: string } {
  const [segment, slug] = addressOfFile(file).split('/').filter(Boolean) as [string, string];
  return { type: segment === 'phong-van' ? 'interview' : segment === 'video' ? 'video' : 'article', slug };
}
