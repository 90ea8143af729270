// What the admin does with images from the media library: thumbnails (the smallest
// rendition), URLs the browser can load (the API stores them root-relative, /media/…, which
// must be resolved against the API's address, not the admin's), the image fields an item
// takes from a chosen picture, a <figure> for article bodies, and upload failures said in
// Vietnamese.
import { h } from '../dom/h';
import { resolveMediaUrl } from '../media';
import { ApiProblem, problemMessage } from './problem';
import type { ImageRequest, MediaResponse } from './types';

/** Picks an image from the library (a dialog); null when the person closed it without choosing. */
export type ImagePicker = () => Promise<MediaResponse | null>;

/** What the editors need for pictures: the library picker and the API's address for showing images. */
export interface ImageServices {
  apiBaseUrl: string;
  pickImage: ImagePicker;
}

/** The smallest rendition (list thumbnails), else the original: the URL as stored. */
export function thumbnailOf(media: Pick<MediaResponse, 'url' | 'renditions'>): string {
  const smallest = [...media.renditions].sort((a, b) => a.width - b.width)[0];
  return smallest?.url ?? media.url;
}

/** The reverse of resolving: an absolute URL into the API's own files goes back to root-relative, as the API stores it. */
export function storedMediaUrl(apiBaseUrl: string, url: string): string {
  const base = apiBaseUrl.replace(/\/+$/, '');
  return url.startsWith(`${base}/`) ? url.slice(base.length) : url;
}

/** A cover, portrait or thumbnail from a library image: its URL (root-relative, as stored), caption and alt. */
export function imageFromMedia(media: MediaResponse): ImageRequest {
  return { url: media.url, alt: media.alt ?? null, caption: media.caption ?? null };
}

function mapImageSources(html: string, map: (src: string) => string | null): string {
  const template = document.createElement('template');
  template.innerHTML = html;
  for (const img of Array.from(template.content.querySelectorAll('img[src]'))) {
    const src = map(img.getAttribute('src')!);
    if (src) img.setAttribute('src', src);
  }
  const container = document.createElement('div');
  container.append(template.content);
  return container.innerHTML;
}

/** An article body for the contenteditable: its /media/… images resolved against the API, so they show. */
export const bodyForEditing = (html: string, apiBaseUrl: string): string =>
  mapImageSources(html, (src) => (src.startsWith('/') && !src.startsWith('//') ? resolveMediaUrl(apiBaseUrl, src) : null));

/** And back: the API's images root-relative again, as stored everywhere else. */
export const bodyForSaving = (html: string, apiBaseUrl: string): string =>
  mapImageSources(html, (src) => storedMediaUrl(apiBaseUrl, src));

/** <figure><img src alt><figcaption>…</figcaption></figure> for an article body (the API's sanitizer keeps all three). */
export function figureFor(media: MediaResponse, apiBaseUrl: string): HTMLElement {
  return h('figure', null,
    h('img', { src: resolveMediaUrl(apiBaseUrl, media.url), alt: media.alt ?? '', width: media.width, height: media.height }),
    media.caption ? h('figcaption', null, media.caption) : null);
}

/** Why an upload was refused, in Vietnamese: by status, and for a 400 by the API's reason. */
export function uploadProblemMessage(error: unknown): string {
  if (!(error instanceof ApiProblem)) return problemMessage(error);
  const reason = (error.errors.file ?? []).join(' ') || error.detail || '';
  switch (error.status) {
    case 413:
      return 'Ảnh quá lớn: tệp vượt quá dung lượng tối đa máy chủ nhận. Hãy thu nhỏ hoặc nén ảnh rồi tải lại.';
    case 415:
      return 'Tệp này không phải ảnh JPEG, PNG, GIF hoặc WebP (máy chủ đọc loại ảnh từ nội dung tệp, không theo tên).';
    case 400:
      if (/pixels/i.test(reason)) return 'Ảnh có quá nhiều điểm ảnh (kích thước quá lớn). Hãy thu nhỏ ảnh rồi tải lại.';
      if (/empty/i.test(reason)) return 'Tệp rỗng: không có dữ liệu ảnh.';
      if (/damaged|decod|read/i.test(reason)) return 'Ảnh hỏng: máy chủ không đọc được tệp này.';
      return problemMessage(error);
    default:
      return problemMessage(error);
  }
}
