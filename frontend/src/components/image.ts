// Images from the API: lazy-loaded, sized up front (no layout shift), always with alt
// text, and replaced by a neutral placeholder when the file fails to load, so a reader
// never sees a broken-image icon.
import type { ApiClient } from '../api/client';
import type { Image } from '../api/types';
import { h, svg } from '../dom/h';
import { type Ratio, sourcesOf } from './responsive';

export interface ImageOptions {
  /** Used when the API gives no alt text: usually the item's title. */
  fallbackAlt: string;
  /** Intrinsic size for the width/height attributes; CSS scales it, the ratio reserves space. */
  width: number;
  height: number;
  className?: string;
  /** Above the fold (the page's main picture): load at once instead of lazily. */
  eager?: boolean;
  /** Show the placeholder even when there is no image at all (uniform video grids). */
  placeholderWhenMissing?: boolean;
  /** figure(): who took the photo, printed after the caption as "Ảnh: Lê Vũ". */
  credit?: string | null;
  /** The shape the slot shows (its CSS aspect-ratio): which of the library's crops to offer. Default: the original's. */
  ratio?: Ratio;
  /** How wide the slot is drawn (responsive.ts slotSizes): lets the browser pick a copy from srcset. */
  sizes?: string;
}

function placeholder(label: string, options: ImageOptions): HTMLElement {
  const icon = svg('svg', { viewBox: '0 0 24 24', 'aria-hidden': 'true', focusable: 'false' },
    svg('path', { d: 'M4 5h16v14H4z M4 16l5-5 4 4 3-3 4 4', fill: 'none', stroke: 'currentColor', 'stroke-width': '1.5' }),
    svg('circle', { cx: '15.5', cy: '8.5', r: '1.5', fill: 'currentColor' }));
  const box = h('span', {
    class: ['media-fallback', options.className].filter(Boolean).join(' '),
    role: 'img',
    'aria-label': label,
    style: `aspect-ratio: ${options.width} / ${options.height}`,
  });
  box.append(icon);
  return box;
}

/**
 * An <img> for an API image, or null when there is none (optional data is left out). A media
 * library picture with renditions in the slot's ratio comes as a <picture>: a WebP <source> and
 * the JPEG/PNG <img>, both with srcset and the slot's sizes, so a phone downloads a small copy.
 */
export function picture(api: ApiClient, image: Image | null | undefined, options: ImageOptions): HTMLElement | null {
  const alt = image?.alt?.trim() || options.fallbackAlt;
  const plainSrc = api.mediaUrl(image?.url);
  if (!image || !plainSrc) return options.placeholderWhenMissing ? placeholder(alt, options) : null;
  const sources = sourcesOf(image, options.ratio ?? 'original', options.width, (url) => api.mediaUrl(url));
  const sizes = options.sizes ?? `${options.width}px`;
  const img = h('img', {
    src: sources?.src ?? plainSrc,
    srcset: sources?.srcset ?? null,
    sizes: sources ? sizes : null,
    alt,
    width: options.width,
    height: options.height,
    loading: options.eager ? 'eager' : 'lazy',
    decoding: 'async',
    fetchpriority: options.eager ? 'high' : null,
    class: options.className,
  });
  if (!sources) {
    img.addEventListener('error', () => img.replaceWith(placeholder(alt, options)), { once: true });
    return img;
  }
  const element = h('picture', { class: 'responsive' },
    sources.webp ? h('source', { type: 'image/webp', srcset: sources.webp, sizes }) : null,
    img);
  img.addEventListener('error', () => element.replaceWith(placeholder(alt, options)), { once: true });
  return element;
}

/** The image with its caption, as the portal shows a photo in an article. */
export function figure(api: ApiClient, image: Image | null | undefined, options: ImageOptions): HTMLElement | null {
  const img = picture(api, image, options);
  if (!img) return null;
  const caption = image?.caption?.trim();
  const credit = options.credit?.trim();
  return h('figure', { class: 'photo' }, img, caption || credit
    ? h('figcaption', null, caption ?? null, caption && credit ? ' ' : null, credit ? h('span', { class: 'photo-credit' }, `Ảnh: ${credit}`) : null)
    : null);
}
