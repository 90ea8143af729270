// The admin's only door to the management API. It adds the bearer token, sends If-Match
// with the ETag the screen loaded, hands back the new ETag with every item, and turns every
// failure into an ApiProblem. A 401 anywhere also calls onUnauthorized, which takes the
// person back to the sign-in form.
import type { ContentType, Page, PagedList } from '../api/types';
import { toPage } from '../api/types';
import type { ItemByType } from '../api/client';
import { EventStreamParser } from './event-stream';
import { ApiProblem, problemFrom } from './problem';
import {
  collectionOf,
  type AuthorRequest,
  type AuthorResponse,
  type CategoryRequest,
  type CategoryResponse,
  type CreateUserRequest,
  type EditLock,
  type FeaturedListResponse,
  type ItemRoyalties,
  type AnswerRequest,
  type LiveQuestionItem,
  type LiveQuestionState,
  type LiveSessionRequest,
  type LiveSessionStatus,
  type QuestionUpdateRequest,
  type ManagedContentSummary,
  type PreviewLink,
  type MediaDescriptionRequest,
  type MediaFocalPointRequest,
  type MediaResponse,
  type NoteResponse,
  type NotesResponse,
  type RevisionDetail,
  type RevisionSummary,
  type MostViewedList,
  type RequestByType,
  type RelatedPinsResponse,
  type RoyaltiesRequest,
  type RoyaltyReport,
  type TagSuggestion,
  type TokenResponse,
  type TranscriptImportRequest,
  type UpdateUserRequest,
  type UserResponse,
  type ViewPeriod,
  type WebhookDeliveryDetail,
  type WebhookDeliveryResponse,
  type WebhookDeliveryState,
  type WebhookRequest,
  type WebhookResponse,
  type WorkingCopy,
} from './types';

/** A value with the ETag it was read with: what If-Match sends back on the next write. */
export interface Versioned<T> {
  value: T;
  etag: string;
}

export type Transition = 'submit' | 'publish' | 'unpublish' | 'archive';

export interface ManageListQuery {
  status?: string;
  category?: string;
  /** A tag slug. */
  tag?: string;
  /** Search words (title, summary, text; tone marks ignored; drafts included). */
  q?: string;
  page?: number;
  pageSize?: number;
}

export interface MediaQuery {
  q?: string;
  page?: number;
  pageSize?: number;
}

interface RequestOptions {
  body?: unknown;
  /** A multipart body (an upload): the browser sets its Content-Type with the boundary. */
  form?: FormData;
  ifMatch?: string;
  /** Sign-in: a 401 means a wrong password, not an ended session. */
  anonymous?: boolean;
  /** Sent even while the page is being closed (letting go of an edit lock on pagehide). */
  keepalive?: boolean;
}

const TIMEOUT_MS = 15_000;

export class AdminApi {
  constructor(
    readonly baseUrl: string,
    private readonly token: () => string | null,
    private readonly onUnauthorized: () => void = () => undefined,
    private readonly fetchImpl: typeof fetch = (input, init) => fetch(input, init),
  ) {}

  signIn(userName: string, password: string): Promise<TokenResponse> {
    return this.json('POST', '/auth/token', { body: { userName, password }, anonymous: true });
  }

  /** A fresh token for a still-valid one (a long working day outlasts one token). */
  refresh(): Promise<TokenResponse> {
    return this.json('POST', '/auth/refresh');
  }

  me(): Promise<UserResponse> {
    return this.json('GET', '/manage/me');
  }

  /** Answers a new token: the change ends every older one, this session's included. */
  changeOwnPassword(currentPassword: string, newPassword: string): Promise<TokenResponse> {
    return this.json('POST', '/manage/me/password', { body: { currentPassword, newPassword } });
  }

  async list(type: ContentType, query: ManageListQuery = {}): Promise<Page<ManagedContentSummary>> {
    return this.page<ManagedContentSummary>(`/manage/${collectionOf[type]}${queryString({ ...query })}`);
  }

