// The fields every content type shares: title, slug, lead, section, tags, byline and the
// cover image (for videos: the thumbnail). read() gives the request's common part.
import type { ContentItem } from '../../api/types';
import { h } from '../../dom/h';
import { categoryOptions } from '../category-tree';
import { field, fieldset, select, textArea, textInput, valueOrNull } from '../components/field';
import { parseTags, tagInput, type TagSuggester } from '../components/tag-input';
import { resolveMediaUrl } from '../../media';
import { imageFromMedia, type ImageServices } from '../media-library';
import type { AuthorResponse, CategoryResponse, CommonRequest, ImageRequest } from '../types';
import { creditsEditor } from './credits-editor';

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

export function commonFields(item: ContentItem | null, categories: readonly CategoryResponse[], coverLegend = 'Ảnh đại diện', services?: ImageServices,
  suggestTags?: TagSuggester, authors?: readonly AuthorResponse[]): FieldGroup<CommonRequest> {
  const title = textInput(item?.title, { class: 'title-input', required: true, maxlength: 300 });
  const slug = textInput(item?.slug, { pattern: '[a-z0-9]+(-[a-z0-9]+)*' });
  const summary = textArea(item?.summary, { rows: 3, maxlength: 2000 });
  const category = select([{ value: '', label: '(Không thuộc chuyên mục nào)' }, ...categoryOptions(categories, (c) => String(c.id))],
    item?.category ? String(item.category.id) : '');
  const tags = tagInput((item?.tags ?? []).map((t) => t.name).join(', '), suggestTags);
  const author = textInput(item?.author, { maxlength: 200 });
  const cover = imageFields('coverImage', coverLegend, item?.coverImage, services);
  // Without the authors list (an older caller) the credits are not sent, and the API keeps them.
  const credits = authors ? creditsEditor(item?.credits, authors) : null;

  return {
    element: h('div', { class: 'common-fields' },
      field(title, { key: 'title', label: 'Tiêu đề' }),
      field(slug, { key: 'slug', label: 'Đường dẫn (slug)', hint: 'Để trống: tạo từ tiêu đề, ví dụ "nam-2024-dang-bo-…".' }),
      field(summary, { key: 'summary', label: 'Sapo (đoạn dẫn)' }),
      h('div', { class: 'field-row' },
        field(category, { key: 'categoryId', label: 'Chuyên mục' }),
        field(author, { key: 'author', label: 'Tác giả (bút danh in dưới bài)', hint: credits ? 'Cho bài nhập từ hệ thống cũ; bài có tác giả bên dưới in tên họ thay cho dòng này.' : undefined })),
      credits?.element,
      field(tags.input, { key: 'tags', label: 'Từ khoá', hint: 'Cách nhau bằng dấu phẩy. Khi gõ, các từ khoá đã có hiện bên dưới: chọn để dùng lại.', content: tags.element }),
      cover.element),
    read: () => ({
      title: title.value.trim(),
      slug: valueOrNull(slug),
      summary: valueOrNull(summary),
      categoryId: category.value ? Number(category.value) : null,
      tags: parseTags(tags.input.value),
      author: valueOrNull(author),
      coverImage: cover.read(),
      ...(credits ? { credits: credits.read() } : {}),
    }),
  };
}
