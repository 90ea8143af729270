// Puts a page view into the frame and its meta tags into the head: what the app does after
// each navigation and what the site builder does for every file it writes, in one place so
// a built page and a page drawn in the browser cannot differ.
import type { Layout } from './components/layout';
import { setPageMeta, type PageMeta } from './components/meta';
import type { SiteConfig } from './config';
import type { PageView } from './views/page';

/**
 * @param url The page's absolute address, as canonical and og:url name it.
 * @param imageSize The size of the view's picture when the view does not say it (the site builder
 *   reads it from the file).
 */
export function showView(layout: Layout, view: PageView, config: SiteConfig, url: string, imageSize?: { width: number; height: number } | null): void {
  layout.main.replaceChildren(view.content);
  layout.main.removeAttribute('aria-busy');
  // The item the page shows, for the hit beacon of a built page (app.ts).
  if (view.contentId !== undefined) layout.main.dataset.contentId = String(view.contentId);
  else delete layout.main.dataset.contentId;
  setPageMeta({ title: view.title, description: view.description, image: view.image, imageSize: view.imageSize ?? imageSize, type: view.ogType, siteName: config.siteName,
    noindex: view.noindex, feed: view.noindex ? null : feedOf(config, view.feed), story: view.story, trail: view.trail, canonical: view.canonical, profile: view.profile }, url);
}

/** The RSS feed a page offers: its own (a section's, a tag's), otherwise the whole site's. */
export function feedOf(config: SiteConfig, own?: PageView['feed']): PageMeta['feed'] {
  const url = `${config.apiBaseUrl}/api/v1/feeds/rss`;
  return own ? { url: `${url}?${own.query}`, title: `${own.name} – ${config.siteName}` } : { url, title: config.siteName };
}
