import { describe, expect, test } from 'vitest';
import { AdminApi } from '../../src/admin/api';
import { previewLinkRows, previewLinksPanel, previewLinkStateLabel, validUntil } from '../../src/admin/editor/preview-links';
import type { PreviewLink } from '../../src/admin/types';

const link = (id: number, state: PreviewLink['state'], extra: Partial<PreviewLink> = {}): PreviewLink => ({
  id,
  contentId: 7,
  url: `https://tin.example.vn/xem-truoc/token-${id}`,
  token: `token-${id}`,
  expiresAt: '2026-11-22T01:30:00Z',
  createdBy: 'bientap',
  createdAt: '2026-11-20T01:30:00Z',
  revokedAt: null,
  revokedBy: null,
  state,
  ...extra,
});

describe('preview links', () => {
  test('every state the API names has Vietnamese words', () => {
    expect(previewLinkStateLabel).toEqual({ active: 'Còn hiệu lực', expired: 'Đã hết hạn', revoked: 'Đã thu hồi' });
  });

  test('the expiry is said in portal time', () => {
    expect(validUntil(link(1, 'active'))).toBe('Có hiệu lực đến 22/11/2026 08:30');
  });

  test('rows: the address and "Thu hồi" only while a link works; times in portal time; who revoked it', () => {
    const revoked: number[] = [];
    const table = previewLinkRows([link(3, 'active'), link(2, 'revoked', { revokedBy: 'truongban' }), link(1, 'expired')], (l) => revoked.push(l.id), () => undefined);
    const rows = [...table.querySelectorAll('tbody tr')];
    expect(rows.map((tr) => [...tr.querySelectorAll('td')].slice(1, 5).map((td) => td.textContent))).toEqual([
      ['20/11/2026 08:30', 'bientap', '22/11/2026 08:30', 'Còn hiệu lực'],
      ['20/11/2026 08:30', 'bientap', '22/11/2026 08:30', 'Đã thu hồi (truongban)'],
      ['20/11/2026 08:30', 'bientap', '22/11/2026 08:30', 'Đã hết hạn'],
    ]);
    expect(rows.map((tr) => tr.querySelector<HTMLInputElement>('input.preview-link-url')?.value ?? null))
      .toEqual(['https://tin.example.vn/xem-truoc/token-3', null, null]);
    expect(table.querySelectorAll('button.revoke-preview-link')).toHaveLength(1);
    table.querySelector<HTMLButtonElement>('button.revoke-preview-link')!.click();
    expect(revoked).toEqual([3]);
  });

  test('the API calls: list, make (with or without a lifetime) and revoke the item\'s links', async () => {
    const sent: string[] = [];
    const api = new AdminApi('https://api.example.vn', () => 'token', () => undefined, (async (input: RequestInfo | URL, init?: RequestInit) => {
      sent.push(`${init?.method} ${String(input)} ${init?.body ?? ''}`);
      if (init?.method === 'DELETE') return new Response(null, { status: 204 });
      return Response.json(init?.method === 'GET' ? [link(1, 'active')] : link(2, 'active'), { status: init?.method === 'POST' ? 201 : 200 });
    }) as typeof fetch);

    await expect(api.previewLinks('article', 7)).resolves.toEqual([link(1, 'active')]);
    await expect(api.createPreviewLink('interview', 7)).resolves.toEqual(link(2, 'active'));
    await api.createPreviewLink('video', 7, 4);
    await api.revokePreviewLink('article', 7, 1);
    expect(sent).toEqual([
      'GET https://api.example.vn/api/v1/manage/articles/7/preview-links ',
      'POST https://api.example.vn/api/v1/manage/interviews/7/preview-links {}',
      'POST https://api.example.vn/api/v1/manage/videos/7/preview-links {"validHours":4}',
      'DELETE https://api.example.vn/api/v1/manage/articles/7/preview-links/1 ',
    ]);
  });

  test('the panel makes a link for the lifetime chosen, or the portal\'s default', async () => {
    const bodies: string[] = [];
    const api = new AdminApi('https://api.example.vn', () => 'token', () => undefined, (async (_input: RequestInfo | URL, init?: RequestInit) => {
      if (init?.method === 'POST') bodies.push(String(init.body));
      return Response.json(init?.method === 'POST' ? link(3, 'active') : [], { status: init?.method === 'POST' ? 201 : 200 });
    }) as typeof fetch);
    const panel = previewLinksPanel({ api, type: 'article', id: 7 });
    document.body.append(panel);
    const make = async (made: number) => {
      panel.querySelector<HTMLButtonElement>('.create-preview-link')!.click();
      await expect.poll(() => bodies.length).toBe(made);
      await expect.poll(() => panel.querySelector<HTMLElement>('.preview-link-created')!.hidden).toBe(false);
    };

    await make(1);
    panel.querySelector<HTMLSelectElement>('.preview-link-lifetime')!.value = '168';
    await make(2);

    expect(bodies).toEqual(['{}', '{"validHours":168}']);
    panel.remove();
  });
});
