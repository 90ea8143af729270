import { describe, expect, test } from 'vitest';
import { AdminApi } from '../../src/admin/api';
import type { AdminContext } from '../../src/admin/context';
import type { FeaturedEntry, ManagedContentSummary } from '../../src/admin/types';
import { featuredPage } from '../../src/admin/views/featured';
import { summary } from './fixtures';

const item = (id: number, title: string, status: ManagedContentSummary['status'] = 'published'): ManagedContentSummary =>
  ({ ...summary({ id, title, status }), updatedAt: '2024-02-09T03:05:00Z', hasWorkingCopy: false, noteCount: 0 });
const entry = (value: ManagedContentSummary): FeaturedEntry => ({ isPublic: value.status === 'published', item: value });

const a = item(1, 'Tin chính hôm nay');
const b = item(2, 'Bài nháp chờ đăng', 'draft');
const c = item(3, 'Tin mới thêm');

interface Sent {
  method: string;
  url: string;
  ifMatch?: string;
  body?: unknown;
}

/** A management API answering by method and path; PUTs of the featured list answer `put`. */
function screen(put: () => Response, role: 'editor' | 'author' = 'editor') {
  const sent: Sent[] = [];
  const json = (body: unknown, headers: Record<string, string> = {}) => new Response(JSON.stringify(body), { status: 200, headers: { 'Content-Type': 'application/json', ...headers } });
  const fetchImpl = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(String(input));
    const headers = (init?.headers ?? {}) as Record<string, string>;
    sent.push({ method: init?.method ?? 'GET', url: url.pathname + url.search, ifMatch: headers['If-Match'], body: init?.body ? JSON.parse(String(init.body)) : undefined });
    if (url.pathname.endsWith('/manage/categories')) return json([{ id: 5, name: 'Kinh tế', slug: 'kinh-te', parentId: null, sortOrder: 0, version: 1 }]);
    if (url.pathname.endsWith('/manage/articles')) return json({ items: [c, a], page: 1, pageSize: 10, totalItems: 2, totalPages: 1 });
    if (url.pathname.endsWith('/manage/featured') && init?.method === 'PUT') return put();
    if (url.pathname.endsWith('/manage/featured')) return json({ category: null, items: [entry(a), entry(b)], updatedAt: '2024-02-09T03:05:00Z', updatedBy: 'bientap' }, { ETag: '"3"' });
    return new Response(null, { status: 404 });
  }) as typeof fetch;
  const went: string[] = [];
  let unsaved: () => boolean = () => false;
  const api = new AdminApi('https://api.example.vn', () => 'TOKEN', () => undefined, fetchImpl);
  const context: AdminContext = {
    api,
    session: { accessToken: 'TOKEN', expiresAt: '2099-01-01T00:00:00Z', userName: 'bientap', role },
    config: { apiBaseUrl: 'https://api.example.vn', siteName: 'Cổng' },
    categories: () => api.categories(),
    categoriesChanged: () => undefined,
    navigate: (hash) => went.push(hash),
    guardLeaving: (check) => {
      unsaved = check;
    },
    renewSession: () => undefined,
  };
  return { context, sent, went, unsaved: () => unsaved() };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
const titles = (view: HTMLElement) => [...view.querySelectorAll('.featured-list > li .featured-title')].map((t) => t.textContent);
const click = (view: HTMLElement, selector: string) => view.querySelector<HTMLButtonElement>(selector)!.click();