  get<T extends ContentType>(type: T, id: number): Promise<Versioned<ItemByType[T]>> {
    return this.versioned('GET', `/manage/${collectionOf[type]}/${id}`);
  }

  create<T extends ContentType>(type: T, request: RequestByType[T]): Promise<Versioned<ItemByType[T]>> {
    return this.versioned('POST', `/manage/${collectionOf[type]}`, { body: request });
  }

  update<T extends ContentType>(type: T, id: number, request: RequestByType[T], etag: string): Promise<Versioned<ItemByType[T]>> {
    return this.versioned('PUT', `/manage/${collectionOf[type]}/${id}`, { body: request, ifMatch: etag });
  }

  async remove(type: ContentType, id: number, etag: string): Promise<void> {
    await this.send('DELETE', `/manage/${collectionOf[type]}/${id}`, { ifMatch: etag });
  }

  transition<T extends ContentType>(type: T, id: number, action: Transition, etag: string): Promise<Versioned<ItemByType[T]>> {
    return this.versioned('POST', `/manage/${collectionOf[type]}/${id}/${action}`, { ifMatch: etag });
  }

  /** publishAt: ISO 8601 with offset ("2025-01-01T06:00:00+07:00"). */
  schedule<T extends ContentType>(type: T, id: number, publishAt: string, etag: string): Promise<Versioned<ItemByType[T]>> {
    return this.versioned('POST', `/manage/${collectionOf[type]}/${id}/schedule`, { body: { publishAt }, ifMatch: etag });
  }

  /** Editors: an item in review goes back to its author as a draft; the reason is kept as a note. */
  returnToAuthor<T extends ContentType>(type: T, id: number, reason: string, etag: string): Promise<Versioned<ItemByType[T]>> {
    return this.versioned('POST', `/manage/${collectionOf[type]}/${id}/return`, { body: { reason }, ifMatch: etag });
  }

  /** The staff notes on an item (threads oldest first) and why it was returned while it waits on its author. */
  notes(type: ContentType, id: number): Promise<NotesResponse> {
    return this.json('GET', `/manage/${collectionOf[type]}/${id}/notes`);
  }

  /** A new thread, or a reply in the thread of parentId. */
  addNote(type: ContentType, id: number, text: string, parentId: number | null = null): Promise<NoteResponse> {
    return this.json('POST', `/manage/${collectionOf[type]}/${id}/notes`, { body: parentId === null ? { text } : { text, parentId } });
  }

  /** Deletes a note with its replies (authors: their own; editors: any). */
  async deleteNote(type: ContentType, id: number, noteId: number): Promise<void> {
    await this.send('DELETE', `/manage/${collectionOf[type]}/${id}/notes/${noteId}`, {});
  }

  /** The item's history, newest first. */
  revisions(type: ContentType, id: number, page = 1): Promise<Page<RevisionSummary>> {
    return this.page<RevisionSummary>(`/manage/${collectionOf[type]}/${id}/revisions${queryString({ page, pageSize: 20 })}`);
  }

  revision<T extends ContentType>(type: T, id: number, revisionId: number): Promise<RevisionDetail<T>> {
    return this.json('GET', `/manage/${collectionOf[type]}/${id}/revisions/${revisionId}`);
  }

  /** Writes the revision's content over the item; etag is the item's. */
  restoreRevision<T extends ContentType>(type: T, id: number, revisionId: number, etag: string): Promise<Versioned<ItemByType[T]>> {
    return this.versioned('POST', `/manage/${collectionOf[type]}/${id}/revisions/${revisionId}/restore`, { ifMatch: etag });
  }

  /** The item's working copy with the copy's ETag, or null when there is none (a 404). */
  async workingCopy<T extends ContentType>(type: T, id: number): Promise<Versioned<WorkingCopy<T>> | null> {
    try {
      return await this.versioned('GET', `/manage/${collectionOf[type]}/${id}/draft`);
    } catch (error) {
      if (error instanceof ApiProblem && error.kind === 'notFound') return null;
      throw error;
    }
  }

