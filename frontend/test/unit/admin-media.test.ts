import { describe, expect, test } from 'vitest';
import { normalizeBodyHtml } from '../../src/admin/editor/body-html';
import { insertBlockAt } from '../../src/admin/editor/rich-text';
import { bodyForEditing, bodyForSaving, figureFor, imageFromMedia, storedMediaUrl, thumbnailOf, uploadProblemMessage } from '../../src/admin/media-library';
import { ApiProblem } from '../../src/admin/problem';
import type { MediaResponse } from '../../src/admin/types';
import { resolveMediaUrl } from '../../src/media';

const base = 'https://api.example.vn';
const rendition = (width: number) => ({ name: `w${width}`, ratio: 'original', url: `/media/2026/11/abc-w${width}.jpg`, width, height: width / 2, contentType: 'image/jpeg', sizeBytes: width * 10 });
const media = (extra: Partial<MediaResponse> = {}): MediaResponse => ({
  id: 3, url: '/media/2026/11/abc.jpg', fileName: 'cau-dai-ngai.jpg', contentType: 'image/jpeg', width: 2000, height: 1000, sizeBytes: 400_000,
  caption: 'Cầu Đại Ngãi', alt: 'Cầu nhìn từ bờ sông', renditions: [rendition(800), rendition(320), rendition(1600)], focalPoint: { x: 0.5, y: 0.5 }, version: 7, ...extra,
});

describe('media URLs', () => {
  test('root-relative URLs resolve against the API, absolute ones stay, other schemes are refused', () => {
    expect(resolveMediaUrl(base, '/media/2026/11/abc.jpg')).toBe('https://api.example.vn/media/2026/11/abc.jpg');
    expect(resolveMediaUrl('https://example.vn/cms', '/media/a.jpg')).toBe('https://example.vn/media/a.jpg');
    expect(resolveMediaUrl(base, 'https://cdn.example.vn/a.jpg')).toBe('https://cdn.example.vn/a.jpg');
    expect(resolveMediaUrl(base, 'javascript:alert(1)')).toBeNull();
    expect(resolveMediaUrl(base, '')).toBeNull();
  });

  test('the thumbnail is the smallest rendition, else the original', () => {
    expect(thumbnailOf(media())).toBe('/media/2026/11/abc-w320.jpg');
    expect(thumbnailOf(media({ renditions: [] }))).toBe('/media/2026/11/abc.jpg');
  });

  test('an API URL goes back to root-relative; other URLs are kept', () => {
    expect(storedMediaUrl(`${base}/`, 'https://api.example.vn/media/a.jpg')).toBe('/media/a.jpg');
    expect(storedMediaUrl(base, 'https://cdn.example.vn/media/a.jpg')).toBe('https://cdn.example.vn/media/a.jpg');
  });

  test('a chosen image gives the item its stored URL, alt and caption', () => {
    expect(imageFromMedia(media())).toEqual({ url: '/media/2026/11/abc.jpg', alt: 'Cầu nhìn từ bờ sông', caption: 'Cầu Đại Ngãi' });
    expect(imageFromMedia(media({ alt: null, caption: undefined }))).toEqual({ url: '/media/2026/11/abc.jpg', alt: null, caption: null });
  });
});

describe('images in article bodies', () => {
  test('a figure with the image, its alt and caption, shown from the API and saved root-relative, kept by the tidy step', () => {
    const area = document.createElement('div');
    area.innerHTML = '<p>Đoạn một</p><p>Đoạn hai</p>';
    const range = document.createRange();
    range.setStart(area.firstChild!.firstChild!, 3);
    insertBlockAt(area, range, figureFor(media(), base));
    expect(area.innerHTML).toBe('<p>Đoạn một</p><figure><img src="https://api.example.vn/media/2026/11/abc.jpg" alt="Cầu nhìn từ bờ sông" width="2000" height="1000"><figcaption>Cầu Đại Ngãi</figcaption></figure><p>Đoạn hai</p>');
    const saved = normalizeBodyHtml(bodyForSaving(area.innerHTML, base));
    expect(saved).toBe('<p>Đoạn một</p><figure><img src="/media/2026/11/abc.jpg" alt="Cầu nhìn từ bờ sông" width="2000" height="1000"><figcaption>Cầu Đại Ngãi</figcaption></figure><p>Đoạn hai</p>');
    expect(bodyForEditing(saved, base)).toBe(area.innerHTML);
    // Without a caret in the text the figure goes to the end; an image without a caption has no figcaption.
    const empty = document.createElement('div');
    insertBlockAt(empty, null, figureFor(media({ caption: null }), base));
    expect(empty.innerHTML).toBe('<figure><img src="https://api.example.vn/media/2026/11/abc.jpg" alt="Cầu nhìn từ bờ sông" width="2000" height="1000"></figure>');
  });

  test('images from elsewhere are left alone', () => {
    expect(bodyForEditing('<p><img src="https://cdn.example.vn/x.jpg" alt=""></p>', base)).toBe('<p><img src="https://cdn.example.vn/x.jpg" alt=""></p>');
  });
});

describe('upload refusals in Vietnamese', () => {
  const problem = (status: number, errors: Record<string, string[]> = {}, detail: string | null = null) =>
    new ApiProblem(status, status === 400 ? 'validation' : 'other', null, detail, errors);
  test('by status, and for a 400 by the reason', () => {
    expect(uploadProblemMessage(problem(413))).toContain('Ảnh quá lớn');
    expect(uploadProblemMessage(problem(415))).toContain('không phải ảnh JPEG, PNG, GIF hoặc WebP');
    expect(uploadProblemMessage(problem(400, { file: ['The image is damaged: it could not be decoded.'] }))).toBe('Ảnh hỏng: máy chủ không đọc được tệp này.');
    expect(uploadProblemMessage(problem(400, { file: ['The image has 9000×9000 pixels; at most 50000000 in all are accepted.'] }))).toContain('quá nhiều điểm ảnh');
    expect(uploadProblemMessage(problem(400, { file: ['The file is empty.'] }))).toBe('Tệp rỗng: không có dữ liệu ảnh.');
    expect(uploadProblemMessage(problem(400, { caption: ['too long'] }))).toContain('Dữ liệu chưa hợp lệ');
    expect(uploadProblemMessage(new ApiProblem(0, 'unavailable', null, null))).toContain('Không kết nối được máy chủ');
  });
});
