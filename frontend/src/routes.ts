// The site's URLs: readable, built from slugs, shareable. Every link the site renders
// comes from the builders below, and every URL it is opened at goes through parseRoute,
// so the two cannot disagree.
import { parsePage } from './pagination';

export type ContentType = 'article' | 'interview' | 'video' | 'photoStory';

/**
 * A list's page: its newest items (archive null, the list's own address) or one of its archive
 * pages, numbered from the oldest (archive.ts says why). `legacyPage` is an old `?trang=N`
 * link's N (pages counted from the newest), which the site forwards to the archive page.
 */
export interface ListPage {
  archive: number | null;
  legacyPage?: number;
}

export type Route =
  | { name: 'home' }
  | ({ name: 'section'; slug: string } & ListPage)
  | { name: 'item'; type: ContentType; slug: string }
  | ({ name: 'videos' } & ListPage)
  | ({ name: 'photoStories' } & ListPage)
  | { name: 'search'; q: string; page: number }
  | ({ name: 'tag'; slug: string } & ListPage)
  | { name: 'preview'; token: string }
  | ({ name: 'author'; slug: string } & ListPage)
  | { name: 'notFound' };

/** The routes whose pages are lists with archive pages. */
export type ListRoute = Extract<Route, ListPage>;

/** The Vietnamese path segment of each content type. */
const itemSegments: Record<ContentType, string> = {
  article: 'bai-viet',
  interview: 'phong-van',
  video: 'video',
  photoStory: 'anh',
};

const SECTION = 'chuyen-muc';
const VIDEOS = 'phim-tu-lieu';
/** "Phóng sự ảnh": every photo story (views/photo-stories.ts). */
const PHOTO_STORIES = 'phong-su-anh';
const SEARCH = 'tim-kiem';
const TAG = 'tu-khoa';
/** A preview link's page: an unpublished item shown to someone without an account (views/preview.ts). */
const PREVIEW = 'xem-truoc';
/** The characters of a preview token (URL-safe base64); anything else is no link at all. */
const tokenPattern = /^[A-Za-z0-9_-]{1,200}$/;
const AUTHOR = 'tac-gia';
const QUERY_PARAM = 'q';
/** The API refuses longer searches; a longer one in a URL is cut, not an error page. */
export const MAX_QUERY_LENGTH = 200;
const PAGE_PARAM = 'trang';
/** The path segment before an archive page's number: /chuyen-muc/kinh-te/trang/3. */
const ARCHIVE_SEGMENT = 'trang';

/** Slugs the API generates: lower case ASCII letters, digits and hyphens. */
const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Whether a slug is one the site's URLs can carry (and parseRoute will read back). */
export function isSlug(value: string | null | undefined): value is string {
  return !!value && slugPattern.test(value);
}

/** A list's address, or its archive page's: a path, so a static host can serve it as a file. */
function withArchive(path: string, archive?: number | null): string {
  return archive ? `${path}/${ARCHIVE_SEGMENT}/${archive}` : path;
}

export const paths = {
  home: (): string => '/',
  section: (slug: string, archive?: number | null): string => withArchive(`/${SECTION}/${encodeURIComponent(slug)}`, archive),
  item: (type: ContentType, slug: string): string => `/${itemSegments[type]}/${encodeURIComponent(slug)}`,
  videos: (archive?: number | null): string => withArchive(`/${VIDEOS}`, archive),
  photoStories: (archive?: number | null): string => withArchive(`/${PHOTO_STORIES}`, archive),
  tag: (slug: string, archive?: number | null): string => withArchive(`/${TAG}/${encodeURIComponent(slug)}`, archive),
  preview: (token: string): string => `/${PREVIEW}/${encodeURIComponent(token)}`,
  author: (slug: string, archive?: number | null): string => withArchive(`/${AUTHOR}/${encodeURIComponent(slug)}`, archive),
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
      return paths.section(route.slug, route.archive);
    case 'item':
      return paths.item(route.type, route.slug);
    case 'videos':
      return paths.videos(route.archive);
    case 'photoStories':
      return paths.photoStories(route.archive);
    case 'search':
      return paths.search(route.q, route.page);
    case 'tag':
      return paths.tag(route.slug, route.archive);
    case 'author':
      return paths.author(route.slug, route.archive);
    case 'preview': // not a page of its own for search engines or shares: no canonical
    case 'notFound':
      return null;
  }
}

export function parseRoute(url: URL): Route {
  const segments = url.pathname.split('/').filter(Boolean);
  const page = parsePage(url.searchParams.get(PAGE_PARAM));
  // An old `?trang=N` link of a list's own address: forwarded to its archive page.
  const listPage = (archive: number | null): ListPage | null => {
    if (archive === NaN_PAGE) return null;
    return archive === null && page > 1 ? { archive, legacyPage: page } : { archive };
  };

  if (segments.length === 0 || (segments.length === 1 && segments[0] === 'index.html')) return { name: 'home' };
  if ((segments[0] === VIDEOS || segments[0] === PHOTO_STORIES) && (segments.length === 1 || segments.length === 3)) {
    const list = listPage(archiveIn(segments.slice(1)));
    return list ? { name: segments[0] === VIDEOS ? 'videos' : 'photoStories', ...list } : { name: 'notFound' };
  }
  if (segments.length === 1 && segments[0] === SEARCH) {
    return { name: 'search', q: (url.searchParams.get(QUERY_PARAM) ?? '').trim().slice(0, MAX_QUERY_LENGTH), page };
  }
  // Every /xem-truoc/… address is the preview page (the servers send it its shell): a token that
  // is not one is said on that page ("không hợp lệ"), not with the site's 404.
  if (segments[0] === PREVIEW) {
    const token = segments.length === 2 ? segments[1]! : '';
    return { name: 'preview', token: tokenPattern.test(token) ? token : '' };
  }
  if (segments.length !== 2 && segments.length !== 4) return { name: 'notFound' };

  const [first, raw] = segments as [string, string];
  let slug: string;
  try {
    slug = decodeURIComponent(raw);
  } catch {
    return { name: 'notFound' };
  }
  if (!slugPattern.test(slug)) return { name: 'notFound' };

  if (first === SECTION || first === TAG || first === AUTHOR) {
    const list = listPage(archiveIn(segments.slice(2)));
    if (!list) return { name: 'notFound' };
    const name = first === SECTION ? 'section' : first === TAG ? 'tag' : 'author';
    return { name, slug, ...list };
  }
  if (segments.length !== 2) return { name: 'notFound' };
  for (const [type, segment] of Object.entries(itemSegments) as [ContentType, string][]) {
    if (first === segment) return { name: 'item', type, slug };
  }
  return { name: 'notFound' };
}

/** Marks a tail that is not an archive page ("/trang/0", "/trang/x", "/khac/2"). */
const NaN_PAGE = -1;

/** The archive page number of a list's path tail: none for [], N for ['trang', 'N']. */
function archiveIn(tail: string[]): number | null {
  if (tail.length === 0) return null;
  const [segment, number] = tail as [string, string];
  return segment === ARCHIVE_SEGMENT && /^[1-9]\d{0,6}$/.test(number) ? Number(number) : NaN_PAGE;
}
