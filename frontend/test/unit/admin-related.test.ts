import { describe, expect, test } from 'vitest';
import { AdminApi } from '../../src/admin/api';
import { relatedPanel } from '../../src/admin/editor/related-panel';
import type { ManagedContentSummary, RelatedPinsResponse } from '../../src/admin/types';
import { summary } from './fixtures';

const item = (id: number, title: string, status: ManagedContentSummary['status'] = 'published'): ManagedContentSummary =>
  ({ ...summary({ id, title, status }), updatedAt: '2024-02-09T03:05:00Z', hasWorkingCopy: false, noteCount: 0 });

const self = item(10, 'Bài đang sửa');
const pinned = item(1, 'Tin đã ghim');
const draft = item(2, 'Bản nháp sắp đăng', 'draft');
const found = [item(3, 'Tin tìm thấy'), self, pinned];

/** The panel of item 10 against a management API answering by method and path. */
function panel(put: (body: { itemIds: number[] }) => Response) {
  const sent: { method: string; url: string; body?: unknown }[] = [];
  const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': status === 200 ? 'application/json' : 'application/problem+json' } });
  const loaded: RelatedPinsResponse = { pins: [{ isPublic: true, item: pinned }], shown: [pinned, found[0]!] };
  const fetchImpl = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(String(input));
    const body = init?.body ? JSON.parse(String(init.body)) : undefined;
    sent.push({ method: init?.method ?? 'GET', url: url.pathname + url.search, body });
    if (url.pathname.endsWith('/manage/articles/10/related') && init?.method === 'PUT') return put(body);
    if (url.pathname.endsWith('/manage/articles/10/related')) return json(loaded);
    if (url.pathname.endsWith('/manage/articles')) return json({ items: [...found, draft], page: 1, pageSize: 10, totalItems: 4, totalPages: 1 });
    return new Response(null, { status: 404 });
  }) as typeof fetch;
  const api = new AdminApi('https://api.example.vn', () => 'TOKEN', () => undefined, fetchImpl);
  return { view: relatedPanel(api, 'article', 10), sent, json };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
const titles = (view: HTMLElement, list: string) => [...view.querySelectorAll(`.${list} > li .featured-title`)].map((t) => t.textContent);
const button = (view: HTMLElement, selector: string) => view.querySelector<HTMLButtonElement>(selector)!;

describe('the related stories panel', () => {
  test('shows the pins and what readers see; the item itself and a pinned story cannot be pinned again', async () => {
    const { view } = panel(() => new Response(null, { status: 500 }));
    await settle();
    await settle();

    expect(titles(view, 'related-pins')).toEqual(['Tin đã ghim']);
    expect(titles(view, 'related-shown')).toEqual(['Tin đã ghim', 'Tin tìm thấy']);
    expect(button(view, 'button[data-add="3"]').disabled).toBe(false);
    expect(button(view, 'button[data-add="10"]').disabled).toBe(true);
    expect(button(view, 'button[data-add="1"]').disabled).toBe(true);
    expect(button(view, 'button.primary').disabled).toBe(true); // nothing changed yet
  });

  test('a story pinned, moved first and saved sends the ids in order; the answer is shown', async () => {
    const { view, sent, json } = panel((body) => json({ pins: body.itemIds.map((id) => ({ isPublic: id !== 2, item: id === 2 ? draft : found[0]! })), shown: [found[0]!] }));
    await settle();
    await settle();

    button(view, 'button[data-add="2"]').click();
    button(view, '.related-pins li[data-id="2"] .move-up').click();
    button(view, '.related-pins li[data-id="1"] .remove').click();
    expect(titles(view, 'related-pins')).toEqual(['Bản nháp sắp đăng']);
    expect(view.querySelector('.related-pins .not-public')?.textContent).toContain('chưa hiện với bạn đọc');
    button(view, 'button.primary').click();
    await settle();
    await settle();

    expect(sent.filter((s) => s.method === 'PUT')).toEqual([{ method: 'PUT', url: '/api/v1/manage/articles/10/related', body: { itemIds: [2] } }]);
    expect(view.querySelector('.messages [role="status"]')?.textContent).toBe('Đã lưu tin liên quan.');
  });

  test('a refusal is said beside the panel, with the reason', async () => {
    const { view, json } = panel(() => json({ type: 'x', title: 'Bad', status: 400, errors: { 'itemIds[0]': ['There is no item 3.'] } }, 400));
    await settle();
    await settle();

    button(view, 'button[data-add="3"]').click();
    button(view, 'button.primary').click();
    await settle();
    await settle();

    expect(view.querySelector('.messages')?.textContent).toContain('There is no item 3.');
    expect(button(view, 'button.primary').disabled).toBe(false);
  });
});
