// The media library (#/media): upload images (a file input or a file dropped on the zone,
// with caption and alt), search and page through them, describe one (caption and alt, sent
// with If-Match) and, for editors, delete one after a confirmation.
import { h } from '../../dom/h';
import { formatDateTime } from '../../format';
import { resolveMediaUrl } from '../../media';
import { clearFieldErrors, messageArea, showFieldErrors } from '../components/errors';
import { textInput, valueOrNull } from '../components/field';
import { mediaBrowser } from '../components/media-grid';
import { focalPointPicker } from '../components/focal-point';
import { describeFields, uploadForm } from '../components/media-upload';
import type { AdminContext } from '../context';
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
      // The focal point saves on its own; the description form then sends the version it made.
      const form = describeForm(current.value, current.etag);
      editSlot.replaceChildren(form, focalPointPicker(api, current.value, current.etag, messages, (_, etag) => { form.dataset.etag = etag; }));
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
      api.describeMedia(media.id, { caption: valueOrNull(caption), alt: valueOrNull(alt) }, form.dataset.etag ?? etag)
        .then(async () => {
          editSlot.replaceChildren();
          await browser.load();
          messages.success('Đã lưu mô tả ảnh.');
        })
        .catch((error: unknown) => {
          const unclaimed = error instanceof ApiProblem && error.kind === 'validation' ? showFieldErrors(form, error.errors) : [];
          messages.error(problemMessage(error, 'Ảnh'), unclaimed);
        });
    } },
      h('h2', null, `Sửa mô tả: ${media.fileName}`),
      h('img', { class: 'media-large', src: resolveMediaUrl(api.baseUrl, media.renditions.find((r) => r.ratio === 'original' && r.width >= 800)?.url ?? media.url), alt: media.alt ?? '' }),
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
      messages.error(problemMessage(error, 'Ảnh'));
    }
  }

  await browser.load(1);
  return h('div', { class: 'media-page' },
    h('h1', null, 'Thư viện ảnh'),
    messages.element,
    uploadForm(api, messages, async (media) => {
      await browser.load(1);
      messages.success(`Đã tải lên ${media.fileName} (${media.width}×${media.height}).`);
    }),
    editSlot,
    browser.element);
}
