// The fields every content type shares: title, slug, lead, section, tags, byline and the
// cover image (for videos: the thumbnail). read() gives the request's common part.
import type { ContentItem } from '../../api/types';
import { h } from '../../dom/h';
import { categoryOptions } from '../category-tree';
import { field, fieldset, select, textArea, textInput, valueOrNull } from '../components/field';
import type { CategoryResponse, CommonRequest, ImageRequest } from '../types';

export interface FieldGroup<T> {
  element: HTMLElement;
  read(): T;
}

/** "Chuyển đổi số, Cải cách hành chính" → two tag names. */
export function parseTags(text: string): string[] {
  const seen = new Set<string>();
  return text.split(/[,;\n]/).map((t) => t.trim()).filter((t) => t && !seen.has(t.toLocaleLowerCase('vi')) && seen.add(t.toLocaleLowerCase('vi')));
}

/** URL, alt text and caption of a picture; undefined (left out of the JSON) when there is no URL: no picture at all. */
export function imageFields(key: string, legend: string, image: ImageRequest | null | undefined): FieldGroup<ImageRequest | undefined> {
  const url = textInput(image?.url, { type: 'url', inputmode: 'url', placeholder: 'https://… hoặc /media/…' });
  const alt = textInput(image?.alt);
  const caption = textInput(image?.caption);
  return {
    element: fieldset(legend,
      field(url, { key: `${key}.url`, label: 'Địa chỉ ảnh (URL)', hint: 'Tải ảnh lên chưa có trong API: dán địa chỉ của ảnh đã có.' }),
      field(alt, { key: `${key}.alt`, label: 'Mô tả ảnh (cho người khiếm thị)' }),
      field(caption, { key: `${key}.caption`, label: 'Chú thích ảnh' })),
    read: () => (valueOrNull(url) ? { url: valueOrNull(url), alt: valueOrNull(alt), caption: valueOrNull(caption) } : undefined),
  };
}

export function commonFields(item: ContentItem | null, categories: readonly CategoryResponse[], coverLegend = 'Ảnh đại diện'): FieldGroup<CommonRequest> {
  const title = textInput(item?.title, { class: 'title-input', required: true, maxlength: 300 });
  const slug = textInput(item?.slug, { pattern: '[a-z0-9]+(-[a-z0-9]+)*' });
  const summary = textArea(item?.summary, { rows: 3, maxlength: 2000 });
  const category = select([{ value: '', label: '(Không thuộc chuyên mục nào)' }, ...categoryOptions(categories, (c) => String(c.id))],
    item?.category ? String(item.category.id) : '');
  const tags = textInput((item?.tags ?? []).map((t) => t.name).join(', '));
  const author = textInput(item?.author, { maxlength: 200 });
  const cover = imageFields('coverImage', coverLegend, item?.coverImage);

  return {
    element: h('div', { class: 'common-fields' },
      field(title, { key: 'title', label: 'Tiêu đề' }),
      field(slug, { key: 'slug', label: 'Đường dẫn (slug)', hint: 'Để trống: tạo từ tiêu đề, ví dụ "nam-2024-dang-bo-…".' }),
      field(summary, { key: 'summary', label: 'Sapo (đoạn dẫn)' }),
      h('div', { class: 'field-row' },
        field(category, { key: 'categoryId', label: 'Chuyên mục' }),
        field(author, { key: 'author', label: 'Tác giả (bút danh in dưới bài)' })),
      field(tags, { key: 'tags', label: 'Từ khoá', hint: 'Cách nhau bằng dấu phẩy.' }),
      cover.element),
    read: () => ({
      title: title.value.trim(),
      slug: valueOrNull(slug),
      summary: valueOrNull(summary),
      categoryId: category.value ? Number(category.value) : null,
      tags: parseTags(tags.value),
      author: valueOrNull(author),
      coverImage: cover.read(),
    }),
  };
}
