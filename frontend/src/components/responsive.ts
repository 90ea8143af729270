// Which copy of a library picture the browser downloads: the API lists each picture's
// renditions (ratios "original", "16:9", "4:3", "1:1"; JPEG/PNG and WebP; several widths), and
// the page names them in srcset with sizes saying how wide the picture is drawn, so a phone
// takes a narrow WebP and a wide screen a wider one. The sizes follow the layout in styles.css.
import type { Image } from '../api/types';

export type Ratio = '16:9' | '4:3' | '1:1' | 'original';

type Rendition = NonNullable<Image['renditions']>[number];

/** How wide each slot is drawn (styles.css: .page, .top-stories, .card-row, .video-grid, .photo). */
export const slotSizes = {
  /** The first story's cover: full width on phones, the wider column beside the top list above. */
  lead: '(max-width: 640px) calc(100vw - 3rem), (max-width: 960px) 55vw, 440px',
  /** A row card's thumbnail: 120px on phones, 200px otherwise (110px in the top list). */
  row: '(max-width: 640px) 120px, 200px',
  /** A tile of the video grid: two across on phones. */
  tile: '(max-width: 640px) calc(50vw - 2rem), 260px',
  /** A picture across the article column. */
  full: '(max-width: 960px) calc(100vw - 3rem), 780px',
} as const;

export interface Sources {
  /** The JPEG/PNG srcset, and the copy for browsers that read only src. */
  srcset: string;
  src: string;
  /** The WebP srcset, when there are WebP copies. */
  webp: string | null;
}

function srcsetOf(renditions: Rendition[], resolve: (url: string) => string | null): string {
  return renditions
    .map((r) => ({ url: resolve(r.url), width: r.width }))
    .filter((r): r is { url: string; width: number } => r.url !== null)
    .map((r) => `${r.url} ${r.width}w`)
    .join(', ');
}

/**
 * The srcsets of the picture's renditions in <paramref name="ratio"/>, narrowest first; for
 * the original's shape the original itself is the widest. Null when it has none in that shape
 * (a picture from outside the library, or too small to have renditions): it is shown as it is.
 * The src is the copy nearest <paramref name="width"/> without being narrower, else the widest.
 */
export function sourcesOf(image: Image, ratio: Ratio, width: number, resolve: (url: string) => string | null): Sources | null {
  const inRatio = (image.renditions ?? []).filter((r) => r.ratio === ratio).sort((a, b) => a.width - b.width);
  const plain = inRatio.filter((r) => r.contentType !== 'image/webp');
  if (!plain.length) return null;
  const webp = inRatio.filter((r) => r.contentType === 'image/webp');
  const original: Rendition[] = ratio === 'original' && image.width && image.height
    ? [{ ratio, contentType: '', width: image.width, height: image.height, url: image.url }]
    : [];
  const all = [...plain, ...original];
  const chosen = all.find((r) => r.width >= width) ?? all[all.length - 1];
  const src = chosen ? resolve(chosen.url) : null;
  if (!src) return null;
  return { srcset: srcsetOf(all, resolve), src, webp: webp.length ? srcsetOf([...webp, ...original], resolve) : null };
}
