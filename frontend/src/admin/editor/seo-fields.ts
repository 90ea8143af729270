// "Tìm kiếm và chia sẻ": the item's optional search and share overrides (SEO title, meta
// description, share picture, canonical URL). Each left empty falls back to the story's own
// title, lead, cover and address on the site. Title and description count their characters
// against what search engines show in full, so an editor sees when Google will cut them.
import type { ContentItem } from '../../api/types';
import { h } from '../../dom/h';
import { field, fieldset, textArea, textInput, valueOrNull } from '../components/field';
import type { ImageServices } from '../media-library';
import type { SeoRequest } from '../types';
import { imageFields, type FieldGroup } from './image-fields';

/** What a results page shows in full (about 60 characters of title, 160 of description); the API allows more. */
export const SEO_TITLE_SHOWN = 60;
export const SEO_DESCRIPTION_SHOWN = 160;

/** "42/60 ký tự", marked when past what is shown. Counts characters as readers see them (NFC). */
export function lengthCounter(control: HTMLInputElement | HTMLTextAreaElement, shown: number): HTMLElement {
  const counter = h('p', { class: 'length-counter', 'aria-live': 'polite' });
  const update = () => {
    const length = [...control.value.trim().normalize('NFC')].length;
    counter.textContent = `${length}/${shown} ký tự${length > shown ? ' – dài hơn phần máy tìm kiếm hiển thị' : ''}`;
    counter.classList.toggle('over', length > shown);
  };
  control.addEventListener('input', update);
  update();
  return counter;
}

export function seoFields(item: ContentItem | null, services?: ImageServices): FieldGroup<SeoRequest | undefined> {
  const seo = item?.seo;
  const title = textInput(seo?.title, { maxlength: 200 });
  const description = textArea(seo?.description, { rows: 3, maxlength: 500 });
  const canonical = textInput(seo?.canonicalUrl, { type: 'url', inputmode: 'url', placeholder: 'https://…' });
  const image = imageFields('seo.image', 'Ảnh khi chia sẻ (Facebook, Zalo)', seo?.image, services);
  const withCounter = (control: HTMLInputElement | HTMLTextAreaElement, shown: number) => h('div', null, control, lengthCounter(control, shown));
  return {
    element: h('details', { class: 'seo-fields', open: seo ? true : null },
      h('summary', null, 'Tìm kiếm và chia sẻ (tuỳ chọn)'),
      fieldset('Tìm kiếm và chia sẻ',
        field(title, { key: 'seo.title', label: 'Tên bài trên máy tìm kiếm', hint: 'Để trống: dùng tiêu đề bài.', content: withCounter(title, SEO_TITLE_SHOWN) }),
        field(description, { key: 'seo.description', label: 'Mô tả (meta description)', hint: 'Để trống: dùng sapo.',
          content: withCounter(description, SEO_DESCRIPTION_SHOWN) }),
        image.element,
        field(canonical, { key: 'seo.canonicalUrl', label: 'Địa chỉ gốc (canonical)', hint: 'Chỉ điền khi bài đăng lại từ nơi khác: máy tìm kiếm sẽ ghi công cho địa chỉ này.' }))),
    read: () => {
      const value = { title: valueOrNull(title), description: valueOrNull(description), image: image.read(), canonicalUrl: valueOrNull(canonical) };
      // Nothing set: no seo at all, which the API stores as none.
      return value.title || value.description || value.image || value.canonicalUrl ? value : undefined;
    },
  };
}
