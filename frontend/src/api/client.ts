// The only module that talks to the API. It turns transport failures into two errors the
// views understand (not found, unavailable) and resolves media URLs against the API.
import { resolveMediaUrl } from '../media';
import type { paths } from './schema';
import {
  toPage,
  type Article,
  type Author,
  type CategoryNode,
  type ContentSummary,
  type ContentType,
  type HitRequest,
  type Interview,
  type LiveQuestion,
  type LiveSession,
  type MostViewedList,
  type Page,
  type PhotoStory,
  type PopularTag,
  type Tag,
  type Video,
  type ViewPeriod,
  type VisitorStats,
} from './types';

/** The API answered 404: the page asked for something that does not exist (or is not public). */
export class NotFoundError extends Error {}

/** The API could not be reached, timed out or failed (5xx): the reader sees the "down" message. */
export class ApiUnavailableError extends Error {}

export interface ListQuery {
  /** Search words: only matching items, best first, each with a snippet. */
  q?: string;
  category?: string;
  tag?: string;
  type?: ContentType;
  page?: number;
  pageSize?: number;
}

type JsonOf<P extends keyof paths> = paths[P] extends { get: { responses: { 200: { content: { 'application/json': infer T } } } } }
  ? T
  : never;

const REQUEST_TIMEOUT_MS = 10_000;

/** How many ids one batch read (items()) may name: the API's limit. */
export const ITEMS_PER_BATCH = 100;

/** How each content type is addressed in the API. */
const collection: Record<ContentType, '/api/v1/articles' | '/api/v1/interviews' | '/api/v1/videos' | '/api/v1/photo-stories'> = {
  article: '/api/v1/articles',
  interview: '/api/v1/interviews',
  video: '/api/v1/videos',
  photoStory: '/api/v1/photo-stories',
};

/** What a preview link gives: the item to show until expiresAt, or why the link no longer works. */
export type PreviewResult =
  | { kind: 'shown'; item: Article | Interview | Video | PhotoStory; expiresAt: string }
  | { kind: 'gone'; reason: 'expired' | 'revoked' };

export interface ItemByType {
  article: Article;
  interview: Interview;
  video: Video;
  photoStory: PhotoStory;
}

export class ApiClient {
  private categoryTree: Promise<CategoryNode[]> | undefined;

  constructor(
    readonly baseUrl: string,
    private readonly fetchImpl: typeof fetch = (input, init) => fetch(input, init),
  ) {}

  /** Newest content of every type (or one type), optionally within a section and its sub-sections. */
  async content(query: ListQuery = {}): Promise<Page<ContentSummary>> {
    return toPage(await this.get<JsonOf<'/api/v1/content'>>('/api/v1/content', query));
  }

  /** Published items of every type matching all words of `q`, tone marks and case ignored. */
  async search(q: string, query: Omit<ListQuery, 'q'> = {}): Promise<Page<ContentSummary>> {
    return toPage(await this.get<JsonOf<'/api/v1/search'>>('/api/v1/search', { ...query, q }));
  }

  async videos(query: ListQuery = {}): Promise<Page<ContentSummary>> {
    return toPage(await this.get<JsonOf<'/api/v1/videos'>>('/api/v1/videos', query));
  }

  /** "Phóng sự ảnh": published photo stories, newest first. */
  async photoStories(query: ListQuery = {}): Promise<Page<ContentSummary>> {
    return toPage(await this.get<JsonOf<'/api/v1/photo-stories'>>('/api/v1/photo-stories', query));
  }

  /**
   * "Tiêu điểm": the public stories editors chose to lead the home page (or a section), in
   * their order. Pages ask for a section only once they know it exists, so a 404 means an
   * API without featured lists (older than the site): none chosen.
   */
  featured(category?: string): Promise<ContentSummary[]> {
    return noneIfMissing(async () => (await this.get<JsonOf<'/api/v1/featured'>>('/api/v1/featured', { category })).items);
  }

  /**
   * "Chủ đề nổi bật": the tags the newest published items carry most, most carried first. An
   * API without this list (older than the site) counts as none.
   */
  popularTags(limit: number): Promise<PopularTag[]> {
    return noneIfMissing(async () => (await this.get<JsonOf<'/api/v1/tags'>>(`/api/v1/tags?limit=${limit}`)).items);
  }

