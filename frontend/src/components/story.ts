// The parts every item page shares: the header with date and view count, the lead, the
// byline, tags and the related list.
import type { ApiClient } from '../api/client';
import type { ContentItem, ContentSummary, Page, Video } from '../api/types';
import { h } from '../dom/h';
import { formatDateTime, formatDuration, formatNumber, isoDuration } from '../format';
import { isSlug, paths } from '../routes';
import { titleCard, videoCard } from './cards';
import { creditLines, rolesLabel } from './credits';

/** h1, then "08/02/2024 07:30 · Lượt xem: 520": the view count is the API's, as fetched (and refreshed on a built page). */
export function storyHeader(item: ContentItem): HTMLElement {
  const published = formatDateTime(item.publishedAt);
  const views = formatNumber(item.viewCount);
  const seconds = item.type === 'video' ? (item as Video).durationSeconds : null;
  const duration = formatDuration(seconds);
  return h('header', { class: 'story-head' },
    h('h1', { tabindex: '-1' }, item.title),
    published || views || duration
      ? h('p', { class: 'story-meta' },
          published ? h('time', { datetime: item.publishedAt ?? undefined }, published) : null,
          duration ? h('span', null, 'Thời lượng: ', h('time', { datetime: isoDuration(seconds) }, duration)) : null,
          // data-*: the script puts the current count here on a built page (live.ts).
          views ? h('span', { class: 'views', 'data-live': 'views', 'data-type': item.type, 'data-slug': item.slug }, `Lượt xem: ${views}`) : null)
      : null);
}

/** The lead paragraph ("sapo"), bold as portals set it. */
export function lead(text: string | null | undefined): HTMLElement | null {
  const clean = text?.trim();
  return clean ? h('p', { class: 'lead' }, clean) : null;
}

/**
 * The byline: "Bài và ảnh: Lê Vũ · Dịch: Đỗ Minh", each name a link to the author's page; an
 * item without credits shows its free-text author as before.
 */
export function byline(item: Pick<ContentItem, 'author' | 'credits'>): HTMLElement | null {
  const lines = creditLines(item.credits);
  if (lines.length) {
    return h('p', { class: 'byline' },
      lines.map((line, i) => h('span', { class: 'credit' },
        i ? ' · ' : null,
        `${rolesLabel(line.roles)}: `,
        isSlug(line.author.slug)
          ? h('a', { class: 'author', href: paths.author(line.author.slug), rel: 'author' }, line.author.name)
          : h('span', { class: 'author' }, line.author.name))));
  }
  const name = item.author?.trim();
  return name ? h('p', { class: 'byline' }, h('span', { class: 'visually-hidden' }, 'Tác giả: '), h('span', { class: 'author' }, name)) : null;
}

export function tagList(item: ContentItem): HTMLElement | null {
  const tags = (item.tags ?? []).filter((tag) => tag.name?.trim());
  if (!tags.length) return null;
  return h('p', { class: 'tags' }, h('span', { class: 'tags-label' }, 'Từ khóa: '),
    // Each tag opens its page (every published item carrying it); one without a usable slug stays text.
    tags.map((tag) => (isSlug(tag.slug)
      ? h('a', { class: 'tag', href: paths.tag(tag.slug), rel: 'tag' }, tag.name)
      : h('span', { class: 'tag' }, tag.name))));
}

/**
 * "Tin cùng chuyên mục" (or, when the section has nothing else, "Tin mới nhất"): an empty,
 * hidden box the script fills after the page is shown (live.ts), so the story never waits
 * for it and a built page does not change whenever its section does.
 */
export function relatedItems(item: ContentItem): HTMLElement {
  return h('section', { class: 'related', 'aria-labelledby': 'related-title', hidden: true, 'data-live': 'related',
    'data-id': item.id, 'data-type': item.type, 'data-category': item.category?.slug });
}

/** Fills a related box (relatedItems) from the API; left hidden when there is nothing or the request fails. */
export async function fillRelated(api: ApiClient, section: HTMLElement): Promise<void> {
  const { id, type, category } = section.dataset;
  const others = (list: Page<ContentSummary>) => list.items.filter((other) => String(other.id) !== id).slice(0, 6);
  const fill = (heading: string, items: ContentSummary[]) => {
    section.replaceChildren(
      h('h2', { id: 'related-title' }, heading),
      type === 'video' ? h('div', { class: 'video-grid' }, items.map((other) => videoCard(api, other))) : h('ul', { class: 'headlines' }, items.map(titleCard)));
    section.hidden = false;
  };
  try {
    if (type === 'video') {
      const videos = others(await api.videos({ pageSize: 7 }));
      if (videos.length) fill('Phim tư liệu khác', videos);
      return;
    }
    const sameSection = category ? others(await api.content({ category, pageSize: 7 })) : [];
    if (sameSection.length) return fill('Tin cùng chuyên mục', sameSection);
    const newest = others(await api.content({ pageSize: 7 }));
    if (newest.length) fill('Tin mới nhất', newest);
  } catch {
    // optional: the page stands without it
  }
}
