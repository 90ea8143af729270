// One page as a complete HTML file: the frame (header, menu, sidebar, footer) with the view in
// <main> and its meta tags in <head>, drawn by the same code the browser runs (layout.ts,
// sidebar.ts, show.ts). The JavaScript the page loads finds data-built and goes on from there.
import type { ApiClient } from '../api/client';
import type { CategoryNode, ContentSummary, Page } from '../api/types';
import { createLayout, type Layout } from '../components/layout';
import { mostReadBox, statsBox, videosBox } from '../components/sidebar';
import type { SiteConfig } from '../config';
import { showView } from '../show';
import type { PageView } from '../views/page';

export interface Frame {
  api: ApiClient;
  config: SiteConfig;
  /** The site's public address, for canonical URLs: "https://tintuc.example.vn". */
  siteUrl: string;
  tree: CategoryNode[];
  /** The sidebar's latest videos as of this build. */
  videos: Page<ContentSummary>;
}

const HEAD = 'cms:head';
const MAIN = 'cms:main';

/**
 * Writes pages within one frame. The frame is the same on every page but for the menu entry
 * marked current, so it is drawn and serialized once per entry and each page only adds its
 * head and its <main> (a third of the time per page on a 20,000-item build).
 */
export class PageRenderer {
  private readonly frames = new Map<string, { layout: Layout; parts: [string, string, string] }>();

  constructor(
    private readonly document: Document,
    /** The shell's <head>, as every page's starts: each page's is a copy (cheaper than parsing it again). */
    private readonly head: Node,
    private readonly frame: Frame,
  ) {}

  /**
   * Serializes a view as its page. Synchronous on purpose: the one shared document holds one
   * page's head at a time, and nothing else can run between putting it in and reading it out.
   */
  html(view: PageView, address: string | null, imageSize?: { width: number; height: number } | null): string {
    const { siteUrl, config } = this.frame;
    const own = view.address ?? address;
    const { layout, parts } = this.frameOf(own ? new URL(own, siteUrl).pathname : null);
    this.document.head.replaceChildren(...this.head.cloneNode(true).childNodes);
    showView(layout, view, config, own ? new URL(own, siteUrl).href : `${siteUrl}/`, imageSize);
    return parts[0] + this.document.head.innerHTML + parts[1] + layout.main.outerHTML + parts[2];
  }

  /** The frame with the menu entry of `pathname` marked, in three parts around head and <main>. */
  private frameOf(pathname: string | null): { layout: Layout; parts: [string, string, string] } {
    // The entries are "/" and "/chuyen-muc/<slug>": a page is under at most one of them.
    const key = pathname === '/' ? '/' : /^\/chuyen-muc\/[^/]+/.exec(pathname ?? '')?.[0] ?? '';
    let known = this.frames.get(key);
    if (known) return known;
    const { document, frame } = this;
    const root = document.getElementById('app')!;
    const layout = createLayout(root, frame.config.siteName);
    layout.setSections(frame.tree);
    layout.sidebar.append(videosBox(frame.api, { page: frame.videos }), mostReadBox(frame.api, false), statsBox().element);
    if (key) layout.markCurrent(key);
    root.setAttribute('data-built', '');
    document.head.replaceChildren(document.createComment(HEAD));
    layout.main.replaceWith(document.createComment(MAIN));
    const [before, rest] = `<!doctype html>\n${document.documentElement.outerHTML}\n`.split(`<!--${HEAD}-->`) as [string, string];
    const [between, after] = rest.split(`<!--${MAIN}-->`) as [string, string];
    known = { layout, parts: [before, between, after] };
    this.frames.set(key, known);
    return known;
  }
}
