import { describe, expect, test } from 'vitest';
import type { Page } from '../../src/api/types';
import { buildTree, categoryOptions } from '../../src/admin/category-tree';
import { parseTags } from '../../src/admin/components/tag-input';
import { draftItem, toNodes } from '../../src/admin/editor/preview';
import { parseDuration } from '../../src/admin/editor/type-fields';
import { availableActions } from '../../src/admin/editor/workflow';
import { adminPaths, parseAdminRoute } from '../../src/admin/routes';
import { loadSession, saveSession } from '../../src/admin/session';
import type { CategoryResponse, ManagedContentSummary } from '../../src/admin/types';
import { contentListView } from '../../src/admin/views/content-list';
import { pasteHtml } from '../../src/admin/views/import';
import { mostViewedTable } from '../../src/admin/views/stats';

const category = (id: number, name: string, slug: string, parentId: number | null, sortOrder = 0): CategoryResponse =>
  ({ id, name, slug, parentId, sortOrder, version: id * 10 });
const categories = [category(3, 'Nông nghiệp', 'nong-nghiep', 1), category(1, 'Kinh tế', 'kinh-te', null, 1), category(2, 'Xây dựng Đảng', 'xay-dung-dang', null, 0), category(4, 'Mồ côi', 'mo-coi', 99)];

const summary = (id: number, extra: Partial<ManagedContentSummary> = {}): ManagedContentSummary => ({
  id, type: 'interview', href: `/api/v1/interviews/${id}`, slug: `bai-${id}`, title: `Bài <${id}>`, tags: [], credits: [], status: 'draft', viewCount: 0, updatedAt: '2024-02-09T03:05:00Z', hasWorkingCopy: false, noteCount: 0, ...extra,
});
const listRoute = (extra: Partial<{ type: 'article' | 'interview' | 'video'; status: string; category: string; tag: string; q: string; page: number }> = {}) =>
  ({ name: 'list' as const, type: 'interview' as const, status: '', category: '', tag: '', q: '', page: 1, ...extra });