describe('featured stories screen', () => {
  test('editors add, reorder and remove stories, then save the order with the list\'s ETag', async () => {
    const saved = { category: null, items: [entry(c), entry(b)], updatedAt: '2024-02-10T01:00:00Z', updatedBy: 'bientap' };
    const { context, sent, unsaved } = screen(() => new Response(JSON.stringify(saved), { status: 200, headers: { 'Content-Type': 'application/json', ETag: '"4"' } }));
    const view = document.body.appendChild(await featuredPage(context, ''));
    await settle();

    expect(titles(view)).toEqual(['Tin chính hôm nay', 'Bài nháp chờ đăng']);
    expect(view.querySelector('.featured-list > li.lead .lead-mark')?.textContent).toBe('Tin chính · ');
    expect(view.querySelector('li[data-id="2"] .not-public')?.textContent).toBe(' · chưa hiện với bạn đọc');
    expect(view.querySelector('li[data-id="1"] .not-public')).toBeNull();
    expect(view.querySelector('.saved-info')?.textContent).toBe('Lưu lần cuối 09/02/2024 10:05 · bientap');
    expect(view.querySelector<HTMLButtonElement>('.featured-actions .primary')!.disabled).toBe(true);
    expect(view.querySelector<HTMLButtonElement>('li[data-id="1"] .move-up')!.disabled).toBe(true);
    // The search lists recent articles; one already featured cannot be added twice.
    expect(sent.some((s) => s.url === '/api/v1/manage/articles?pageSize=10')).toBe(true);
    expect(view.querySelector<HTMLButtonElement>('button[data-add="1"]')!.disabled).toBe(true);

    click(view, 'button[data-add="3"]');
    expect(titles(view)).toEqual(['Tin chính hôm nay', 'Bài nháp chờ đăng', 'Tin mới thêm']);
    expect(view.querySelector<HTMLButtonElement>('button[data-add="3"]')!.disabled).toBe(true);
    click(view, 'li[data-id="2"] .move-down');
    expect(titles(view)).toEqual(['Tin chính hôm nay', 'Tin mới thêm', 'Bài nháp chờ đăng']);
    // The keyboard stays on the story moved, so it can be moved again.
    expect(document.activeElement).toBe(view.querySelector('li[data-id="2"] .remove'));
    click(view, 'li[data-id="1"] .remove');
    expect(titles(view)).toEqual(['Tin mới thêm', 'Bài nháp chờ đăng']);
    expect(unsaved()).toBe(true);

    click(view, '.featured-actions .primary');
    await settle();
    const put = sent.find((s) => s.method === 'PUT')!;
    expect(put).toEqual({ method: 'PUT', url: '/api/v1/manage/featured', ifMatch: '"3"', body: { itemIds: [3, 2] } });
    expect(view.querySelector('.messages')?.textContent).toBe('Đã lưu tiêu điểm trang chủ.');
    expect(unsaved()).toBe(false);
    expect(view.querySelector('.saved-info')?.textContent).toBe('Lưu lần cuối 10/02/2024 08:00 · bientap');
  });

  test('a list another editor saved meanwhile is refused with a reload, the changes kept on screen', async () => {
    const { context, went } = screen(() => new Response(JSON.stringify({ status: 412, title: 'The item has changed.' }), { status: 412, headers: { 'Content-Type': 'application/problem+json' } }));
    const view = await featuredPage(context, 'kinh-te');
    await settle();
    click(view, 'li[data-id="2"] .remove');
    click(view, '.featured-actions .primary');
    await settle();
    expect(view.querySelector('.messages [role="alert"]')?.textContent).toContain('Danh sách tiêu điểm đã được người khác sửa');
    expect(titles(view)).toEqual(['Tin chính hôm nay']);
    [...view.querySelectorAll<HTMLButtonElement>('.messages button')].find((button) => button.textContent === 'Tải bản mới nhất')!.click();
    expect(went).toEqual(['#/featured?category=kinh-te']);
  });

  test('authors are told the screen is for editors, and nothing is asked of the API', async () => {
    const { context, sent } = screen(() => new Response(null, { status: 500 }), 'author');
    const view = await featuredPage(context, '');
    expect(view.querySelector('.hint')?.textContent).toBe('Chỉ biên tập viên mới chọn tin tiêu điểm.');
    expect(sent).toEqual([]);
  });
});
