// Names for the management API's schemas, all from the generated schema.d.ts, so a field
// the API renames or retypes breaks the admin's build, not its users.
import type { components } from '../api/schema';
import type { ContentType } from '../api/types';

type Schemas = components['schemas'];

export type ContentStatus = Schemas['ContentStatus'];
export type UserRole = Schemas['UserRole'];
export type TokenResponse = Schemas['TokenResponse'];
export type UserResponse = Schemas['UserResponse'];
export type CreateUserRequest = Schemas['CreateUserRequest'];
export type UpdateUserRequest = Schemas['UpdateUserRequest'];
export type CategoryResponse = Schemas['CategoryResponse'];
export type CategoryRequest = Schemas['CategoryRequest'];
export type ArticleRequest = Schemas['ArticleRequest'];
export type InterviewRequest = Schemas['InterviewRequest'];
export type VideoRequest = Schemas['VideoRequest'];
export type ExchangeRequest = Schemas['ExchangeRequest'];
export type ImageRequest = Schemas['ImageRequest'];
export type VideoSourceKind = Schemas['VideoSourceKind'];
export type TranscriptImportRequest = Schemas['TranscriptImportRequest'];
export type MostViewedList = Schemas['MostViewedList'];
export type ViewPeriod = Schemas['ViewPeriod'];

export interface RequestByType {
  article: ArticleRequest;
  interview: InterviewRequest;
  video: VideoRequest;
}

/** The fields every content request shares (the common part of the editor). */
export type CommonRequest = Pick<ArticleRequest, 'slug' | 'title' | 'summary' | 'coverImage' | 'categoryId' | 'tags' | 'author'>;

/** How each content type is addressed under /api/v1/manage. */
export const collectionOf: Record<ContentType, 'articles' | 'interviews' | 'videos'> = {
  article: 'articles',
  interview: 'interviews',
  video: 'videos',
};

export const contentTypes: readonly ContentType[] = ['article', 'interview', 'video'];
