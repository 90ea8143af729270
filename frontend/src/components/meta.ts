// Per-page <title>, description, canonical URL and OpenGraph tags, so a shared link
// previews with the item's own title, summary and picture; and the RSS feed to discover.
import { truncate } from '../format';
import { shareImageOf } from './share-image';
import { articleProperties, structuredData, type Crumb, type ProfileFacts, type StoryFacts } from './structured-data';

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
  /** The address canonical and og:url name instead of the page's own (an editor's override). */
  canonical?: string | null;
  /** An author's page: the person, for its ProfilePage JSON-LD. */
  profile?: ProfileFacts;
}

/**
 * The head's tags this file sets, found in one walk of the head: a query per tag cost a tenth
 * of the time the site builder takes to draw a page (linkedom compiles each selector anew).
 */
class HeadTags {
  /** <meta> by "name=description", "property=og:title"…, except article:* (see stale). */
  readonly metas = new Map<string, HTMLMetaElement>();
  /** The last page's article:* tags and JSON-LD blocks, which the next page's replace. */
  readonly stale: Element[] = [];
  canonical: HTMLLinkElement | null = null;
  feed: HTMLLinkElement | null = null;

  constructor(head: HTMLHeadElement) {
    for (const element of Array.from(head.children)) {
      const name = element.localName;
      if (name === 'meta') {
        const property = element.getAttribute('property');
        const key = property ? `property=${property}` : element.hasAttribute('name') ? `name=${element.getAttribute('name')}` : null;
        if (property?.startsWith('article:')) this.stale.push(element);
        else if (key && !this.metas.has(key)) this.metas.set(key, element as HTMLMetaElement);
      } else if (name === 'script' && element.getAttribute('type') === 'application/ld+json') {
        this.stale.push(element);
      } else if (name === 'link') {
        const rel = element.getAttribute('rel');
        if (rel === 'canonical') this.canonical ??= element as HTMLLinkElement;
        else if (rel === 'alternate' && element.getAttribute('type') === 'application/rss+xml') this.feed ??= element as HTMLLinkElement;
      }
    }
  }

  set(attr: 'name' | 'property', key: string, value: string | null | undefined): void {
    let element = this.metas.get(`${attr}=${key}`);
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
}

export function setPageMeta(meta: PageMeta, url: string = location.href): void {
  const fullTitle = meta.title === meta.siteName ? meta.siteName : `${meta.title} | ${meta.siteName}`;
  document.title = fullTitle;
  const head = new HeadTags(document.head);
  const setMeta = head.set.bind(head);
  const description = truncate(meta.description, 200);
  setMeta('name', 'description', description);
  setMeta('property', 'og:title', meta.title);
  setMeta('property', 'og:description', description);
  const share = shareImageOf(meta.image, new URL(url).origin, meta.imageSize);
  setMeta('property', 'og:image', share.url);
  setMeta('property', 'og:image:width', share.width ? String(share.width) : null);
  setMeta('property', 'og:image:height', share.height ? String(share.height) : null);
  setMeta('property', 'og:type', meta.type ?? 'website');
  // Share previews credit the same address search engines do.
  const canonicalUrl = meta.canonical ?? url;
  setMeta('property', 'og:url', canonicalUrl);
  setMeta('property', 'og:site_name', meta.siteName);
  setMeta('property', 'og:locale', 'vi_VN');
  setMeta('name', 'robots', meta.noindex ? 'noindex' : null);
  // Every page has a large picture to show now: its own or the portal's.
  setMeta('name', 'twitter:card', 'summary_large_image');

  // A page's article:* tags (article:tag once per tag) and its JSON-LD replace the last page's.
  for (const stale of head.stale) stale.remove();
  for (const [property, content] of meta.story ? articleProperties(meta.story.item) : []) {
    document.head.appendChild(Object.assign(document.createElement('meta'), { content })).setAttribute('property', property);
  }
  for (const block of structuredData({ origin: new URL(url).origin, siteName: meta.siteName, image: share.url }, meta.story, meta.trail, meta.profile)) {
    const script = document.createElement('script');
    script.type = 'application/ld+json';
    // "<" escaped: a title holding "</script>" cannot end the block early.
    script.textContent = JSON.stringify(block).replace(/</g, '\\u003c');
    document.head.appendChild(script);
  }

  let canonical = head.canonical;
  if (!canonical) {
    canonical = document.createElement('link');
    canonical.rel = 'canonical';
    document.head.appendChild(canonical);
  }
  canonical.href = canonicalUrl;

  let feed = head.feed;
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
