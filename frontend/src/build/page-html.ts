// One page as a complete HTML file: the frame (header, menu, sidebar, footer) with the view in
// <main> and its meta tags in <head>, drawn by the same code the browser runs (layout.ts,
// sidebar.ts, show.ts). The JavaScript the page loads finds data-built and goes on from there.
import type { ApiClient } from '../api/client';
import type { CategoryNode, ContentSummary, Page } from '../api/types';
import { createLayout } from '../components/layout';
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

/**
 * Serializes a view as its page. Synchronous on purpose: the one shared document holds one
 * page at a time, and nothing else can run between putting the page in and reading it out.
 */
export function pageHtml(document: Document, head: string, frame: Frame, view: PageView, address: string | null,
  imageSize?: { width: number; height: number } | null): string {
  document.head.innerHTML = head;
  const root = document.getElementById('app')!;
  const layout = createLayout(root, frame.config.siteName);
  layout.setSections(frame.tree);
  layout.sidebar.append(videosBox(frame.api, { page: frame.videos }), mostReadBox(frame.api, false), statsBox().element);
  const own = view.address ?? address;
  showView(layout, view, frame.config, own ? new URL(own, frame.siteUrl).href : frame.siteUrl + '/', imageSize);
  if (own) layout.markCurrent(new URL(own, frame.siteUrl).pathname);
  root.setAttribute('data-built', '');
  return `<!doctype html>\n${document.documentElement.outerHTML}\n`;
}