describe('content list', () => {
  const page: Page<ManagedContentSummary> = {
    items: [
      summary(12, { status: 'published', category: { id: 1, name: 'Kinh tế', slug: 'kinh-te' }, publishedAt: '2024-02-08T00:30:00Z', author: 'Lê Vũ', updatedBy: 'bientap' }),
      summary(13, { status: 'inReview', noteCount: 3 }),
    ],
    page: 2, pageSize: 20, totalItems: 57, totalPages: 3,
  };

  test('a row per item: title linking to the editor, status in Vietnamese, section, date in portal time, byline, last change, notes', () => {
    const view = contentListView(listRoute({ category: 'kinh-te', page: 2 }), page, categories, () => undefined);
    const rows = [...view.querySelectorAll('tbody tr')].map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent));
    expect(rows).toEqual([
      ['Bài <12>', 'Đã xuất bản', 'Kinh tế', '08/02/2024 07:30', 'Lê Vũ', '09/02/2024 10:05 · bientap', '0'],
      ['Bài <13>', 'Chờ duyệt', '—', '—', '—', '09/02/2024 10:05', '3'],
    ]);
    expect(view.querySelector('tbody a')!.getAttribute('href')).toBe('#/interviews/12');
    expect(view.querySelector('h1')!.textContent).toBe('Phỏng vấn');
    expect(view.querySelector('.count')!.textContent).toBe('57 mục · trang 2/3');
  });

  test('numbered pages keep the filters and the search; the filters and the search box navigate', () => {
    const went: string[] = [];
    const view = contentListView(listRoute({ status: 'draft', category: 'kinh-te', q: 'sóc trăng', page: 2 }), page, categories, (hash) => went.push(hash));
    const pages = [...view.querySelectorAll('.pager a')].map((a) => a.getAttribute('href'));
    expect(pages).toContain('#/interviews?status=draft&category=kinh-te&q=s%C3%B3c+tr%C4%83ng&page=3');
    expect(pages).toContain('#/interviews?status=draft&category=kinh-te&q=s%C3%B3c+tr%C4%83ng');
    const q = view.querySelector<HTMLInputElement>('input[name="q"]')!;
    expect(q.value).toBe('sóc trăng');
    q.value = ' soc trang ';
    view.querySelector('form')!.dispatchEvent(new Event('submit', { cancelable: true }));
    expect(went.pop()).toBe('#/interviews?status=draft&category=kinh-te&q=soc+trang');
    view.querySelector<HTMLInputElement>('input[name="tag"]')!.value = 'chuyen-doi-so';
    view.querySelector('form')!.dispatchEvent(new Event('submit', { cancelable: true }));
    expect(went.pop()).toBe('#/interviews?status=draft&category=kinh-te&tag=chuyen-doi-so&q=soc+trang');
    expect(view.querySelector('a[href="#/interviews"]')!.textContent).toBe('Bỏ lọc');
    q.value = '';
    view.querySelector<HTMLInputElement>('input[name="tag"]')!.value = '';
    const status = view.querySelector<HTMLSelectElement>('select[name="status"]')!;
    expect([...status.options].map((o) => o.text)).toEqual(['Mọi trạng thái', 'Nháp', 'Chờ duyệt', 'Đã lên lịch', 'Đã xuất bản', 'Đã gỡ', 'Lưu trữ']);
    status.value = 'archived';
    status.dispatchEvent(new Event('change'));
    expect(went).toEqual(['#/interviews?status=archived&category=kinh-te']);
    const sections = view.querySelector<HTMLSelectElement>('select[name="category"]')!;
    expect([...sections.options].map((o) => o.text)).toEqual(['Mọi chuyên mục', 'Mồ côi', 'Xây dựng Đảng', 'Kinh tế', '— Nông nghiệp']);
    expect(view.textContent).not.toContain('chưa hỗ trợ tìm');
  });

  test('a returned draft is marked "Bị trả lại" with the reason, as text, and who returned it when', () => {
    const returned = { items: [summary(14, { noteCount: 2, returnedReason: 'Thiếu <nguồn> tin.', returnedAt: '2024-02-09T01:00:00Z', returnedBy: 'bientap', returnedByName: 'Trần Minh' })], page: 1, pageSize: 20, totalItems: 1, totalPages: 1 };
    const view = contentListView(listRoute(), returned, [], () => undefined);
    const marker = view.querySelector('tbody .returned-marker')!;
    expect(marker.textContent).toBe('Bị trả lại Thiếu <nguồn> tin.');
    expect(marker.getAttribute('title')).toBe('Trần Minh, 09/02/2024 08:00');
    expect(view.querySelector('.returned-reason')!.children).toHaveLength(0);
    expect(view.querySelector('.note-count')!.textContent).toBe('2');
    expect(contentListView(listRoute(), page, categories, () => undefined).querySelector('.returned-marker')).toBeNull();
  });

  test('an empty list says so; an empty search names the words', () => {
    const empty = { items: [], page: 1, pageSize: 20, totalItems: 0, totalPages: 0 };
    const view = contentListView(listRoute({ type: 'video' }), empty, [], () => undefined);
    expect(view.querySelector('.count')!.textContent).toBe('Không có mục nào.');
    expect(view.querySelector('table')).toBeNull();
    expect(contentListView(listRoute({ q: 'xyz' }), empty, [], () => undefined).querySelector('.count')!.textContent).toBe('Không tìm thấy mục nào cho “xyz”.');
  });
});

describe('workflow buttons', () => {
  test('follow the status and the role', () => {
    expect(availableActions(null, 'author')).toEqual(['save']);
    expect(availableActions('draft', 'author')).toEqual(['save', 'submit']);
    expect(availableActions('inReview', 'author')).toEqual(['save']);
    expect(availableActions('published', 'author')).toEqual([]);
    expect(availableActions('draft', 'editor')).toEqual(['save', 'submit', 'publish', 'schedule', 'archive', 'delete']);
    expect(availableActions('published', 'admin')).toEqual(['save', 'unpublish', 'archive', 'delete']);
    expect(availableActions('scheduled', 'editor')).toEqual(['save', 'publish', 'schedule', 'unpublish', 'archive', 'delete']);
    expect(availableActions('archived', 'editor')).toEqual(['save', 'publish', 'schedule', 'delete']);
  });
});

