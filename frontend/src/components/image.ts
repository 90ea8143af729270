// Images from the API: lazy-loaded, sized up front (no layout shift), always with alt
// text, and replaced by a neutral placeholder when the file fails to load, so a reader
// never sees a broken-image icon.
import type { ApiClient } from '../api/client';
import type { Image } from '../api/types';
import { h, svg } from '../dom/h';

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

/** An <img> for an API image, or null when there is none (optional data is left out). */
export function picture(api: ApiClient, image: Image | null | undefined, options: ImageOptions): HTMLElement | null {
  const alt = image?.alt?.trim() || options.fallbackAlt;
  const src = api.mediaUrl(image?.url);
  if (!src) return options.placeholderWhenMissing ? placeholder(alt, options) : null;
  const img = h('img', {
    src,
    alt,
    width: options.width,
    height: options.height,
    loading: options.eager ? 'eager' : 'lazy',
    decoding: 'async',
    fetchpriority: options.eager ? 'high' : null,
    class: options.className,
  });
  img.addEventListener('error', () => img.replaceWith(placeholder(alt, options)), { once: true });
  return img;
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
