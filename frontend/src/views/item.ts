// Article, interview, video and photo story pages. They share the frame (breadcrumbs, title, date,
// view count, lead, cover, byline, tags, related) and differ in the middle.
import type { ApiClient } from '../api/client';
import type { Article, CategoryNode, ContentItem, ContentSummary, Exchange, Interview, PhotoStory, Video } from '../api/types';
import { breadcrumbs } from '../components/breadcrumbs';
import { figure, picture } from '../components/image';
import { photoGallery } from '../components/photo-story';
import { slotSizes } from '../components/responsive';
import { videoPlayer } from '../components/player';
import { relatedStories } from '../components/related-stories';
import { byline, lead, relatedItems, storyHeader, tagList } from '../components/story';
import { trailOf } from '../components/structured-data';
import { h, sanitizedHtml, type Child } from '../dom/h';
import { paragraphs } from '../format';
import { paths } from '../routes';
import { pictureOf, type PageContext, type PageView, type RouteOf } from './page';

export async function itemPage(context: PageContext, route: RouteOf<'item'>): Promise<PageView> {
  const [item, related] = await Promise.all([context.api.item(route.type, route.slug), context.api.related(route.type, route.slug).catch(() => [])]);
  const view = itemView(context, item, related);
  // Opened by an old slug (the API answers the item under its current one): the address bar
  // shows the current address, which is what readers then share.
  return item.slug === route.slug ? view : { ...view, address: paths.item(item.type, item.slug) };
}

/**
 * An item's page from the item itself (the site builder reads items a hundred at a time). Its
 * head uses the editor's search and share overrides (`seo`) where set, the story's own
 * title, lead and cover otherwise; the page itself always shows the story's own.
 */
export function itemView(context: PageContext, item: ContentItem, related: readonly ContentSummary[] = []): PageView {
  const { api, tree } = context;
  const seo = item.seo;
  return {
    title: seo?.title ?? item.title,
    description: seo?.description ?? item.summary,
    // A photo story without a cover is shared with its first photo.
    ...pictureOf(api, seo?.image ?? item.coverImage ?? (item.type === 'photoStory' ? (item as PhotoStory).photos[0]?.image : null)),
    canonical: seo?.canonicalUrl,
    ogType: item.type === 'video' ? 'video.other' : 'article',
    contentId: item.id,
    content: h('div', { class: 'item-page' }, itemStory(api, tree, item), relatedStories(api, item, related), relatedItems(item)),
    story: { item, mediaUrl: (url) => api.mediaUrl(url) },
    trail: trailOf(tree, item.category?.slug, item),
  };
}

/**
 * The item itself as readers see it: breadcrumbs and the story. Exported for the admin's
 * preview, which renders an unsaved draft with exactly this code.
 */
export function itemStory(api: ApiClient, tree: CategoryNode[], item: ContentItem): Child[] {
  let middle: Child[];
  switch (item.type) {
    case 'interview':
      middle = interviewParts(api, item as Interview);
      break;
    case 'video':
      middle = videoParts(api, item as Video);
      break;
    case 'photoStory':
      middle = [lead(item.summary), photoGallery(api, item as PhotoStory)];
      break;
    default:
      middle = articleParts(api, item as Article);
  }
  return [
    breadcrumbs(tree, item.category?.slug),
    h('article', { class: `story story-${item.type}` },
      storyHeader(item),
      middle,
      byline(item),
      tagList(item)),
  ];
}

function coverFigure(api: ApiClient, item: ContentItem): HTMLElement | null {
  return figure(api, item.coverImage, { fallbackAlt: item.title, width: 800, height: 450, eager: true, className: 'cover', sizes: slotSizes.full });
}

function articleParts(api: ApiClient, article: Article): Child[] {
  return [
    lead(article.summary),
    coverFigure(api, article),
    article.body ? h('div', { class: 'story-body' }, sanitizedHtml(article.body, (url) => api.mediaUrl(url))) : null,
  ];
}

function interviewParts(api: ApiClient, interview: Interview): Child[] {
  const coverCaption = interview.coverImage?.caption?.trim();
  return [
    lead(interview.summary),
    coverFigure(api, interview),
    intervieweeCard(api, interview, coverCaption),
    // data-live="qa": a live Q&A's form and new answers join it (components/live-qa.ts).
    h('section', { class: 'qa', 'aria-label': 'Nội dung phỏng vấn', 'data-live': 'qa', 'data-slug': interview.slug },
      (interview.exchanges ?? []).map(exchangeBlock),
      interview.closing?.trim() ? question(interview.closing, true) : null),
  ];
}

/** One question and its answer; a reader's question (a live Q&A) names the reader instead of "PV". */
export function exchangeBlock(exchange: Exchange): HTMLElement {
  return h('div', { class: 'exchange' },
    exchange.asker ? readerQuestion(exchange.question, exchange.asker) : question(exchange.question),
    h('div', { class: 'answer' }, paragraphs(exchange.answer).map((text, index) =>
      // As on the portal, the answer opens with the speaker's name.
      h('p', null, index === 0 ? [h('strong', { class: 'speaker' }, `${exchange.speaker}:`), ' '] : null, text))));
}

function readerQuestion(text: string, asker: string): HTMLElement {
  return h('h2', { class: 'question reader-question' },
    h('span', { class: 'asker' }, `Bạn đọc ${asker} hỏi:`), ' ',
    h('span', { class: 'question-text' }, text.trim()));
}

/**
 * The interviewer's line: marked "PV" (phóng viên) so it reads as a question at a glance. A
 * question is a heading (h2 under the title), so a screen reader's reader can go question to
 * question; the closing thanks is a paragraph.
 */
function question(text: string, closing = false): HTMLElement {
  return h(closing ? 'p' : 'h2', { class: closing ? 'question closing' : 'question' },
    h('abbr', { class: 'qa-mark', title: 'Phóng viên' }, 'PV'), ' ',
    h('span', { class: 'question-text' }, text.trim()));
}

/**
 * Name, position and portrait with its caption. When the portrait's caption repeats the
 * cover photo's caption word for word, it is said once (under the cover), not twice.
 */
function intervieweeCard(api: ApiClient, interview: Interview, coverCaption: string | undefined): HTMLElement | null {
  const person = interview.interviewee;
  if (!person?.name?.trim()) return null;
  const portraitCaption = person.portrait?.caption?.trim();
  const portrait = picture(api, person.portrait, { fallbackAlt: `Chân dung ${person.name}`, width: 160, height: 200, className: 'portrait' });
  return h('aside', { class: 'interviewee', 'aria-label': 'Người được phỏng vấn' },
    portrait
      ? h('figure', { class: 'interviewee-photo' }, portrait,
          portraitCaption && portraitCaption !== coverCaption ? h('figcaption', null, portraitCaption) : null)
      : null,
    h('div', { class: 'interviewee-text' },
      h('p', { class: 'interviewee-name' }, person.name),
      person.position?.trim() ? h('p', { class: 'interviewee-position' }, person.position) : null));
}

function videoParts(api: ApiClient, video: Video): Child[] {
  const summary = video.summary?.trim();
  const description = video.description?.trim();
  return [
    videoPlayer(api, video),
    lead(summary),
    description && description !== summary ? paragraphs(description).map((text) => h('p', { class: 'description' }, text)) : null,
  ];
}
