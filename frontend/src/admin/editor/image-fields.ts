// A picture's fields (URL, alt text, caption, a thumbnail and the media library's picker), and
// the shape every group of editor fields has: its element, and read() for its part of the request.
import { h } from '../../dom/h';
import { resolveMediaUrl } from '../../media';
import { field, fieldset, textInput, valueOrNull } from '../components/field';
import { imageFromMedia, type ImageServices } from '../media-library';
import type { ImageRequest } from '../types';

export interface FieldGroup<T> {
  element: HTMLElement;
  read(): T;
}

/**
 * URL, alt text and caption of a picture, with a thumbnail of it and "Chọn ảnh từ thư viện",
 * which fills all three from a library image (its URL root-relative, as the API stores it);
 * undefined (left out of the JSON) when there is no URL: no picture at all.
 */
export function imageFields(key: string, legend: string, image: ImageRequest | null | undefined, services?: ImageServices): FieldGroup<ImageRequest | undefined> {
  const url = textInput(image?.url, { type: 'url', inputmode: 'url', placeholder: 'https://… hoặc /media/…' });
  const alt = textInput(image?.alt);
  const caption = textInput(image?.caption);
  const thumbnail = h('img', { class: 'image-preview', alt: '', hidden: true });
  const showThumbnail = () => {
    const src = services ? resolveMediaUrl(services.apiBaseUrl, url.value.trim()) : null;
    thumbnail.hidden = !src;
    if (src) thumbnail.src = src;
    else thumbnail.removeAttribute('src');
  };
  url.addEventListener('input', showThumbnail);
  showThumbnail();
  const pick = services ? h('button', { type: 'button', class: 'pick-image', onclick: async () => {
    const media = await services.pickImage();
    if (!media) return;
    const chosen = imageFromMedia(media);
    url.value = chosen.url ?? '';
    alt.value = chosen.alt ?? '';
    caption.value = chosen.caption ?? '';
    // Bubbles to the editor's form, which marks the item changed.
    url.dispatchEvent(new Event('input', { bubbles: true }));
  } }, 'Chọn ảnh từ thư viện') : null;
  return {
    element: fieldset(legend,
      h('div', { class: 'image-picker-row' }, thumbnail, pick),
      field(url, { key: `${key}.url`, label: 'Địa chỉ ảnh (URL)', hint: 'Chọn từ thư viện ảnh, hoặc dán địa chỉ của một ảnh khác.' }),
      field(alt, { key: `${key}.alt`, label: 'Mô tả ảnh (cho người khiếm thị)' }),
      field(caption, { key: `${key}.caption`, label: 'Chú thích ảnh' })),
    read: () => (valueOrNull(url) ? { url: valueOrNull(url), alt: valueOrNull(alt), caption: valueOrNull(caption) } : undefined),
  };
}
