// Per-page <title>, description, canonical URL and OpenGraph tags, so a shared link
// previews with the item's own title, summary and picture; and the RSS feed to discover.
import { truncate } from '../format';
import { shareImageOf } from './share-image';
import { articleProperties, structuredData, type Crumb, type StoryFacts } from './structured-data';

export interface PageMeta {
  title: string;
  description?: string | null;
  /** Absolute URL of the page's picture (share-image.ts decides whether previews can show it). */
  image?: string | null;
  /** Its size, when known (the site builder reads it from the file): og:image:width and :height. */
  imageSize?: { width: number; height: number } | null;
  type?: 'website' | 'article' | 'video.other';
  siteName: string;
  /** Error pages: keep them out of search results. */
  noindex?: boolean;
  /** The RSS feed a reader's browser or feed reader discovers on this page (the API's /feeds/rss). */
  feed?: { url: string; title: string } | null;
  /** The item the page shows: article:* properties and its JSON-LD. */
  story?: StoryFacts;
  /** The page's trail below home, for its BreadcrumbList. */
  trail?: Crumb[];
}

function setMeta(attr: 'name' | 'property', key: string, value: string | null | undefined): void {
  let element = document.head.querySelector<HTMLMetaElement>(`meta[${attr}="${key}"]`);
  if (!value) {
    element?.remove();
    return;
  }
  if (!element) {
    element = document.createElement('meta');
    element.setAttribute(attr, key);
    document.head.appendChild(element);
  }
  element.content = value;
}

export function setPageMeta(meta: PageMeta, url: string = location.href): void {
  const fullTitle = meta.title === meta.siteName ? meta.siteName : `${meta.title} | ${meta.siteName}`;
  document.title = fullTitle;
  const description = truncate(meta.description, 200);
  setMeta('name', 'description', description);
  setMeta('property', 'og:title', meta.title);
  setMeta('property', 'og:description', description);
  const share = shareImageOf(meta.image, new URL(url).origin, meta.imageSize);
  setMeta('property', 'og:image', share.url);
  setMeta('property', 'og:image:width', share.width ? String(share.width) : null);
  setMeta('property', 'og:image:height', share.height ? String(share.height) : null);
  setMeta('property', 'og:type', meta.type ?? 'website');
  setMeta('property', 'og:url', url);
  setMeta('property', 'og:site_name', meta.siteName);
  setMeta('property', 'og:locale', 'vi_VN');
  setMeta('name', 'robots', meta.noindex ? 'noindex' : null);
  // Every page has a large picture to show now: its own or the portal's.
  setMeta('name', 'twitter:card', 'summary_large_image');

  // A page's article:* tags (article:tag once per tag) and its JSON-LD replace the last page's.
  for (const stale of document.head.querySelectorAll('meta[property^="article:"], script[type="application/ld+json"]')) stale.remove();
  for (const [property, content] of meta.story ? articleProperties(meta.story.item) : []) {
    document.head.appendChild(Object.assign(document.createElement('meta'), { content })).setAttribute('property', property);
  }
  for (const block of structuredData({ origin: new URL(url).origin, siteName: meta.siteName, image: share.url }, meta.story, meta.trail)) {
    const script = document.createElement('script');
    script.type = 'application/ld+json';
    // "<" escaped: a title holding "</script>" cannot end the block early.
    script.textContent = JSON.stringify(block).replace(/</g, '\\u003c');
    document.head.appendChild(script);
  }

  let canonical = document.head.querySelector<HTMLLinkElement>('link[rel="canonical"]');
  if (!canonical) {
    canonical = document.createElement('link');
    canonical.rel = 'canonical';
    document.head.appendChild(canonical);
  }
  canonical.href = url;

  let feed = document.head.querySelector<HTMLLinkElement>('link[rel="alternate"][type="application/rss+xml"]');
  if (!meta.feed) {
    feed?.remove();
    return;
  }
  if (!feed) {
    feed = document.createElement('link');
    feed.rel = 'alternate';
    feed.type = 'application/rss+xml';
    document.head.appendChild(feed);
  }
  feed.href = meta.feed.url;
  feed.title = meta.feed.title;
}
