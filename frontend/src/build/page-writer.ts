// Draws pages: fetches what a page shows (unless the job brings it: items and list rows come
// from the main thread, which reads them in bulk), draws it with the browser's own views, and
// compresses it. It runs inside each page worker (page-worker.ts), so pages are drawn on every
// core while the main thread follows the changes feed, decides which pages to draw, and writes
// the files (site-builder.ts). Jobs and answers are plain data: they cross threads.
import type { ApiClient } from '../api/client';
import type { Author, CategoryNode, ContentItem, ContentSummary, Page, Tag } from '../api/types';
import { trail } from '../categories';
import { isRaster } from '../components/share-image';
import type { SiteConfig } from '../config';
import { paths, type Route } from '../routes';
import type { ListSlice } from '../views/list-page';
import type { PageContext, PageView } from '../views/page';
import { sectionView } from '../views/section';
import { tagView } from '../views/tag';
import { authorView } from '../views/author';
import { itemView } from '../views/item';
import { photoStoriesView } from '../views/photo-stories';
import { videosView } from '../views/videos';
import { viewOf } from '../views/view-of';
import { BuilderApi } from './builder-api';
import { installDom } from './dom';
import { imageSize } from './image-size';
import { PageRenderer } from './page-html';
import { compressPage, fileOf, type PageFiles } from './site-files';

/** What every worker is started with. */
export interface WriterSetup {
  /** The built index.html: the page every page starts from. */
  shell: string;
  config: SiteConfig;
  siteUrl: string;
  /** Where the API is fetched (its public address, or --api-internal). */
  apiFetchUrl: string;
}

/** What every page of one sync shares: the menu, and the sidebar's latest videos. */
export interface FrameData {
  tree: CategoryNode[];
  videos: Page<ContentSummary>;
}

export type PageJob = (
  /** An item's page, from the item as the API gave it (the main thread reads them in batches). */
  | { kind: 'item'; item: ContentItem; related?: ContentSummary[] }
  /** One page of a list: its newest page (archive null) or an archive page, with the items it shows. */
  | { kind: 'list'; key: string; archive: number | null; slice: ListSlice; tag?: Tag; author?: Author }
  /** A page drawn from its route alone (home, search); `file` names one with no address (404.html). */
  | { kind: 'route'; route: Route; address: string | null; file?: string }
) & {
  /** The main thread's BuilderApi.readAfter: what this page reads from the API is at least that recent. */
  readAfter?: string | null;
};

/** The page's address, and its file for the main thread to write (site-files.ts, writePage). */
export interface PageAnswer {
  written: string;
  file: string;
  page: PageFiles;
  /** An item's page: where it is, the lists the item is on, and the items it shows as related. */
  item?: { id: number; file: string; lists: string[]; related: number[] };
}

/** The address of a list's page; a list is keyed "section:kinh-te", "tag:soc-trang", "author:le-vu", "videos" or "photo-stories". */
export function addressOfList(key: string, archive: number | null): string {
  const [type, slug = ''] = key.split(':') as [string, string?];
  if (type === 'author') return paths.author(slug, archive);
  if (type === 'photo-stories') return paths.photoStories(archive);
  return type === 'section' ? paths.section(slug, archive) : type === 'tag' ? paths.tag(slug, archive) : paths.videos(archive);
}

export class PageWriter {
  private readonly document: Document;
  private readonly head: Node;
  private readonly reach: BuilderApi;
  private readonly api: ApiClient;
  private context: PageContext | undefined;
  private renderer: PageRenderer | undefined;

  /** @param take gives the buffer a page's files are put in (one the main thread gave back, page-worker.ts). */
  constructor(
    private readonly setup: WriterSetup,
    private readonly take: (size: number) => ArrayBuffer,
  ) {
    this.document = installDom(setup.shell);
    // A built page needs no script to be read: the shell's "needs JavaScript" notice goes.
    this.document.querySelector('body > noscript')?.remove();
    this.head = this.document.head.cloneNode(true);
    this.reach = new BuilderApi(setup.config.apiBaseUrl, setup.apiFetchUrl);
    this.api = this.reach.client(); // the tree comes with each frame, not from this client
  }

  /** A new sync's frame: the pages drawn from here on show this menu and these videos. */
  frame(frame: FrameData): void {
    this.context = { api: this.api, config: this.setup.config, tree: frame.tree };
    this.renderer = new PageRenderer(this.document, this.head, { ...frame, api: this.api, config: this.setup.config, siteUrl: this.setup.siteUrl });
  }

  async run(job: PageJob): Promise<PageAnswer> {
    const context = this.context!;
    this.reach.readAfter = job.readAfter ?? null;
    switch (job.kind) {
      case 'item': {
        const item = job.item;
        // "Tin liên quan": read with the item when the main thread could (a hundred per request),
        // else here, one request for the page.
        const related = job.related ?? await this.api.related(item.type, item.id);
        const view = itemView(context, item, related);
        const address = paths.item(item.type, item.slug);
        const lists = listsOf(context.tree, item);
        return { ...(await this.draw(view, address)), item: { id: item.id, file: fileOf(address), lists, related: related.map((other) => other.id) } };
      }
      case 'list':
        return this.draw(await this.listView(job), addressOfList(job.key, job.archive));
      case 'route':
        return this.draw(await viewOf(context, job.route), job.address, job.file);
    }
  }

  private async listView({ key, archive, slice, tag, author }: Extract<PageJob, { kind: 'list' }>): Promise<PageView> {
    const context = this.context!;
    const [type, slug = ''] = key.split(':') as [string, string?];
    if (type === 'section') {
      const node = trail(context.tree, slug).at(-1);
      if (!node) throw new Error(`${key} is not in the menu`);
      // The newest page opens with the stories editors chose for the section.
      return sectionView(context, node, archive, slice, archive === null ? await this.api.featured(slug) : []);
    }
    if (type === 'tag') return tagView(context, tag!, archive, slice);
    if (type === 'author') return authorView(context, author!, archive, slice);
    if (type === 'photo-stories') return photoStoriesView(context, archive, slice);
    return videosView(context, archive, slice);
  }

  /** A page drawn and compressed, for the main thread to write. */
  private async draw(view: PageView, address: string | null, file?: string): Promise<PageAnswer> {
    // The size the API gives; else read from the file's header, before the page is put
    // together (that step is synchronous: page-html.ts).
    const size = view.imageSize ?? (view.image && isRaster(view.image) ? await imageSize(view.image, (url) => this.reach.fetchUrlOf(url)) : null);
    return { written: address ?? `/${file}`, file: file ?? fileOf(address!), page: compressPage(this.renderer!.html(view, address, size), this.take) };
  }
}

/** The lists an item is on: its section and the sections above it, its tags, its credited authors' pages, the videos. */
function listsOf(tree: CategoryNode[], item: ContentItem): string[] {
  const lists = item.category ? trail(tree, item.category.slug).map((node) => `section:${node.slug}`) : [];
  for (const tag of item.tags ?? []) if (tag.slug) lists.push(`tag:${tag.slug}`);
  for (const slug of new Set((item.credits ?? []).map((credit) => credit.author.slug))) if (slug) lists.push(`author:${slug}`);
  if (item.type === 'video') lists.push('videos');
  if (item.type === 'photoStory') lists.push('photo-stories');
  return lists;
}
