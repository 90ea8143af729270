// What each content type adds to the common fields: an article's rich text body, an
// interview's interviewee card, exchanges and closing line, a video's source and length, a
// photo story's photos.
import type { Article, ContentItem, ContentType, Interview, PhotoStory, Video } from '../../api/types';
import { h } from '../../dom/h';
import { formatDuration } from '../../format';
import { field, fieldset, select, textArea, textInput, valueOrNull } from '../components/field';
import { sourceKindLabel } from '../labels';
import type { ImageServices } from '../media-library';
import type { ArticleRequest, CommonRequest, InterviewRequest, PhotoStoryRequest, VideoRequest, VideoSourceKind } from '../types';
import { imageFields, type FieldGroup } from './image-fields';
import { ExchangeList, exchangeListView } from './exchange-list';
import { PhotoList, photoListView } from './photo-list';
import { richTextEditor } from './rich-text';

type Specific<R> = Omit<R, keyof CommonRequest>;

export function articleFields(item: Article | null, onChange: () => void, services?: ImageServices): FieldGroup<Specific<ArticleRequest>> {
  const body = richTextEditor(item?.body ?? '', onChange, undefined, services);
  return { element: field(body.area, { key: 'body', label: 'Nội dung bài viết', content: body.element }), read: () => ({ body: body.html() }) };
}

export function interviewFields(item: Interview | null, onChange: () => void, services?: ImageServices): FieldGroup<Specific<InterviewRequest>> & { exchanges: ExchangeList } {
  const name = textInput(item?.interviewee.name, { maxlength: 200 });
  const position = textInput(item?.interviewee.position, { maxlength: 500 });
  const portrait = imageFields('interviewee.portrait', 'Ảnh chân dung', item?.interviewee.portrait, services);
  // A new interview starts with one empty exchange to fill in. The API names the speaker
  // of every answer; the interviewee's own are shown blank, so renaming them renames all.
  const exchanges = new ExchangeList(item
    ? item.exchanges.map((e) => ({ ...e, speaker: e.speaker === item.interviewee.name ? '' : e.speaker }))
    : [{}]);
  const closing = textInput(item?.closing, { maxlength: 1000, placeholder: 'Xin cảm ơn đồng chí!' });
  return {
    exchanges,
    element: h('div', { class: 'interview-fields' },
      fieldset('Người được phỏng vấn',
        h('div', { class: 'field-row' },
          field(name, { key: 'interviewee.name', label: 'Họ và tên' }),
          field(position, { key: 'interviewee.position', label: 'Chức vụ' })),
        portrait.element),
      fieldset('Câu hỏi và trả lời', exchangeListView(exchanges, onChange)),
      field(closing, { key: 'closing', label: 'Lời kết (câu cuối của phóng viên)' })),
    read: () => ({
      interviewee: { name: name.value.trim(), position: valueOrNull(position), portrait: portrait.read() },
      exchanges: exchanges.toRequest(),
      closing: valueOrNull(closing),
    }),
  };
}

/** "12:34" or "1:02:05" or "754" → seconds; null for empty, NaN for nonsense (the API names the field). */
export function parseDuration(text: string): number | null {
  const clean = text.trim();
  if (!clean) return null;
  if (/^\d+$/.test(clean)) return Number(clean);
  const m = /^(?:(\d+):)?([0-5]?\d):([0-5]\d)$/.exec(clean);
  return m ? Number(m[1] ?? 0) * 3600 + Number(m[2]) * 60 + Number(m[3]) : Number.NaN;
}

export function videoFields(item: Video | null): FieldGroup<Specific<VideoRequest>> {
  const kinds = Object.entries(sourceKindLabel).map(([value, label]) => ({ value, label }));
  const kind = select(kinds, item?.source.kind ?? 'youtube');
  const value = textInput(item?.source.value, { placeholder: 'dQw4w9WgXcQ hoặc https://…/video.mp4' });
  const duration = textInput(formatDuration(item?.durationSeconds), { inputmode: 'numeric', placeholder: '12:34' });
  const description = textArea(item?.description, { rows: 4 });
  return {
    element: h('div', { class: 'video-fields' },
      fieldset('Nguồn video',
        h('div', { class: 'field-row' },
          field(kind, { key: 'source.kind', label: 'Loại nguồn' }),
          field(value, { key: 'source.value', label: 'URL hoặc mã video' })),
        field(duration, { key: 'durationSeconds', label: 'Thời lượng', hint: 'Phút:giây (12:34), giờ:phút:giây hoặc số giây.' })),
      field(description, { key: 'description', label: 'Mô tả' })),
    read: () => {
      const seconds = parseDuration(duration.value);
      return {
        source: { kind: kind.value as VideoSourceKind, value: value.value.trim() },
        // Nonsense is sent as -1 so the API's validation names the field instead of the editor guessing.
        durationSeconds: seconds === null ? null : Number.isNaN(seconds) ? -1 : seconds,
        description: valueOrNull(description),
      };
    },
  };
}

/** The photos in order (the lead is the common summary), each picked from the library with its caption and credit. */
export function photoStoryFields(item: PhotoStory | null, onChange: () => void, services?: ImageServices): FieldGroup<Specific<PhotoStoryRequest>> {
  const photos = new PhotoList(item?.photos ?? []);
  return {
    element: h('div', { class: 'photo-story-fields' }, fieldset('Ảnh (theo thứ tự hiển thị)', photoListView(photos, onChange, services))),
    read: () => ({ photos: photos.toRequest() }),
  };
}

export type TypeFields = FieldGroup<Record<string, unknown>>;

export function fieldsFor(type: ContentType, item: ContentItem | null, onChange: () => void, services?: ImageServices): TypeFields {
  switch (type) {
    case 'article':
      return articleFields(item as Article | null, onChange, services) as TypeFields;
    case 'interview':
      return interviewFields(item as Interview | null, onChange, services) as TypeFields;
    case 'video':
      return videoFields(item as Video | null) as TypeFields;
    case 'photoStory':
      return photoStoryFields(item as PhotoStory | null, onChange, services) as TypeFields;
  }
}
