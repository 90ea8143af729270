// The upload form of the media library (the media screen and the picker dialog): a file
// input or a file dropped on the zone, caption and alt; the API's refusals (too large, not
// an image, damaged) said in Vietnamese.
import { h } from '../../dom/h';
import type { AdminApi } from '../api';
import { uploadProblemMessage } from '../media-library';
import { ApiProblem } from '../problem';
import type { MediaResponse } from '../types';
import { clearFieldErrors, showFieldErrors, type MessageArea } from './errors';
import { field, textInput, valueOrNull } from './field';

/** The upload form: file input or drop zone, caption and alt; the refusals said in Vietnamese. */
export function uploadForm(api: AdminApi, messages: MessageArea, uploaded: (media: MediaResponse) => Promise<void> | void): HTMLElement {
  const file = h('input', { type: 'file', name: 'file', accept: 'image/jpeg,image/png,image/gif,image/webp' });
  const caption = textInput('', { maxlength: 1000 });
  const alt = textInput('', { maxlength: 1000 });
  const chosen = h('p', { class: 'hint chosen-file' }, 'Chưa chọn tệp.');
  let dropped: File | null = null;
  const current = () => dropped ?? file.files?.[0] ?? null;
  const showChosen = () => {
    const f = current();
    chosen.textContent = f ? `Đã chọn: ${f.name}` : 'Chưa chọn tệp.';
  };
  file.addEventListener('change', () => {
    dropped = null;
    showChosen();
  });
  const zone = h('div', { class: 'drop-zone', ondragover: (e: Event) => {
    e.preventDefault();
    zone.classList.add('over');
  }, ondragleave: () => zone.classList.remove('over'), ondrop: (e: Event) => {
    e.preventDefault();
    zone.classList.remove('over');
    dropped = (e as DragEvent).dataTransfer?.files[0] ?? null;
    showChosen();
  } }, h('p', null, 'Kéo thả ảnh vào đây, hoặc '), field(file, { key: 'file', label: 'Chọn tệp ảnh (JPEG, PNG, GIF, WebP)' }), chosen);
  const button = h('button', { type: 'submit', class: 'primary' }, 'Tải ảnh lên');
  const form = h('form', { class: 'media-upload', novalidate: true, onsubmit: (event: Event) => {
    event.preventDefault();
    void upload();
  } },
    h('h2', null, 'Tải ảnh lên'), zone, describeFields(caption, alt), button);

  async function upload(): Promise<void> {
    messages.clear();
    clearFieldErrors(form);
    const f = current();
    if (!f) {
      showFieldErrors(form, { file: ['Chọn một tệp ảnh để tải lên.'] });
      return;
    }
    button.disabled = true;
    try {
      const media = await api.uploadMedia(f, f.name, valueOrNull(caption), valueOrNull(alt));
      form.reset();
      dropped = null;
      showChosen();
      await uploaded(media);
    } catch (error) {
      const unclaimed = error instanceof ApiProblem && error.kind === 'validation' && !error.errors.file ? showFieldErrors(form, error.errors) : [];
      messages.error(uploadProblemMessage(error), unclaimed);
    } finally {
      button.disabled = false;
    }
  }
  return form;
}

/** An image's caption and alt text, side by side (upload and describe). */
export function describeFields(caption: HTMLInputElement, alt: HTMLInputElement): HTMLElement {
  return h('div', { class: 'field-row' },
    field(caption, { key: 'caption', label: 'Chú thích ảnh' }),
    field(alt, { key: 'alt', label: 'Mô tả ảnh (cho người khiếm thị)' }));
}
