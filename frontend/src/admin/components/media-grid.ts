// Library images as tiles (thumbnail, file name, size, caption), shared by the media screen
// and the picker dialog, and the picker itself: a modal dialog with the library's search and
// pages, answering the image chosen.
import { buttonPager } from '../../components/pager';
import { h, type Child } from '../../dom/h';
import { formatNumber } from '../../format';
import { resolveMediaUrl } from '../../media';
import type { AdminApi } from '../api';
import { thumbnailOf, type ImagePicker } from '../media-library';
import { messageArea } from './errors';
import { uploadForm } from './media-upload';
import { problemMessage } from '../problem';
import type { MediaResponse } from '../types';

export function mediaTile(media: MediaResponse, apiBaseUrl: string, ...tools: Child[]): HTMLElement {
  return h('li', { class: 'media-tile', 'data-media': media.id },
    h('img', { class: 'media-thumb', src: resolveMediaUrl(apiBaseUrl, thumbnailOf(media)), alt: media.alt ?? '', loading: 'lazy' }),
    h('p', { class: 'media-name', title: media.fileName }, media.fileName),
    h('p', { class: 'hint' }, `${media.width}×${media.height} · ${formatNumber(Math.ceil(media.sizeBytes / 1024))} KB`),
    media.caption ? h('p', { class: 'media-caption' }, media.caption) : null,
    tools);
}

/** Search box, "Trước"/"Sau" pages and the grid, reading the library through `api`. */
export function mediaBrowser(api: AdminApi, tileTools: (media: MediaResponse) => Child[]): { element: HTMLElement; load(page?: number): Promise<void> } {
  const q = h('input', { type: 'search', name: 'q', 'aria-label': 'Tìm ảnh', placeholder: 'Tên tệp, chú thích, mô tả…' });
  const grid = h('ul', { class: 'media-grid' });
  const status = h('p', { class: 'count', role: 'status' });
  const pager = h('div');
  let page = 1;
  async function load(to = page): Promise<void> {
    page = to;
    try {
      const list = await api.media({ q: q.value.trim(), page, pageSize: 24 });
      status.textContent = list.totalItems ? `${list.totalItems} ảnh · trang ${list.page}/${list.totalPages}` : 'Không có ảnh nào.';
      grid.replaceChildren(...list.items.map((m) => mediaTile(m, api.baseUrl, tileTools(m))));
      pager.replaceChildren(buttonPager(list.page, list.totalPages, (n) => void load(n), 'Trang thư viện ảnh') ?? '');
    } catch (error) {
      status.textContent = problemMessage(error);
    }
  }
  const element = h('div', { class: 'media-browser' },
    h('form', { class: 'filters', role: 'search', onsubmit: (e: Event) => {
      e.preventDefault();
      void load(1);
    } }, q, h('button', { type: 'submit' }, 'Tìm')),
    status, grid, pager);
  return { element, load };
}

/** "Chọn ảnh từ thư viện": a modal dialog; resolves with the image clicked, or null when closed. */
export function mediaPicker(api: AdminApi): ImagePicker {
  return () => new Promise((resolve) => {
    let chosen: MediaResponse | null = null;
    const dialog = h('dialog', { class: 'media-picker', 'aria-label': 'Chọn ảnh từ thư viện' });
    const browser = mediaBrowser(api, (media) => [h('button', { type: 'button', class: 'primary choose', onclick: () => {
      chosen = media;
      dialog.close();
    } }, 'Chọn ảnh này')]);
    const messages = messageArea();
    // A new picture is uploaded here and chosen at once: the editor need not be left (and its work lost).
    const upload = h('details', { class: 'picker-upload' }, h('summary', null, 'Tải ảnh mới lên'), uploadForm(api, messages, (media) => {
      chosen = media;
      dialog.close();
    }));
    dialog.append(
      h('div', { class: 'dialog-head' }, h('h2', null, 'Chọn ảnh từ thư viện'), h('button', { type: 'button', class: 'close', onclick: () => dialog.close() }, 'Đóng')),
      messages.element,
      upload,
      browser.element);
    dialog.addEventListener('close', () => {
      dialog.remove();
      resolve(chosen);
    });
    document.body.append(dialog);
    dialog.showModal();
    void browser.load(1);
  });
}