  /** Starts the copy (etag null) or replaces it (etag: the copy's, else 428). The item itself stays as it is. */
  saveWorkingCopy<T extends ContentType>(type: T, id: number, request: RequestByType[T], etag: string | null): Promise<Versioned<WorkingCopy<T>>> {
    return this.versioned('PUT', `/manage/${collectionOf[type]}/${id}/draft`, { body: request, ifMatch: etag ?? undefined });
  }

  async discardWorkingCopy(type: ContentType, id: number, etag: string): Promise<void> {
    await this.send('DELETE', `/manage/${collectionOf[type]}/${id}/draft`, { ifMatch: etag });
  }

  /** The copy replaces the live content; a 409 when the item was saved since the copy began, unless overwrite. */
  publishWorkingCopy<T extends ContentType>(type: T, id: number, etag: string, overwrite = false): Promise<Versioned<ItemByType[T]>> {
    return this.versioned('POST', `/manage/${collectionOf[type]}/${id}/draft/publish${overwrite ? '?overwrite=true' : ''}`, { ifMatch: etag });
  }

  /** The item's preview links (working, expired and revoked), newest first. */
  previewLinks(type: ContentType, id: number): Promise<PreviewLink[]> {
    return this.json('GET', `/manage/${collectionOf[type]}/${id}/preview-links`);
  }

  /** A new link showing the item to someone without an account; validHours null: the API's default lifetime. */
  createPreviewLink(type: ContentType, id: number, validHours: number | null = null): Promise<PreviewLink> {
    return this.json('POST', `/manage/${collectionOf[type]}/${id}/preview-links`, { body: validHours === null ? {} : { validHours } });
  }

  /** Stops the link working at once (revoking one already revoked changes nothing). */
  async revokePreviewLink(type: ContentType, id: number, linkId: number): Promise<void> {
    await this.send('DELETE', `/manage/${collectionOf[type]}/${id}/preview-links/${linkId}`, {});
  }

  media(query: MediaQuery = {}): Promise<Page<MediaResponse>> {
    return this.page<MediaResponse>(`/manage/media${queryString({ ...query })}`);
  }

  mediaItem(id: number): Promise<Versioned<MediaResponse>> {
    return this.versioned('GET', `/manage/media/${id}`);
  }

  uploadMedia(file: Blob, fileName: string, caption: string | null, alt: string | null): Promise<MediaResponse> {
    const form = new FormData();
    form.append('file', file, fileName);
    if (caption) form.append('caption', caption);
    if (alt) form.append('alt', alt);
    return this.json('POST', '/manage/media', { form });
  }

  describeMedia(id: number, request: MediaDescriptionRequest, etag: string): Promise<Versioned<MediaResponse>> {
    return this.versioned('PUT', `/manage/media/${id}`, { body: request, ifMatch: etag });
  }

  setMediaFocalPoint(id: number, request: MediaFocalPointRequest, etag: string): Promise<Versioned<MediaResponse>> {
    return this.versioned('PUT', `/manage/media/${id}/focal-point`, { body: request, ifMatch: etag });
  }

  async deleteMedia(id: number, etag: string): Promise<void> {
    await this.send('DELETE', `/manage/media/${id}`, { ifMatch: etag });
  }

  webhooks(): Promise<WebhookResponse[]> {
    return this.json('GET', '/manage/webhooks');
  }

  webhook(id: number): Promise<Versioned<WebhookResponse>> {
    return this.versioned('GET', `/manage/webhooks/${id}`);
  }

  /** The answer holds the secret: the only time it is shown. */
  createWebhook(request: WebhookRequest): Promise<WebhookResponse> {
    return this.json('POST', '/manage/webhooks', { body: request });
  }

  updateWebhook(id: number, request: WebhookRequest, etag: string): Promise<Versioned<WebhookResponse>> {
    return this.versioned('PUT', `/manage/webhooks/${id}`, { body: request, ifMatch: etag });
  }