  /** A tag's name, for its page; a tag no published item carries is not found. */
  async tag(slug: string): Promise<Tag> {
    return this.get<JsonOf<'/api/v1/tags/{slug}'>>(`/api/v1/tags/${encodeURIComponent(slug)}`);
  }

  /** An author (tác giả), for the head of their page; an unknown slug is not found. */
  async author(slug: string): Promise<Author> {
    return this.get<JsonOf<'/api/v1/authors/{slug}'>>(`/api/v1/authors/${encodeURIComponent(slug)}`);
  }

  /** The published items an author is credited on, newest first. */
  async authorItems(slug: string, query: Pick<ListQuery, 'page' | 'pageSize'> = {}): Promise<Page<ContentSummary>> {
    return toPage(await this.get<JsonOf<'/api/v1/authors/{slug}/items'>>(`/api/v1/authors/${encodeURIComponent(slug)}/items`, query));
  }

  /** The published items read most in the period (this week: since Monday, portal time), most first. */
  async mostViewed(period: ViewPeriod, limit: number): Promise<MostViewedList> {
    return this.get<JsonOf<'/api/v1/most-viewed'>>(`/api/v1/most-viewed?period=${period}&limit=${limit}`);
  }

  async item<T extends ContentType>(type: T, slug: string): Promise<ItemByType[T]> {
    return this.get<ItemByType[T]>(`${collection[type]}/${encodeURIComponent(slug)}`);
  }

  /**
   * "Tin liên quan": up to four public stories to show under an item (editors' pins, then those
   * sharing its tags or section). An API without the list (older than the site) gives none.
   */
  related(type: ContentType, idOrSlug: string | number): Promise<ContentSummary[]> {
    return noneIfMissing(async () => (await this.get<JsonOf<'/api/v1/articles/{idOrSlug}/related'>>(`${collection[type]}/${encodeURIComponent(String(idOrSlug))}/related`)).items);
  }

  /**
   * "Tin liên quan" of many items of one type at once (at most ITEMS_PER_BATCH ids): each public
   * item's id → its stories. The site builder reads them beside the items, a hundred per
   * request, instead of one request per page.
   */
  async relatedOfMany(type: ContentType, ids: readonly number[]): Promise<Map<number, ContentSummary[]>> {
    const query = ids.map((id) => `ids=${id}`).join('&');
    const batch = await this.get<JsonOf<'/api/v1/articles/batch/related'>>(`${collection[type]}/batch/related?${query}`);
    return new Map(batch.items.map((entry) => [entry.id, entry.items]));
  }

  /**
   * Many items of one type in full, by id (at most ITEMS_PER_BATCH): those public now, in the
   * order asked, and the ids that are not (any more). The site builder reads the items the
   * changes feed names this way, a hundred per request.
   */
  async items<T extends ContentType>(type: T, ids: readonly number[]): Promise<{ items: ItemByType[T][]; missing: number[] }> {
    const query = ids.map((id) => `ids=${id}`).join('&');
    return this.get<{ items: ItemByType[T][]; missing: number[] }>(`${collection[type]}/batch?${query}`);
  }

  /**
   * What a preview link shows (GET /api/v1/preview/{token}): the item as it stands now, in
   * its public shape, and until when the link works; or why it no longer works (a 410). A
   * token that is no link is not found. Never cached: each open asks the API again.
   */
  async preview(token: string): Promise<PreviewResult> {
    const path = `/api/v1/preview/${encodeURIComponent(token)}`;
    const response = await this.send(path, { cache: 'no-store' });
    if (response.status === 404) throw new NotFoundError(`${path}: not found`);
    if (response.status === 410) {
      const problem = (await response.json().catch(() => ({}))) as { reason?: unknown };
      return { kind: 'gone', reason: problem.reason === 'revoked' ? 'revoked' : 'expired' };
    }
    if (!response.ok) throw new ApiUnavailableError(`${path}: HTTP ${response.status}`);
    let answer: JsonOf<'/api/v1/preview/{token}'>;
    try {
      answer = (await response.json()) as JsonOf<'/api/v1/preview/{token}'>;
    } catch {
      throw new ApiUnavailableError(`${path}: the answer is not JSON`);
    }
    const item = answer.article ?? answer.interview ?? answer.video ?? answer.photoStory;
    if (!item) throw new ApiUnavailableError(`${path}: no item in the answer`);
    return { kind: 'shown', item, expiresAt: answer.expiresAt };
  }

