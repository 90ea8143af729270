// A photo story's photos, in order: each a picture (URL, caption, alt) with its credit. The
// model is an OrderedList (add, remove, move up, move down); the view redraws from it after each.
import { h } from '../../dom/h';
import { resolveMediaUrl } from '../../media';
import { field, textInput } from '../components/field';
import { imageFromMedia, type ImageServices } from '../media-library';
import type { MediaResponse, PhotoRequest } from '../types';
import { OrderedList } from './ordered-list';

export interface PhotoDraft {
  url: string;
  caption: string;
  alt: string;
  credit: string;
}

export class PhotoList extends OrderedList<PhotoDraft> {
  constructor(initial: readonly PhotoRequest[] = []) {
    super(initial.map((p) => ({ url: p.image?.url ?? '', caption: p.image?.caption ?? '', alt: p.image?.alt ?? '', credit: p.credit ?? '' })));
  }

  /** Adds a photo at the end (a library image's URL, caption and alt, or an empty row); returns its index. */
  add(media?: MediaResponse): number {
    const image = media ? imageFromMedia(media) : null;
    this.items.push({ url: image?.url ?? '', caption: image?.caption ?? '', alt: image?.alt ?? '', credit: '' });
    return this.items.length - 1;
  }

  /** What the API receives: trimmed text, null for what was left empty. */
  toRequest(): PhotoRequest[] {
    const text = (value: string) => value.trim() || null;
    return this.items.map((p) => ({ image: { url: text(p.url), caption: text(p.caption), alt: text(p.alt) }, credit: text(p.credit) }));
  }
}

/**
 * The editable list. Each row's fields carry the API's error keys (photos[i].image.url), so they
 * are renumbered on every redraw; focus follows the row acted on. Photos come from the media
 * library ("Thêm ảnh từ thư viện"), or by address.
 */
export function photoListView(list: PhotoList, onChange: () => void, services?: ImageServices): HTMLElement {
  const rows = h('ol', { class: 'photos' });
  const fromLibrary = services ? h('button', { type: 'button', class: 'add-photo', onclick: async () => {
    const media = await services.pickImage();
    if (media) act(() => list.add(media), '.photo-caption');
  } }, '+ Thêm ảnh từ thư viện') : null;
  const container = h('div', { class: 'photo-editor', 'data-field': 'photos' },
    h('p', { class: 'field-error', hidden: true, role: 'alert' }),
    rows,
    h('div', { class: 'photo-add' },
      fromLibrary,
      h('button', { type: 'button', class: 'add-photo-url', onclick: () => act(() => list.add(), '.photo-url') }, '+ Thêm ảnh theo địa chỉ')));

  function act(change: () => number | void, focusSelector: string): void {
    const index = change();
    redraw();
    onChange();
    if (typeof index === 'number') rows.children[Math.min(index, list.length - 1)]?.querySelector<HTMLElement>(focusSelector)?.focus();
  }

  function row(photo: PhotoDraft, index: number): HTMLElement {
    const number = index + 1;
    const url = textInput(photo.url, { class: 'photo-url', type: 'url', inputmode: 'url', placeholder: 'https://… hoặc /media/…' });
    const caption = textInput(photo.caption, { class: 'photo-caption', maxlength: 1000 });
    const alt = textInput(photo.alt, { class: 'photo-alt', maxlength: 500 });
    const credit = textInput(photo.credit, { class: 'photo-credit-input', maxlength: 200, placeholder: 'Lê Vũ' });
    const src = services ? resolveMediaUrl(services.apiBaseUrl, photo.url) : null;
    url.addEventListener('input', () => list.update(index, { url: url.value }));
    caption.addEventListener('input', () => list.update(index, { caption: caption.value }));
    alt.addEventListener('input', () => list.update(index, { alt: alt.value }));
    credit.addEventListener('input', () => list.update(index, { credit: credit.value }));
    const last = list.length - 1;
    return h('li', { class: 'photo-row' },
      h('div', { class: 'photo-head' },
        h('span', { class: 'photo-number' }, `Ảnh ${number}`),
        h('span', { class: 'photo-tools' },
          h('button', { type: 'button', class: 'move-up', disabled: index === 0, 'aria-label': `Đưa ảnh ${number} lên`, onclick: () => act(() => list.move(index, -1), '.move-up') }, '↑ Lên'),
          h('button', { type: 'button', class: 'move-down', disabled: index === last, 'aria-label': `Đưa ảnh ${number} xuống`, onclick: () => act(() => list.move(index, 1), '.move-down') }, '↓ Xuống'),
          h('button', { type: 'button', class: 'remove danger', 'aria-label': `Xoá ảnh ${number}`, onclick: () => act(() => list.remove(index), '.photo-caption') }, 'Xoá'))),
      src ? h('img', { class: 'image-preview', src, alt: '' }) : null,
      field(url, { key: `photos[${index}].image.url`, label: 'Địa chỉ ảnh (URL)' }),
      field(caption, { key: `photos[${index}].image.caption`, label: 'Chú thích ảnh' }),
      field(alt, { key: `photos[${index}].image.alt`, label: 'Mô tả ảnh (cho người khiếm thị)' }),
      field(credit, { key: `photos[${index}].credit`, label: 'Người chụp', hint: 'In dưới ảnh thành "Ảnh: Lê Vũ".' }));
  }

  function redraw(): void {
    rows.replaceChildren(...list.all().map(row));
  }

  redraw();
  return container;
}
