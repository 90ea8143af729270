// The fields every content type shares: title, slug, lead, section, tags, byline and the
// cover image (for videos: the thumbnail), and the search and share overrides. read() gives the request's common part.
import type { ContentItem } from '../../api/types';
import { h } from '../../dom/h';
import { categoryOptions } from '../category-tree';
import { field, fieldset, select, textArea, textInput, valueOrNull } from '../components/field';
import { parseTags, tagInput, type TagSuggester } from '../components/tag-input';
import type { ImageServices } from '../media-library';
import { imageFields, type FieldGroup } from './image-fields';
import { seoFields } from './seo-fields';
import type { AuthorResponse, CategoryResponse, CommonRequest } from '../types';
import { creditsEditor } from './credits-editor';

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
  const seo = seoFields(item, services);
  // Without the authors list (an older caller) the credits are not sent, and the API keeps them.
  const credits = authors ? creditsEditor(item?.credits, authors) : null;

  return {
    element: h('div', { class: 'common-fields' },
      field(title, { key: 'title', label: 'Tiêu đề' }),
      field(slug, { key: 'slug', label: 'Đường dẫn (slug)', hint: 'Để trống: tạo từ tiêu đề, ví dụ "nam-2024-dang-bo-…". Đổi đường dẫn: địa chỉ cũ vẫn dẫn về bài.' }),
      item?.oldSlugs.length
        ? h('p', { class: 'hint old-slugs' }, 'Đường dẫn cũ (vẫn dẫn về bài): ', item.oldSlugs.join(', '))
        : null,
      field(summary, { key: 'summary', label: 'Sapo (đoạn dẫn)' }),
      h('div', { class: 'field-row' },
        field(category, { key: 'categoryId', label: 'Chuyên mục' }),
        field(author, { key: 'author', label: 'Tác giả (bút danh in dưới bài)', hint: credits ? 'Cho bài nhập từ hệ thống cũ; bài có tác giả bên dưới in tên họ thay cho dòng này.' : undefined })),
      credits?.element,
      field(tags.input, { key: 'tags', label: 'Từ khoá', hint: 'Cách nhau bằng dấu phẩy. Khi gõ, các từ khoá đã có hiện bên dưới: chọn để dùng lại.', content: tags.element }),
      cover.element,
      seo.element),
    read: () => ({
      title: title.value.trim(),
      slug: valueOrNull(slug),
      summary: valueOrNull(summary),
      categoryId: category.value ? Number(category.value) : null,
      tags: parseTags(tags.input.value),
      author: valueOrNull(author),
      coverImage: cover.read(),
      seo: seo.read(),
      ...(credits ? { credits: credits.read() } : {}),
    }),
  };
}