  /** The section tree; asked once per visit, as every page's menu needs it. */
  categories(): Promise<CategoryNode[]> {
    this.categoryTree ??= this.get<JsonOf<'/api/v1/categories'>>('/api/v1/categories').catch((error: unknown) => {
      this.categoryTree = undefined; // let a later page try again once the API is back
      throw error;
    });
    return this.categoryTree;
  }

  /**
   * The hit beacon: counts this page view (and the item's view, when given) and answers
   * the visitor statistics. Null when the API does not offer it, so the site just shows
   * no statistics instead of failing.
   */
  async hit(visitorId: string, contentId?: number): Promise<VisitorStats | null> {
    const body: HitRequest = contentId === undefined ? { visitorId } : { visitorId, contentId };
    try {
      const response = await this.send('/api/v1/hits', { method: 'POST', body: JSON.stringify(body), headers: { 'Content-Type': 'application/json' } });
      return response.ok ? asStats(await response.json()) : null;
    } catch {
      return null;
    }
  }

  async stats(): Promise<VisitorStats | null> {
    try {
      const response = await this.send('/api/v1/stats');
      return response.ok ? asStats(await response.json()) : null;
    } catch {
      return null;
    }
  }

  /** An interview's live Q&A session (state null: none); null when the API cannot tell (not public, unreachable). */
  async liveSession(slug: string): Promise<LiveSession | null> {
    try {
      const response = await this.send(`/api/v1/interviews/${encodeURIComponent(slug)}/live`);
      return response.ok ? ((await response.json()) as LiveSession) : null;
    } catch {
      return null;
    }
  }

  /** Sends a reader's question: the HTTP status (202 taken, 409 not open, 429 too many, 400 refused), 0 when unreachable. */
  async askQuestion(slug: string, question: LiveQuestion): Promise<number> {
    try {
      const response = await this.send(`/api/v1/interviews/${encodeURIComponent(slug)}/questions`, {
        method: 'POST', body: JSON.stringify(question), headers: { 'Content-Type': 'application/json' },
      });
      return response.status;
    } catch {
      return 0;
    }
  }

  /** The live Q&A's server-sent events (the browser's EventSource reads it). */
  liveEventsUrl(slug: string): string {
    return `${this.baseUrl}/api/v1/interviews/${encodeURIComponent(slug)}/live/events`;
  }

  /**
   * Media URLs may be root-relative to the API ("/media/demo/x.svg"); the site is served
   * from elsewhere, so they are resolved against the API. Only http(s) URLs survive.
   */
  mediaUrl(url: string | null | undefined): string | null {
    return resolveMediaUrl(this.baseUrl, url);
  }

  private async get<T>(path: string, query: ListQuery = {}): Promise<T> {
    const response = await this.send(path + queryString(query));
    if (response.status === 404) throw new NotFoundError(`${path}: not found`);
    if (!response.ok) throw new ApiUnavailableError(`${path}: HTTP ${response.status}`);
    try {
      return (await response.json()) as T;
    } catch {
      throw new ApiUnavailableError(`${path}: the answer is not JSON`);
    }
  }

  private async send(path: string, init: RequestInit = {}): Promise<Response> {
    try {
      return await this.fetchImpl(this.baseUrl + path, {
        ...init,
        headers: { Accept: 'application/json', ...init.headers },
        signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
      });
    } catch (error) {
      throw new ApiUnavailableError(`${path}: ${error instanceof Error ? error.message : 'network error'}`);
    }
  }
}

/** A list an older API does not offer yet (a 404) is an empty one; other failures stay failures. */
async function noneIfMissing<T>(read: () => Promise<T[]>): Promise<T[]> {
  try {
    return await read();
  } catch (error) {
    if (error instanceof NotFoundError) return [];
    throw error;
  }
}

function queryString(query: ListQuery): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** Accepts the statistics only when all four numbers are there: half a box is worse than none. */
function asStats(value: unknown): VisitorStats | null {
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Record<string, unknown>;
  const keys = ['online', 'today', 'thisWeek', 'total'] as const;
  if (!keys.every((k) => typeof v[k] === 'number' && Number.isFinite(v[k]))) return null;
  return { online: v.online as number, today: v.today as number, thisWeek: v.thisWeek as number, total: v.total as number };
}
