// Names for the API's schemas. Everything here comes from schema.d.ts, which is generated
// from the API's OpenAPI document, so a renamed or retyped field breaks the build.
import type { components } from './schema';

type Schemas = components['schemas'];

export type ContentType = Schemas['ContentType'];
export type ContentSummary = Schemas['ContentSummary'];
export type Article = Schemas['ArticleResponse'];
export type Interview = Schemas['InterviewResponse'];
export type Video = Schemas['VideoResponse'];
export type PhotoStory = Schemas['PhotoStoryResponse'];
export type Photo = Schemas['PhotoResponse'];
export type ContentItem = Article | Interview | Video | PhotoStory;
export type Image = Schemas['ImageResponse'];
export type CategoryNode = Schemas['CategoryNode'];
export type CategoryRef = Schemas['CategoryRef'];
export type Exchange = Schemas['ExchangeResponse'];
export type LiveSession = Schemas['LiveStatusResponse'];
export type LiveQuestion = Schemas['QuestionRequest'];
export type Tag = Schemas['TagResponse'];
export type Author = Schemas['PublicAuthor'];
export type Credit = Schemas['CreditResponse'];
export type CreditRole = Schemas['CreditRole'];
export type PopularTag = Schemas['PopularTag'];
export type VideoSource = Schemas['VideoSourceResponse'];
export type MostViewedList = Schemas['MostViewedList'];
export type ViewPeriod = Schemas['ViewPeriod'];

/**
 * A list page with every field present. The OpenAPI document marks the paging fields
 * optional, but the API always sends them; the client fills defaults once, so views
 * never deal with a missing `items`.
 */
export interface Page<T> {
  items: T[];
  page: number;
  pageSize: number;
  totalItems: number;
  totalPages: number;
}

/** The paging fields every list answer of the API has (the item type varies). */
export interface PagedList<T> {
  items?: T[] | null;
  page?: number | null;
  pageSize?: number;
  totalItems?: number | null;
  totalPages?: number | null;
}

export function toPage<T>(list: PagedList<T>): Page<T> {
  const items = list.items ?? [];
  return {
    items,
    page: list.page ?? 1,
    pageSize: list.pageSize ?? items.length,
    totalItems: list.totalItems ?? items.length,
    totalPages: list.totalPages ?? 1,
  };
}

/** What the hit beacon sends (POST /api/v1/hits). */
export type HitRequest = Schemas['HitRequest'];

/**
 * The visitor statistics the beacon and GET /api/v1/stats answer. The document marks the
 * four numbers optional; the client accepts an answer only when all four are there.
 */
export type VisitorStats = Required<{ [K in keyof Schemas['SiteStatistics']]: NonNullable<Schemas['SiteStatistics'][K]> }>;
