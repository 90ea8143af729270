import { afterEach, describe, expect, test, vi } from 'vitest';
import { AdminApi } from '../../src/admin/api';
import type { AdminContext } from '../../src/admin/context';
import { ApiProblem } from '../../src/admin/problem';
import { tagProblem, tagsPage } from '../../src/admin/views/tags';

interface Sent {
  method: string;
  url: string;
  body?: unknown;
}

/** The management API's tag calls: the list answers `tags`, a rename or merge answers `answer` (and changes `tags`). */
function screen(role: 'editor' | 'author', answer: (sent: Sent) => Response) {
  let tags = [{ name: 'Sóc Trăng', slug: 'soc-trang', itemCount: 12500 }, { name: 'TP Sóc Trăng', slug: 'tp-soc-trang', itemCount: 3 }];
  const sent: Sent[] = [];
  const fetchImpl = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(String(input));
    const call = { method: init?.method ?? 'GET', url: url.pathname + url.search, body: init?.body ? JSON.parse(String(init.body)) : undefined };
    sent.push(call);
    if (call.method === 'GET') return new Response(JSON.stringify(tags), { status: 200, headers: { 'Content-Type': 'application/json' } });
    const response = answer(call);
    if (response.ok) tags = [{ name: 'Sóc Trăng', slug: 'soc-trang', itemCount: 12503 }];
    return response;
  }) as typeof fetch;
  const went: string[] = [];
  const api = new AdminApi('https://api.example.vn', () => 'TOKEN', () => undefined, fetchImpl);
  const context = {
    api,
    session: { accessToken: 'TOKEN', expiresAt: '2099-01-01T00:00:00Z', userName: 'bientap', role },
    navigate: (hash: string) => went.push(hash),
  } as unknown as AdminContext;
  return { context, sent, went };
}

const ok = (body: unknown) => new Response(JSON.stringify(body), { status: 200, headers: { 'Content-Type': 'application/json' } });
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
const rows = (view: HTMLElement) => [...view.querySelectorAll('tbody tr')].map((tr) => [...tr.querySelectorAll('td')].slice(0, 3).map((td) => td.textContent));

afterEach(() => {
  vi.restoreAllMocks();
});

describe('tags screen', () => {
  test('lists the tags with their item counts in vi-VN; a search navigates', async () => {
    const { context, sent, went } = screen('author', () => ok({}));
    const view = await tagsPage(context, 'soc tr');
    expect(sent[0]!.url).toBe('/api/v1/manage/tags?q=soc+tr&limit=50');
    expect(rows(view)).toEqual([['Sóc Trăng Xem', 'soc-trang', '12.500'], ['TP Sóc Trăng Xem', 'tp-soc-trang', '3']]);
    expect(view.querySelector('tbody a')?.getAttribute('href')).toBe('/tu-khoa/soc-trang');
    expect(view.querySelector('button')?.textContent).toBe('Tìm'); // authors may look, not correct
    view.querySelector<HTMLInputElement>('input[name="q"]')!.value = ' vinh chau ';
    view.querySelector('form')!.dispatchEvent(new Event('submit', { cancelable: true }));
    expect(went).toEqual(['#/tags?q=vinh+chau']);
  });

  test('an editor merges a stray spelling into the tag to keep, after a confirmation naming both', async () => {
    const confirm = vi.spyOn(window, 'confirm').mockReturnValue(true);
    const { context, sent } = screen('editor', () => ok({ name: 'Sóc Trăng', slug: 'soc-trang', itemCount: 12503 }));
    const view = await tagsPage(context, '');
    view.querySelector<HTMLButtonElement>('tr[data-slug="tp-soc-trang"] button[aria-label^="Gộp"]')!.click();
    const input = view.querySelector<HTMLInputElement>('tr[data-slug="tp-soc-trang"] .tag-form input')!;
    input.value = 'Sóc Trăng';
    input.form!.dispatchEvent(new Event('submit', { cancelable: true }));
    await settle();
    expect(confirm).toHaveBeenCalledWith('Gộp “TP Sóc Trăng” (3 mục) vào “Sóc Trăng”? Các mục đó sẽ mang từ khoá “Sóc Trăng”, và “TP Sóc Trăng” bị xoá.');
    expect(sent.find((s) => s.method === 'POST')).toEqual({ method: 'POST', url: '/api/v1/manage/tags/tp-soc-trang/merge', body: { into: 'Sóc Trăng' } });
    expect(view.querySelector('.messages')?.textContent).toBe('Đã gộp “TP Sóc Trăng” vào “Sóc Trăng”, nay có 12.503 mục.');
    expect(rows(view)).toEqual([['Sóc Trăng Xem', 'soc-trang', '12.503']]);
  });

  test('a rename onto a name another tag has says to merge instead; a declined confirmation sends nothing', async () => {
    const confirm = vi.spyOn(window, 'confirm').mockReturnValue(false);
    const { context, sent } = screen('editor', () => new Response(JSON.stringify({ status: 409, detail: 'exists' }), { status: 409, headers: { 'Content-Type': 'application/problem+json' } }));
    const view = await tagsPage(context, '');
    view.querySelector<HTMLButtonElement>('tr[data-slug="tp-soc-trang"] button[aria-label^="Đổi tên"]')!.click();
    const input = view.querySelector<HTMLInputElement>('tr[data-slug="tp-soc-trang"] .tag-form input')!;
    expect(input.value).toBe('TP Sóc Trăng');
    input.value = 'Sóc Trăng';
    input.form!.dispatchEvent(new Event('submit', { cancelable: true }));
    await settle();
    expect(sent.some((s) => s.method === 'POST')).toBe(false);
    confirm.mockReturnValue(true);
    input.form!.dispatchEvent(new Event('submit', { cancelable: true }));
    await settle();
    expect(sent.find((s) => s.method === 'POST')).toEqual({ method: 'POST', url: '/api/v1/manage/tags/tp-soc-trang/rename', body: { name: 'Sóc Trăng' } });
    expect(view.querySelector('.messages [role="alert"]')?.textContent).toContain('Hãy dùng “Gộp vào…”');
    expect(view.querySelector('tr[data-slug="tp-soc-trang"] button[aria-label^="Gộp"]')).not.toBeNull();
  });

  test('the API\'s refusals in Vietnamese', () => {
    expect(tagProblem(new ApiProblem(400, 'validation', null, null, { into: ["There is no tag 'x'."] }))).toBe('Không có từ khoá này.');
    expect(tagProblem(new ApiProblem(400, 'validation', null, null, { into: ['A tag cannot be merged into itself.'] }))).toBe('Không thể gộp một từ khoá vào chính nó.');
    expect(tagProblem(new ApiProblem(404, 'notFound', null, null))).toContain('vừa được đổi tên hoặc gộp');
  });
});