  async deleteWebhook(id: number, etag: string): Promise<void> {
    await this.send('DELETE', `/manage/webhooks/${id}`, { ifMatch: etag });
  }

  deliveries(id: number, query: { state?: WebhookDeliveryState | ''; page?: number } = {}): Promise<Page<WebhookDeliveryResponse>> {
    return this.page<WebhookDeliveryResponse>(`/manage/webhooks/${id}/deliveries${queryString({ ...query, pageSize: 20 })}`);
  }

  delivery(id: number, deliveryId: number): Promise<WebhookDeliveryDetail> {
    return this.json('GET', `/manage/webhooks/${id}/deliveries/${deliveryId}`);
  }

  retryDelivery(id: number, deliveryId: number): Promise<WebhookDeliveryDetail> {
    return this.json('POST', `/manage/webhooks/${id}/deliveries/${deliveryId}/retry`);
  }

  importTranscript(request: TranscriptImportRequest): Promise<Versioned<ItemByType['interview']>> {
    return this.versioned('POST', '/manage/interviews/import', { body: request });
  }

  categories(): Promise<CategoryResponse[]> {
    return this.json('GET', '/manage/categories');
  }

  createCategory(request: CategoryRequest): Promise<CategoryResponse> {
    return this.json('POST', '/manage/categories', { body: request });
  }

  updateCategory(id: number, request: CategoryRequest, etag: string): Promise<CategoryResponse> {
    return this.json('PUT', `/manage/categories/${id}`, { body: request, ifMatch: etag });
  }

  async deleteCategory(id: number, etag: string): Promise<void> {
    await this.send('DELETE', `/manage/categories/${id}`, { ifMatch: etag });
  }

  users(): Promise<UserResponse[]> {
    return this.json('GET', '/manage/users');
  }

  createUser(request: CreateUserRequest): Promise<UserResponse> {
    return this.json('POST', '/manage/users', { body: request });
  }

  updateUser(id: number, request: UpdateUserRequest, etag: string): Promise<UserResponse> {
    return this.json('PUT', `/manage/users/${id}`, { body: request, ifMatch: etag });
  }

  async setPassword(id: number, newPassword: string): Promise<void> {
    await this.send('POST', `/manage/users/${id}/password`, { body: { newPassword } });
  }

  stats(): Promise<{ online: number; today: number; thisWeek: number; total: number }> {
    return this.json('GET', '/stats', { anonymous: true });
  }

  /** "Tiêu điểm" of the home page (no section) or of a section, every placed item with whether readers see it. */
  featured(category?: string): Promise<Versioned<FeaturedListResponse>> {
    return this.versioned('GET', `/manage/featured${queryString({ category })}`);
  }

  /** Replaces the list, in order; etag is the list's as loaded ("0" for one never saved). */
  saveFeatured(category: string | undefined, itemIds: number[], etag: string): Promise<Versioned<FeaturedListResponse>> {
    return this.versioned('PUT', `/manage/featured${queryString({ category })}`, { body: { itemIds }, ifMatch: etag });
  }

  /** Tags in use that match what is typed (tone marks ignored), for the editor's tag field. */
  tagSuggestions(q: string, limit = 8): Promise<TagSuggestion[]> {
    return this.json('GET', `/manage/tags${queryString({ q, limit })}`);
  }

  /** Editors: write a tag differently on every item carrying it (its slug follows); answers the tag with its item count. */
  renameTag(slug: string, name: string): Promise<TagSuggestion> {
    return this.json('POST', `/manage/tags/${encodeURIComponent(slug)}/rename`, { body: { name } });
  }

  /** Editors: the tag's items get `into` (a slug or a name) instead, and the tag is deleted; answers the tag kept. */
  mergeTag(slug: string, into: string): Promise<TagSuggestion> {
    return this.json('POST', `/manage/tags/${encodeURIComponent(slug)}/merge`, { body: { into } });
  }

