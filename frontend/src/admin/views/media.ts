// The media library (#/media): upload images (a file input or a file dropped on the zone,
// with caption and alt), search and page through them, describe one (caption and alt, sent
// with If-Match) and, for editors, delete one after a confirmation.
import { h } from '../../dom/h';
import { formatDateTime } from '../../format';
import { resolveMediaUrl } from '../../media';
import { clearFieldErrors, messageArea, showFieldErrors } from '../components/errors';
import { field, textInput, valueOrNull } from '../components/field';
import { mediaBrowser } from '../components/media-grid';
import type { AdminContext } from '../context';
import { uploadProblemMessage } from '../media-library';
import { ApiProblem, problemMessage } from '../problem';
import { isEditor } from '../session';
import type { MediaResponse } from '../types';

export async function mediaPage(context: AdminContext): Promise<HTMLElement> {
  const { api } = context;
  const messages = messageArea();
  const editSlot = h('div', { class: 'media-edit-slot' });
  const browser = mediaBrowser(api, (media) => [
    h('button', { type: 'button', onclick: () => void edit(media) }, 'Sửa mô tả'),
    isEditor(context.session.role) ? h('button', { type: 'button', class: 'danger', onclick: () => void remove(media) }, 'Xoá') : null,
  ]);

  async function edit(media: MediaResponse): Promise<void> {
    messages.clear();
    try {
      // The list rows carry no version: the ETag comes from reading the image now.
      const current = await api.mediaItem(media.id);
      editSlot.replaceChildren(describeForm(current.value, current.etag));
      editSlot.scrollIntoView({ block: 'nearest' });
    } catch (error) {
      messages.error(problemMessage(error));
    }
  }

  function describeForm(media: MediaResponse, etag: string): HTMLElement {
    const caption = textInput(media.caption, { maxlength: 1000 });
    const alt = textInput(media.alt, { maxlength: 1000 });
    const form = h('form', { class: 'media-describe', novalidate: true, onsubmit: (event: Event) => {
      event.preventDefault();
      clearFieldErrors(form);
      api.describeMedia(media.id, { caption: valueOrNull(caption), alt: valueOrNull(alt) }, etag)
        .then(async () => {
          editSlot.replaceChildren();
          await browser.load();
          messages.success('Đã lưu mô tả ảnh.');
        })
        .catch((error: unknown) => {
          const unclaimed = error instanceof ApiProblem && error.kind === 'validation' ? showFieldErrors(form, error.errors) : [];
          messages.error(problemMessage(error), unclaimed);
        });
    } },
      h('h2', null, `Sửa mô tả: ${media.fileName}`),
      h('img', { class: 'media-large', src: resolveMediaUrl(api.baseUrl, media.renditions.find((r) => r.width >= 800)?.url ?? media.url), alt: media.alt ?? '' }),
      h('p', { class: 'hint' }, `${media.width}×${media.height} · ${media.contentType} · tải lên ${formatDateTime(media.createdAt) ?? ''}${media.createdBy ? ` bởi ${media.createdBy}` : ''} · `,
        h('code', null, media.url)),
      describeFields(caption, alt),
      h('button', { type: 'submit', class: 'primary' }, 'Lưu mô tả'),
      h('button', { type: 'button', onclick: () => editSlot.replaceChildren() }, 'Huỷ'));
    return form;
  }

  async function remove(media: MediaResponse): Promise<void> {
    if (!window.confirm(`Xoá ảnh “${media.fileName}”? Các bài đang dùng ảnh này sẽ mất ảnh. Không thể hoàn tác.`)) return;
    messages.clear();
    try {
      const current = await api.mediaItem(media.id);
      await api.deleteMedia(media.id, current.etag);
      editSlot.replaceChildren();
      await browser.load();
      messages.success('Đã xoá ảnh.');
    } catch (error) {
      messages.error(problemMessage(error));
    }
  }

  await browser.load(1);
  return h('div', { class: 'media-page' },
    h('h1', null, 'Thư viện ảnh'),
    messages.element,
    uploadForm(context, messages, () => browser.load(1)),
    editSlot,
    browser.element);
}

/** The upload form: file input or drop zone, caption and alt; the refusals said in Vietnamese. */
function uploadForm(context: AdminContext, messages: ReturnType<typeof messageArea>, uploaded: () => Promise<void>): HTMLElement {
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
      const media = await context.api.uploadMedia(f, f.name, valueOrNull(caption), valueOrNull(alt));
      form.reset();
      dropped = null;
      showChosen();
      await uploaded();
      messages.success(`Đã tải lên ${media.fileName} (${media.width}×${media.height}).`);
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
function describeFields(caption: HTMLInputElement, alt: HTMLInputElement): HTMLElement {
  return h('div', { class: 'field-row' },
    field(caption, { key: 'caption', label: 'Chú thích ảnh' }),
    field(alt, { key: 'alt', label: 'Mô tả ảnh (cho người khiếm thị)' }));
}
