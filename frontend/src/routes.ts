// The site's URLs: readable, built from slugs, shareable. Every link the site renders
// comes from the builders below, and every URL it is opened at goes through parseRoute,
// so the two cannot disagree.
import { parsePage } from './pagination';

export type ContentType = 'article' | 'interview' | 'video';

export type Route =
  | { name: 'home' }
  | { name: 'section'; slug: string; page: number }
  | { name: 'item'; type: ContentType; slug: string }
  | { name: 'videos'; page: number }
  | { name: 'search'; q: string; page: number }
  | { name: 'tag'; slug: string; page: number }
  | { name: 'notFound' };

/** The Vietnamese path segment of each content type. */
const itemSegments: Record<ContentType, string> = {
  article: 'bai-viet',
  interview: 'phong-van',
  video: 'video',
};

const SECTION = 'chuyen-muc';
const VIDEOS = 'phim-tu-lieu';
const SEARCH = 'tim-kiem';
const TAG = 'tu-khoa';
const QUERY_PARAM = 'q';
/** The API refuses longer searches; a longer one in a URL is cut, not an error page. */
export const MAX_QUERY_LENGTH = 200;
const PAGE_PARAM = 'trang';

/** Slugs the API generates: lower case ASCII letters, digits and hyphens. */
const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Whether a slug is one the site's URLs can carry (and parseRoute will read back). */
export function isSlug(value: string | null | undefined): value is string {
  return !!value && slugPattern.test(value);
}

function withPage(path: string, page?: number): string {
  return page && page > 1 ? `${path}?${PAGE_PARAM}=${page}` : path;
}

export const paths = {
  home: (): string => '/',
  section: (slug: string, page?: number): string => withPage(`/${SECTION}/${encodeURIComponent(slug)}`, page),
  item: (type: ContentType, slug: string): string => `/${itemSegments[type]}/${encodeURIComponent(slug)}`,
  videos: (page?: number): string => withPage(`/${VIDEOS}`, page),
  tag: (slug: string, page?: number): string => withPage(`/${TAG}/${encodeURIComponent(slug)}`, page),
  search: (q: string, page?: number): string => {
    const params = new URLSearchParams({ [QUERY_PARAM]: q });
    if (page && page > 1) params.set(PAGE_PARAM, String(page));
    return `/${SEARCH}?${params.toString()}`;
  },
};

/**
 * The page's own address, as the site's links write it: what canonical and og:url name, so
 * shares of one story opened as /bai-viet/x?fbclid=…&utm_source=zalo all count as one. Null
 * for the 404 page, which has no address of its own.
 */
export function addressOf(route: Route): string | null {
  switch (route.name) {
    case 'home':
      return paths.home();
    case 'section':
      return paths.section(route.slug, route.page);
    case 'item':
      return paths.item(route.type, route.slug);
    case 'videos':
      return paths.videos(route.page);
    case 'search':
      return paths.search(route.q, route.page);
    case 'tag':
      return paths.tag(route.slug, route.page);
    case 'notFound':
      return null;
  }
}

export function parseRoute(url: URL): Route {
  const segments = url.pathname.split('/').filter(Boolean);
  const page = parsePage(url.searchParams.get(PAGE_PARAM));

  if (segments.length === 0 || (segments.length === 1 && segments[0] === 'index.html')) return { name: 'home' };
  if (segments.length === 1 && segments[0] === VIDEOS) return { name: 'videos', page };
  if (segments.length === 1 && segments[0] === SEARCH) {
    return { name: 'search', q: (url.searchParams.get(QUERY_PARAM) ?? '').trim().slice(0, MAX_QUERY_LENGTH), page };
  }
  if (segments.length !== 2) return { name: 'notFound' };

  const [first, raw] = segments as [string, string];
  let slug: string;
  try {
    slug = decodeURIComponent(raw);
  } catch {
    return { name: 'notFound' };
  }
  if (!slugPattern.test(slug)) return { name: 'notFound' };

  if (first === SECTION) return { name: 'section', slug, page };
  if (first === TAG) return { name: 'tag', slug, page };
  for (const [type, segment] of Object.entries(itemSegments) as [ContentType, string][]) {
    if (first === segment) return { name: 'item', type, slug };
  }
  return { name: 'notFound' };
}
