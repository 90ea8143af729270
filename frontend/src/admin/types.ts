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
export type AuthorResponse = Schemas['AuthorResponse'];
export type AuthorRequest = Schemas['AuthorRequest'];
export type CreditRole = Schemas['CreditRole'];
export type ItemRoyalties = Schemas['ItemRoyalties'];
export type RoyaltiesRequest = Schemas['RoyaltiesRequest'];
export type RoyaltyReport = Schemas['RoyaltyReport'];
/**
 * A content body as the editor's form sends it: what the editor has filled in so far. The API's
 * schemas mark what it cannot do without (a title, a body…) as required, which is right for an
 * app; the form sends empty fields too and shows the API's 400 under each one, so its bodies
 * have every field optional.
 */
export type FormBody<T> = T extends readonly (infer E)[] ? FormBody<E>[] : T extends object ? { [K in keyof T]?: FormBody<T[K]> | null } : T;
export type ArticleRequest = FormBody<Schemas['ArticleRequest']>;
export type InterviewRequest = FormBody<Schemas['InterviewRequest']>;
export type VideoRequest = FormBody<Schemas['VideoRequest']>;
export type PhotoStoryRequest = FormBody<Schemas['PhotoStoryRequest']>;
export type PhotoRequest = FormBody<Schemas['PhotoRequest']>;
export type ExchangeRequest = FormBody<Schemas['ExchangeRequest']>;
export type ImageRequest = FormBody<Schemas['ImageRequest']>;
export type SeoRequest = FormBody<Schemas['SeoRequest']>;
export type VideoSourceKind = Schemas['VideoSourceKind'];
export type TranscriptImportRequest = Schemas['TranscriptImportRequest'];
export type MostViewedList = Schemas['MostViewedList'];
export type ViewPeriod = Schemas['ViewPeriod'];
export type ManagedContentSummary = Schemas['ManagedContentSummary'];
export type MediaResponse = Schemas['MediaResponse'];
export type MediaDescriptionRequest = Schemas['MediaDescriptionRequest'];
export type MediaFocalPointRequest = Schemas['MediaFocalPointRequest'];
export type RevisionSummary = Schemas['RevisionSummary'];
export type PreviewLink = Schemas['PreviewLinkResponse'];
export type NoteResponse = Schemas['NoteResponse'];
export type NotesResponse = Schemas['NotesResponse'];
export type ReturnedNotice = Schemas['ReturnedNotice'];
export type WebhookResponse = Schemas['WebhookResponse'];
export type WebhookRequest = Schemas['WebhookRequest'];
export type TagSuggestion = Schemas['TagSuggestion'];
export type FeaturedListResponse = Schemas['FeaturedListResponse'];
export type FeaturedEntry = Schemas['FeaturedEntry'];
export type RelatedPinsResponse = Schemas['RelatedPinsResponse'];
export type RelatedPinEntry = Schemas['RelatedPinEntry'];
export type WebhookDeliveryResponse = Schemas['WebhookDeliveryResponse'];
export type WebhookDeliveryState = Schemas['WebhookDeliveryState'];
export type WebhookAttemptResponse = Schemas['WebhookAttemptResponse'];
export interface WebhookDeliveryDetail {
  delivery: WebhookDeliveryResponse;
  /** The JSON body sent (the document types it as an opaque JsonNode). */
  payload: unknown;
  log: WebhookAttemptResponse[];
}

export interface RequestByType {
  article: ArticleRequest;
  interview: InterviewRequest;
  video: VideoRequest;
  photoStory: PhotoStoryRequest;
}

/** One revision in full: `content` is the request body that would write the item as it was. */
export interface RevisionDetail<T extends ContentType = ContentType> {
  revision: RevisionSummary;
  content?: RequestByType[T];
}

/** The working copy of a published item: its next version, not yet public. */
export interface WorkingCopy<T extends ContentType = ContentType> {
  contentId: number;
  content?: RequestByType[T];
  /** The item itself was saved after the copy was started: publishing the copy would undo that save. */
  outdated: boolean;
  createdAt: string;
  createdBy?: string | null;
  updatedAt: string;
  updatedBy?: string | null;
}

/** An item's edit lock: who holds it now, or holder null when nobody does. */
export type EditLock = Schemas['EditLockResponse'];
/** Who holds a lock: account, display name ("Lê Vũ"), editor tab, since when, until when without a heartbeat. */
export type LockHolder = Schemas['LockHolder'];

/** The fields every content request shares (the common part of the editor). */
export type CommonRequest = Pick<ArticleRequest, 'slug' | 'title' | 'summary' | 'coverImage' | 'categoryId' | 'tags' | 'author' | 'seo' | 'credits'>;

/** How each content type is addressed under /api/v1/manage. */
export const collectionOf: Record<ContentType, 'articles' | 'interviews' | 'videos' | 'photo-stories'> = {
  article: 'articles',
  interview: 'interviews',
  video: 'videos',
  photoStory: 'photo-stories',
};

export const contentTypes: readonly ContentType[] = ['article', 'interview', 'video', 'photoStory'];
export type LiveSessionStatus = Schemas['LiveStatusResponse'];
export type LiveSessionRequest = Schemas['LiveSessionRequest'];
export type LiveQuestionItem = Schemas['ManagedQuestionResponse'];
export type LiveQuestionState = Schemas['LiveQuestionState'];
export type QuestionUpdateRequest = Schemas['QuestionUpdateRequest'];
export type AnswerRequest = Schemas['AnswerRequest'];
