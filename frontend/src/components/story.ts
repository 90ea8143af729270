// The parts every item page shares: the header with date and view count, the lead, the
// byline, tags and the related list.
import type { ApiClient } from '../api/client';
import type { ContentItem, ContentSummary } from '../api/types';
import { h } from '../dom/h';
import { formatDateTime, formatNumber } from '../format';
import { titleCard, videoCard } from './cards';

/** h1, then "08/02/2024 07:30 · Lượt xem: 520": the view count is the API's, as fetched. */
export function storyHeader(item: ContentItem): HTMLElement {
  const published = formatDateTime(item.publishedAt);
  const views = formatNumber(item.viewCount);
  return h('header', { class: 'story-head' },
    h('h1', { tabindex: '-1' }, item.title),
    published || views
      ? h('p', { class: 'story-meta' },
          published ? h('time', { datetime: item.publishedAt ?? undefined }, published) : null,
          views ? h('span', { class: 'views' }, `Lượt xem: ${views}`) : null)
      : null);
}

/** The lead paragraph ("sapo"), bold as portals set it. */
export function lead(text: string | null | undefined): HTMLElement | null {
  const clean = text?.trim();
  return clean ? h('p', { class: 'lead' }, clean) : null;
}

export function byline(author: string | null | undefined): HTMLElement | null {
  const name = author?.trim();
  return name ? h('p', { class: 'byline' }, h('span', { class: 'visually-hidden' }, 'Tác giả: '), name) : null;
}

export function tagList(item: ContentItem): HTMLElement | null {
  const tags = (item.tags ?? []).filter((tag) => tag.name?.trim());
  if (!tags.length) return null;
  return h('p', { class: 'tags' }, h('span', { class: 'tags-label' }, 'Từ khóa: '),
    tags.map((tag) => h('span', { class: 'tag' }, tag.name)));
}

/**
 * "Tin cùng chuyên mục": filled after the page is shown, so the story never waits for it;
 * left out when there is nothing (or the request fails): it is optional.
 */
export function relatedItems(api: ApiClient, item: ContentItem): HTMLElement {
  const isVideo = item.type === 'video';
  const heading = isVideo ? 'Phim tư liệu khác' : 'Tin cùng chuyên mục';
  const section = h('section', { class: 'related', 'aria-labelledby': 'related-title', hidden: true });
  const request = isVideo ? api.videos({ pageSize: 7 }) : item.category ? api.content({ category: item.category.slug, pageSize: 7 }) : null;
  request
    ?.then((list) => {
      const others: ContentSummary[] = list.items.filter((other) => other.id !== item.id).slice(0, 6);
      if (!others.length) return;
      section.append(
        h('h2', { id: 'related-title' }, heading),
        isVideo ? h('div', { class: 'video-grid' }, others.map((other) => videoCard(api, other))) : h('ul', { class: 'headlines' }, others.map(titleCard)));
      section.hidden = false;
    })
    .catch(() => undefined);
  return section;
}
