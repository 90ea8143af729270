// What every page view receives and returns. Views only build DOM from API data; the app
// shell (app.ts) owns navigation, meta tags, the hit beacon and error pages.
import type { ApiClient } from '../api/client';
import type { CategoryNode, Image } from '../api/types';
import { knownSize } from '../components/share-image';
import type { Crumb, ProfileFacts, StoryFacts } from '../components/structured-data';
import type { SiteConfig } from '../config';
import type { Route } from '../routes';

/** A page's picture as a view gives it: the picture's address, and its size when the API knows it. */
export function pictureOf(api: ApiClient, image: Image | null | undefined): Pick<PageView, 'image' | 'imageSize'> {
  return { image: api.mediaUrl(image?.url), imageSize: knownSize(image) };
}

export interface PageContext {
  api: ApiClient;
  config: SiteConfig;
  /** The section tree, loaded once per visit. */
  tree: CategoryNode[];
}

export interface PageView {
  title: string;
  description?: string | null;
  image?: string | null;
  /** The picture's size in pixels, when the API knows it (a cover from its media library). */
  imageSize?: { width: number; height: number } | null;
  ogType?: 'website' | 'article' | 'video.other';
  content: Node;
  /** The item shown, for the hit beacon: its view is counted. Absent on lists. */
  contentId?: number;
  /** Error pages ask search engines not to index them. */
  noindex?: boolean;
  /**
   * The page's own RSS feed besides the site's: what it narrows /feeds/rss to
   * ("category=kinh-te", "tag=soc-trang") and the feed's name ("Kinh tế").
   */
  feed?: { query: string; name: string };
  /**
   * The page's own address when it was opened by an old one (a tag renamed or merged into
   * another): the address bar shows this instead, so what readers share and bookmark is current.
   */
  address?: string;
  /**
   * The address search engines should credit instead of this page's (an editor's canonical
   * URL override: the story's original lives elsewhere): canonical and og:url name it.
   */
  canonical?: string | null;
  /** The item a page shows, for its article:* properties and its NewsArticle or VideoObject JSON-LD. */
  story?: StoryFacts;
  /** The page's trail below home (sections, then the item), for its BreadcrumbList. */
  trail?: Crumb[];
  /** An author's page: the person, for its ProfilePage JSON-LD. */
  profile?: ProfileFacts;
}

export type RouteOf<N extends Route['name']> = Extract<Route, { name: N }>;
