// How a list shows an item: one function per shape, each leaving out what the item lacks
// (no cover → no image box, no summary → no paragraph), so an article without a picture
// still makes a tidy, text-first entry.
import type { ApiClient } from '../api/client';
import type { ContentSummary } from '../api/types';
import { h } from '../dom/h';
import { formatDate, formatDuration, isoDuration, spokenDuration } from '../format';
import { paths } from '../routes';
import { picture } from './image';
import { slotSizes } from './responsive';

export const itemHref = (item: Pick<ContentSummary, 'type' | 'slug'>): string => paths.item(item.type, item.slug);

const typeLabels: Partial<Record<ContentSummary['type'], string>> = { interview: 'Phỏng vấn', video: 'Video', photoStory: 'Ảnh' };

/** "Phỏng vấn" / "Video" marker: an article needs none, it is the default. */
function typeBadge(item: ContentSummary): HTMLElement | null {
  const label = typeLabels[item.type];
  return label ? h('span', { class: `badge badge-${item.type}` }, label) : null;
}

export function dateLine(item: Pick<ContentSummary, 'publishedAt'>, withSection?: ContentSummary['category']): HTMLElement | null {
  const date = formatDate(item.publishedAt);
  if (!date && !withSection) return null;
  return h('p', { class: 'meta' },
    withSection ? h('a', { href: paths.section(withSection.slug), class: 'meta-section' }, withSection.name) : null,
    date ? h('time', { datetime: item.publishedAt ?? undefined }, date) : null);
}

/** A duration chip over a video thumbnail. */
function durationBadge(seconds: number | null | undefined): HTMLElement | null {
  const text = formatDuration(seconds);
  return text ? h('time', { class: 'duration', datetime: isoDuration(seconds), 'aria-label': spokenDuration(seconds) }, text) : null;
}

/** "12 ảnh" over a photo story's thumbnail. */
function photoCountBadge(count: number | null | undefined): HTMLElement | null {
  return count ? h('span', { class: 'photo-count' }, `${count} ảnh`) : null;
}

/**
 * The thumbnail (16:9, as .thumb draws it), linked, with the running time over it for videos and
 * the photo count for photo stories; sizes: how wide the slot is drawn.
 */
function thumb(api: ApiClient, item: ContentSummary, width: number, height: number, sizes: string, eager = false): HTMLElement | null {
  const isVideo = item.type === 'video';
  const isPhotos = item.type === 'photoStory';
  const img = picture(api, item.coverImage, { fallbackAlt: item.title, width, height, eager, placeholderWhenMissing: isVideo || isPhotos, ratio: '16:9', sizes });
  if (!img) return null;
  // The title link next to it carries the name; this link is a second way in, hidden from
  // the keyboard and screen readers so nothing is announced twice.
  return h('a', { href: itemHref(item), class: `thumb${isVideo ? ' thumb-video' : ''}${isPhotos ? ' thumb-photos' : ''}`, tabindex: '-1', 'aria-hidden': 'true' },
    img, isVideo ? durationBadge(item.durationSeconds) : null, isPhotos ? photoCountBadge(item.photoCount) : null);
}

function title(item: ContentSummary, level: 'h2' | 'h3'): HTMLElement {
  return h(level, { class: 'card-title' }, h('a', { href: itemHref(item) }, item.title));
}

function summary(item: ContentSummary): HTMLElement | null {
  const text = item.summary?.trim();
  return text ? h('p', { class: 'summary' }, text) : null;
}

/** The big story that opens a page: large cover, title, summary. */
export function leadCard(api: ApiClient, item: ContentSummary, level: 'h2' | 'h3' = 'h2'): HTMLElement {
  const image = thumb(api, item, 800, 450, slotSizes.lead, true);
  return h('article', { class: `card card-lead${image ? '' : ' no-image'}` },
    image, h('div', { class: 'card-body' }, typeBadge(item), title(item, level), dateLine(item, item.category), summary(item)));
}

/** A list row: small thumbnail on the left when there is one, title, date, summary. */
export function rowCard(api: ApiClient, item: ContentSummary, options: { showSection?: boolean; showSummary?: boolean } = {}): HTMLElement {
  const image = thumb(api, item, 320, 180, slotSizes.row);
  return h('article', { class: `card card-row${image ? '' : ' no-image'}` },
    image,
    h('div', { class: 'card-body' },
      typeBadge(item),
      title(item, 'h3'),
      dateLine(item, options.showSection ? item.category : undefined),
      options.showSummary === false ? null : summary(item)));
}

/** Just the headline and date, for dense lists (related items, section blocks). */
export function titleCard(item: ContentSummary): HTMLElement {
  return h('li', { class: 'card-title-only' },
    h('a', { href: itemHref(item) }, item.title),
    typeBadge(item),
    dateLine(item));
}

/** A photo story tile: thumbnail with its photo count, title, date, summary. */
export function photoStoryCard(api: ApiClient, item: ContentSummary, level: 'h2' | 'h3' = 'h3'): HTMLElement {
  return h('article', { class: 'card card-video card-photos' }, thumb(api, item, 320, 180, slotSizes.tile),
    h('div', { class: 'card-body' }, title(item, level), dateLine(item), summary(item)));
}

/** A video tile: thumbnail with duration, title, date. */
export function videoCard(api: ApiClient, item: ContentSummary, level: 'h2' | 'h3' = 'h3'): HTMLElement {
  return h('article', { class: 'card card-video' }, thumb(api, item, 320, 180, slotSizes.tile), h('div', { class: 'card-body' }, title(item, level), dateLine(item)));
}

/** A tile of any type: thumbnail (a video's with its running time), title, date. */
export function tileCard(api: ApiClient, item: ContentSummary): HTMLElement {
  return h('article', { class: 'card card-tile' }, thumb(api, item, 320, 180, slotSizes.tile), h('div', { class: 'card-body' }, typeBadge(item), title(item, 'h3'), dateLine(item)));
}

/** The sidebar's compact video entry. */
export function miniVideoCard(api: ApiClient, item: ContentSummary): HTMLElement {
  return h('li', { class: 'mini-video' }, thumb(api, item, 120, 68, '120px'), h('div', null, h('a', { href: itemHref(item) }, item.title)));
}