  /** Who is editing the item now (holder null: nobody). */
  editLock(type: ContentType, id: number): Promise<EditLock> {
    return this.json('GET', `/manage/${collectionOf[type]}/${id}/lock`);
  }

  /** Takes (or renews) the item's edit lock for this editor tab; a 409 ApiProblem names the holder in `body.holder`. */
  takeEditLock(type: ContentType, id: number, sessionId: string, takeOver = false): Promise<EditLock> {
    return this.json('POST', `/manage/${collectionOf[type]}/${id}/lock`, { body: { sessionId, takeOver } });
  }

  /** The open editor's heartbeat; a 409 means someone took the lock over (`body.holder`). */
  renewEditLock(type: ContentType, id: number, sessionId: string): Promise<EditLock> {
    return this.json('PUT', `/manage/${collectionOf[type]}/${id}/lock`, { body: { sessionId } });
  }

  /** Lets go of the lock; keepalive, so it still goes out while the tab closes. */
  async releaseEditLock(type: ContentType, id: number, sessionId: string): Promise<void> {
    await this.send('DELETE', `/manage/${collectionOf[type]}/${id}/lock${queryString({ sessionId })}`, { keepalive: true });
  }

  /**
   * Follows the item's lock as server-sent events until `signal` aborts or the stream ends:
   * `onLock` gets the lock now and each time it changes hands. fetch with a streaming body,
   * not EventSource, which cannot send the bearer token.
   */
  async watchEditLock(type: ContentType, id: number, onLock: (lock: EditLock) => void, signal: AbortSignal): Promise<void> {
    const token = this.token();
    const response = await this.fetchImpl(`${this.baseUrl}/api/v1/manage/${collectionOf[type]}/${id}/lock/events`, {
      headers: { Accept: 'text/event-stream', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
      signal,
    });
    if (!response.ok || !response.body) throw await problemFrom(response);
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
    const events = new EventStreamParser();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      for (const event of events.push(value)) {
        if (event.type === 'lock') onLock(JSON.parse(event.data) as EditLock);
      }
    }
  }

  mostViewed(period: ViewPeriod, type?: ContentType, limit = 10): Promise<MostViewedList> {
    return this.json('GET', `/most-viewed${queryString({ period, type, limit })}`, { anonymous: true });
  }

  /** Authors (tác giả) by name; q matches part of a name, tone marks ignored. */
  authors(query: { q?: string; page?: number; pageSize?: number } = {}): Promise<Page<AuthorResponse>> {
    return this.page(`/manage/authors${queryString(query)}`);
  }

  /**
   * Every author (matching q), all pages: the editor's picker and the authors screen list them
   * whole, and a newsroom's contributors over the years outgrow one page of 100.
   */
  async allAuthors(q?: string): Promise<AuthorResponse[]> {
    const all: AuthorResponse[] = [];
    for (let page = 1; ; page++) {
      const answer = await this.authors({ q, page, pageSize: 100 });
      all.push(...answer.items);
      if (page >= answer.totalPages || answer.items.length === 0) return all;
    }
  }

  createAuthor(request: AuthorRequest): Promise<AuthorResponse> {
    return this.json('POST', '/manage/authors', { body: request });
  }

  updateAuthor(id: number, request: AuthorRequest, etag: string): Promise<AuthorResponse> {
    return this.json('PUT', `/manage/authors/${id}`, { body: request, ifMatch: etag });
  }

  async deleteAuthor(id: number, etag: string): Promise<void> {
    await this.send('DELETE', `/manage/authors/${id}`, { ifMatch: etag });
  }

  /** The stories pinned under an item ("Tin liên quan") and what readers see under it. */
  relatedPins(type: ContentType, id: number): Promise<RelatedPinsResponse> {
    return this.json('GET', `/manage/${collectionOf[type]}/${id}/related`);
  }

  saveRelatedPins(type: ContentType, id: number, itemIds: number[]): Promise<RelatedPinsResponse> {
    return this.json('PUT', `/manage/${collectionOf[type]}/${id}/related`, { body: { itemIds } });
  }

