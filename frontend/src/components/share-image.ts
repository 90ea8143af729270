// The picture a shared link previews with. Facebook, Zalo and search engines show JPEG, PNG,
// WebP or GIF, never SVG: a page whose own picture is not one of those (the demo covers are
// SVG), or that has none, previews with the portal's own image (public/og-image.png, drawn by
// scripts/make-share-images.mjs), whose size is known.

export interface ShareImage {
  url: string;
  width?: number;
  height?: number;
}

export const SITE_SHARE_IMAGE = { path: '/og-image.png', width: 1200, height: 630 } as const;
/** The publisher's logo in NewsArticle JSON-LD (raster, square, ≥ 112 px as search engines ask). */
export const SITE_LOGO = { path: '/logo.png', width: 512, height: 512 } as const;

const raster = /\.(jpe?g|png|webp|gif)$/i;

/** An image's size as the API gives it: both sides, or nothing. */
export function knownSize(image: { width?: number | null; height?: number | null } | null | undefined): { width: number; height: number } | null {
  return image?.width && image.height ? { width: image.width, height: image.height } : null;
}

/** Whether a preview can show the image at this address (by its file type). */
export function isRaster(url: string): boolean {
  try {
    return raster.test(new URL(url).pathname);
  } catch {
    return false;
  }
}

/**
 * The page's own picture when a preview can show it (with its size when the caller knows it:
 * the site builder reads it from the file), the portal's image otherwise.
 */
export function shareImageOf(image: string | null | undefined, origin: string, size?: { width: number; height: number } | null): ShareImage {
  if (image && isRaster(image)) return { url: image, ...(size ?? {}) };
  return { url: new URL(SITE_SHARE_IMAGE.path, origin).href, width: SITE_SHARE_IMAGE.width, height: SITE_SHARE_IMAGE.height };
}