describe('routes', () => {
  test('hash routes to screens and back', () => {
    expect(parseAdminRoute('')).toEqual(listRoute({ type: 'article' }));
    expect(parseAdminRoute('#/videos?status=draft&page=3&q=s%C3%B3c&tag=an-sinh')).toEqual(listRoute({ type: 'video', status: 'draft', page: 3, q: 'sóc', tag: 'an-sinh' }));
    expect(parseAdminRoute(adminPaths.media())).toEqual({ name: 'media' });
    expect(parseAdminRoute(adminPaths.webhooks())).toEqual({ name: 'webhooks' });
    expect(parseAdminRoute('#/interviews/12')).toEqual({ name: 'edit', type: 'interview', id: 12 });
    expect(parseAdminRoute('#/articles/new')).toEqual({ name: 'new', type: 'article' });
    expect(parseAdminRoute('#/interviews/import')).toEqual({ name: 'import' });
    expect(parseAdminRoute('#/users')).toEqual({ name: 'users' });
    expect(parseAdminRoute(adminPaths.account())).toEqual({ name: 'account' });
    for (const bad of ['#/pages', '#/articles/abc', '#/articles/1/2', '#/users/3']) expect(parseAdminRoute(bad).name, bad).toBe('notFound');
    expect(parseAdminRoute(adminPaths.list('article', { status: 'inReview', category: 'kinh-te', page: 2 })))
      .toEqual(listRoute({ type: 'article', status: 'inReview', category: 'kinh-te', page: 2 }));
  });
});

describe('editor helpers', () => {
  test('tags: split on commas, trimmed, no duplicates (case-insensitive)', () => {
    expect(parseTags(' Chuyển đổi số, cải cách hành chính,,Chuyển Đổi Số ; Sóc Trăng')).toEqual(['Chuyển đổi số', 'cải cách hành chính', 'Sóc Trăng']);
  });

  test('durations: seconds, m:ss, h:mm:ss; nonsense is NaN, empty is null', () => {
    expect(parseDuration('754')).toBe(754);
    expect(parseDuration('12:34')).toBe(754);
    expect(parseDuration('1:02:05')).toBe(3725);
    expect(parseDuration(' ')).toBeNull();
    expect(parseDuration('12 phút')).toBeNaN();
    expect(parseDuration('1:75')).toBeNaN();
  });

  test('the category tree nests by parent and sort order; an orphan is kept at the top', () => {
    const tree = buildTree(categories);
    expect(tree.map((b) => b.category.name)).toEqual(['Mồ côi', 'Xây dựng Đảng', 'Kinh tế']);
    expect(tree[2]!.children.map((b) => [b.category.name, b.depth])).toEqual([['Nông nghiệp', 1]]);
    expect(categoryOptions(categories, (c) => String(c.id)).map((o) => o.value)).toEqual(['4', '2', '1', '3']);
    expect(toNodes(tree)[2]).toMatchObject({ slug: 'kinh-te', children: [{ slug: 'nong-nghiep', children: [] }] });
  });

  test('the preview item is built from the editor\'s request as the public API would answer it', () => {
    const item = draftItem('interview', {
      title: 'Tiêu đề', categoryId: 3, tags: ['Sóc Trăng'], author: 'Lê Vũ',
      interviewee: { name: 'Nguyễn Văn Quận' },
      exchanges: [{ question: 'Hỏi?', answer: 'Đáp.', speaker: null }, { question: 'Hỏi 2?', answer: 'Đáp 2.', speaker: 'Ông Tâm' }],
      closing: 'Xin cảm ơn!',
      coverImage: { url: '/media/a.jpg', alt: 'Ảnh' },
    }, null, categories);
    expect(item).toMatchObject({
      type: 'interview', title: 'Tiêu đề', status: 'draft', viewCount: 0, author: 'Lê Vũ',
      category: { id: 3, name: 'Nông nghiệp', slug: 'nong-nghiep' },
      tags: [{ name: 'Sóc Trăng' }],
      coverImage: { url: '/media/a.jpg', alt: 'Ảnh', caption: null },
      // Like the API, an exchange without a speaker is the interviewee's.
      exchanges: [{ question: 'Hỏi?', speaker: 'Nguyễn Văn Quận' }, { question: 'Hỏi 2?', speaker: 'Ông Tâm' }],
      closing: 'Xin cảm ơn!',
    });
    expect(draftItem('article', { title: ' ', body: '<p>x</p>' }, null, [])).toMatchObject({ title: '(Chưa có tiêu đề)', body: '<p>x</p>', coverImage: undefined });
  });
});