  royalties(type: ContentType, id: number): Promise<ItemRoyalties> {
    return this.json('GET', `/manage/${collectionOf[type]}/${id}/royalties`);
  }

  setRoyalties(type: ContentType, id: number, request: RoyaltiesRequest): Promise<ItemRoyalties> {
    return this.json('PUT', `/manage/${collectionOf[type]}/${id}/royalties`, { body: request });
  }

  /** The royalty report of the portal's days from..to (YYYY-MM-DD, both included). */
  royaltyReport(from: string, to: string): Promise<RoyaltyReport> {
    return this.json('GET', `/manage/reports/royalties${queryString({ from, to })}`);
  }

  /** The same report as the CSV file for Excel (the request needs the token, so no plain link). */
  /** An interview's live Q&A session (state null: none). */
  liveSession(id: number): Promise<LiveSessionStatus> {
    return this.json('GET', `/manage/interviews/${id}/live`);
  }

  setLiveSession(id: number, request: LiveSessionRequest): Promise<LiveSessionStatus> {
    return this.json('PUT', `/manage/interviews/${id}/live`, { body: request });
  }

  /** The moderation queue, oldest first. */
  liveQuestions(id: number, state?: LiveQuestionState): Promise<LiveQuestionItem[]> {
    return this.json('GET', `/manage/interviews/${id}/questions${queryString({ state })}`);
  }

  moderateQuestion(id: number, questionId: number, request: QuestionUpdateRequest): Promise<LiveQuestionItem> {
    return this.json('PATCH', `/manage/interviews/${id}/questions/${questionId}`, { body: request });
  }

  /** Publishes the question with its answer as the interview's next exchange; the interview with its new ETag. */
  answerQuestion(id: number, questionId: number, request: AnswerRequest): Promise<Versioned<ItemByType['interview']>> {
    return this.versioned('POST', `/manage/interviews/${id}/questions/${questionId}/answer`, { body: request });
  }

  async royaltyReportCsv(from: string, to: string): Promise<Blob> {
    return (await this.send('GET', `/manage/reports/royalties.csv${queryString({ from, to })}`, {})).blob();
  }

  private async page<T>(path: string): Promise<Page<T>> {
    return toPage(await this.json<PagedList<T>>('GET', path));
  }

  private async json<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
    return (await this.versioned<T>(method, path, options)).value;
  }

  private async versioned<T>(method: string, path: string, options: RequestOptions = {}): Promise<Versioned<T>> {
    const response = await this.send(method, path, options);
    const value = (await response.json()) as T;
    // Every management item carries its version; the ETag header is the same value quoted.
    const version = (value as { version?: unknown } | null)?.version;
    const etag = response.headers.get('ETag') ?? (typeof version === 'number' ? `"${version}"` : '');
    return { value, etag };
  }

  private async send(method: string, path: string, options: RequestOptions): Promise<Response> {
    const headers: Record<string, string> = { Accept: 'application/json' };
    const token = options.anonymous ? null : this.token();
    if (token) headers.Authorization = `Bearer ${token}`;
    if (options.body !== undefined) headers['Content-Type'] = 'application/json';
    const body = options.form ?? (options.body === undefined ? undefined : JSON.stringify(options.body));
    if (options.ifMatch) headers['If-Match'] = options.ifMatch;
    let response: Response;
    try {
      response = await this.fetchImpl(`${this.baseUrl}/api/v1${path}`, {
        method,
        headers,
        body,
        signal: AbortSignal.timeout(TIMEOUT_MS),
        keepalive: options.keepalive,
      });
    } catch (error) {
      throw new ApiProblem(0, 'unavailable', null, error instanceof Error ? error.message : null);
    }
    if (response.ok) return response;
    const problem = await problemFrom(response);
    if (problem.kind === 'unauthorized' && !options.anonymous) this.onUnauthorized();
    throw problem;
  }
}

function queryString(query: Record<string, string | number | undefined>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== '') params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}
