import { describe, expect, test } from 'vitest';
import { commonFields } from '../../src/admin/editor/common-fields';
import { interviewFields, videoFields } from '../../src/admin/editor/type-fields';
import type { CategoryResponse } from '../../src/admin/types';
import { interview, video } from './fixtures';

const categories: CategoryResponse[] = [{ id: 3, name: 'Phỏng vấn', slug: 'phong-van', parentId: null, sortOrder: 0, version: 1 }];
const input = (root: HTMLElement, key: string) => root.querySelector<HTMLInputElement>(`[data-field="${key}"] input, [data-field="${key}"] textarea, [data-field="${key}"] select`)!;
const set = (root: HTMLElement, key: string, value: string) => {
  input(root, key).value = value;
};

describe('editor forms read back what the API expects', () => {
  test('common fields: loaded from the item, empty optional text as null, no picture without a URL', () => {
    const common = commonFields(interview, categories);
    expect(common.read()).toEqual({
      title: interview.title, slug: 'nam-2024', summary: 'Lời dẫn.', categoryId: 3, tags: [], author: 'Lê Vũ',
      coverImage: { url: '/media/demo/cover.svg', alt: 'Ảnh bìa', caption: 'Chú thích ảnh' }, seo: undefined,
    });
    set(common.element, 'coverImage.url', '  ');
    set(common.element, 'summary', '');
    set(common.element, 'categoryId', '');
    set(common.element, 'tags', 'Sóc Trăng, Xuân');
    expect(common.read()).toMatchObject({ summary: null, categoryId: null, tags: ['Sóc Trăng', 'Xuân'], coverImage: undefined });
  });

  test('an item\'s old slugs are listed under its slug; a new item lists none', () => {
    expect(commonFields({ ...interview, oldSlugs: ['nam-2023', 'nam-2022'] }, categories).element.querySelector('.old-slugs')?.textContent)
      .toBe('Đường dẫn cũ (vẫn dẫn về bài): nam-2023, nam-2022');
    expect(commonFields(null, categories).element.querySelector('.old-slugs')).toBeNull();
  });

  test('search and share: left out when all empty; counters show what results show in full', () => {
    const common = commonFields({ ...interview, seo: { title: 'Tiêu đề tìm kiếm', description: null, image: null, canonicalUrl: null } }, categories);
    const counter = (key: string) => common.element.querySelector(`[data-field="${key}"] .length-counter`)!;
    expect(common.read().seo).toEqual({ title: 'Tiêu đề tìm kiếm', description: null, image: undefined, canonicalUrl: null });
    expect(counter('seo.title').textContent).toBe('16/60 ký tự');

    set(common.element, 'seo.description', 'ă'.repeat(161));
    input(common.element, 'seo.description').dispatchEvent(new Event('input'));
    set(common.element, 'seo.canonicalUrl', 'https://baogoc.example.vn/bai-goc');
    set(common.element, 'seo.image.url', '/media/2026/12/chia-se.jpg');
    expect(counter('seo.description').classList.contains('over')).toBe(true);
    expect(counter('seo.description').textContent).toContain('161/160');
    expect(common.read().seo).toMatchObject({ canonicalUrl: 'https://baogoc.example.vn/bai-goc', image: { url: '/media/2026/12/chia-se.jpg' } });

    for (const key of ['seo.title', 'seo.description', 'seo.canonicalUrl', 'seo.image.url']) set(common.element, key, '');
    expect(common.read().seo).toBeUndefined();
  });

  test('interview: the interviewee\'s own answers show no speaker; another speaker is kept', () => {
    const fields = interviewFields(interview, () => undefined);
    const speakers = [...fields.element.querySelectorAll<HTMLInputElement>('.exchange-speaker')].map((i) => i.value);
    expect(speakers).toEqual(['', 'Người khác']);
    expect(fields.read()).toEqual({
      interviewee: { name: 'Nguyễn Văn Quận', position: 'Bí thư Thành ủy', portrait: { url: '/media/demo/portrait.svg', alt: null, caption: 'Chú thích chân dung' } },
      exchanges: [
        { question: 'Câu hỏi một?', answer: 'Đoạn một.\n\nĐoạn hai.', speaker: null },
        { question: 'Câu hỏi hai?', answer: 'Trả lời.', speaker: 'Người khác' },
      ],
      closing: 'Xin cảm ơn đồng chí!',
    });
    // A new interview starts with one exchange to fill in.
    expect(interviewFields(null, () => undefined).exchanges.length).toBe(1);
  });

  test('video: source, duration typed as m:ss, description', () => {
    const fields = videoFields(video);
    expect(input(fields.element, 'durationSeconds').value).toBe('12:34');
    set(fields.element, 'source.kind', 'file');
    set(fields.element, 'source.value', ' https://cdn.example.vn/phim.mp4 ');
    set(fields.element, 'durationSeconds', '1:02:05');
    expect(fields.read()).toEqual({ source: { kind: 'file', value: 'https://cdn.example.vn/phim.mp4' }, durationSeconds: 3725, description: 'Tóm tắt' });
    // Nonsense goes to the API as an invalid number, so its error lands beside the field.
    set(fields.element, 'durationSeconds', 'mười phút');
    expect(fields.read().durationSeconds).toBe(-1);
  });
});