describe('transcript paste', () => {
  const pasteEvent = (html: string) => {
    let prevented = false;
    const data = { getData: (kind: string) => (kind === 'text/html' ? html : 'plain') } as DataTransfer;
    return { event: { clipboardData: data, preventDefault: () => (prevented = true) }, prevented: () => prevented };
  };

  test('with HTML chosen, the clipboard\'s text/html replaces the selection', () => {
    const box = document.createElement('textarea');
    box.value = 'AB';
    box.setSelectionRange(1, 1);
    const paste = pasteEvent('<ul><li>Hỏi?</li></ul>');
    expect(pasteHtml(paste.event, 'html', box)).toBe(true);
    expect(paste.prevented()).toBe(true);
    expect(box.value).toBe('A<ul><li>Hỏi?</li></ul>B');
  });

  test('with plain text chosen (or no HTML on the clipboard) the browser pastes as usual', () => {
    const box = document.createElement('textarea');
    const paste = pasteEvent('<p>x</p>');
    expect(pasteHtml(paste.event, 'text', box)).toBe(false);
    expect(pasteHtml(pasteEvent('').event, 'html', box)).toBe(false);
    expect(paste.prevented()).toBe(false);
    expect(box.value).toBe('');
  });
});

describe('session and statistics', () => {
  test('a session is kept until it expires', () => {
    const storage = window.sessionStorage;
    saveSession({ accessToken: 't', expiresAt: '2030-01-01T00:00:00Z', tokenType: 'Bearer', userName: 'bientap', role: 'editor' }, storage);
    expect(loadSession(storage, Date.parse('2029-12-31T00:00:00Z'))).toEqual({ accessToken: 't', expiresAt: '2030-01-01T00:00:00Z', userName: 'bientap', role: 'editor' });
    expect(loadSession(storage, Date.parse('2030-01-02T00:00:00Z'))).toBeNull();
    expect(loadSession(storage)).toBeNull(); // the expired one was removed
  });

  test('the most-viewed table ranks items with their views, vi-VN digits', () => {
    const table = mostViewedTable({ period: 'week', items: [{ views: 12418, item: summary(5, { type: 'article' }) }] });
    expect([...table.querySelectorAll('tbody td')].map((td) => td.textContent)).toEqual(['1', 'Bài <5>', 'Bài viết', '12.418']);
    expect(mostViewedTable({ period: 'today', items: [] }).textContent).toBe('Chưa có lượt xem nào trong khoảng thời gian này.');
  });
});

describe('article body from the rich text editor', () => {
  test('b/i become strong/em, spans and style noise go, loose text becomes paragraphs', async () => {
    const { normalizeBodyHtml } = await import('../../src/admin/editor/body-html');
    expect(normalizeBodyHtml('Đoạn mở đầu <b>in đậm</b><h2><span style="font-size: 24px">Mục hai</span></h2>x<i>y</i><p><br></p>'))
      .toBe('<p>Đoạn mở đầu <strong>in đậm</strong></p><h2>Mục hai</h2><p>x<em>y</em></p>');
    expect(normalizeBodyHtml('<p style="text-align: center; color: red">Giữa</p><ul><li>Một</li></ul>'))
      .toBe('<p style="text-align: center;">Giữa</p><ul><li>Một</li></ul>');
    expect(normalizeBodyHtml('<blockquote>Trích <a href="https://a.vn">dẫn</a></blockquote>')).toBe('<blockquote>Trích <a href="https://a.vn">dẫn</a></blockquote>');
    expect(normalizeBodyHtml('  ')).toBe('');
  });
});

describe('token refresh', () => {
  test('five minutes before expiry, at once when that is past, never for an unreadable expiry', async () => {
    const { refreshDelay } = await import('../../src/admin/session');
    const now = Date.parse('2026-11-29T04:00:00Z');
    expect(refreshDelay({ expiresAt: '2026-11-29T12:00:00Z' }, now)).toBe(8 * 3600_000 - 300_000);
    expect(refreshDelay({ expiresAt: '2026-11-29T04:03:00Z' }, now)).toBe(0);
    expect(refreshDelay({ expiresAt: 'soon' }, now)).toBeNull();
  });
});
