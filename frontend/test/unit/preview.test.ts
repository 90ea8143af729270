import { describe, expect, test } from 'vitest';
import { ApiClient, ApiUnavailableError, NotFoundError } from '../../src/api/client';
import { DEFAULT_SITE_NAME } from '../../src/config';
import { addressOf, parseRoute, paths } from '../../src/routes';
import { itemView } from '../../src/views/item';
import { previewPage, previewView } from '../../src/views/preview';
import { viewOf } from '../../src/views/view-of';
import { API, article, fakeApi, interview, tree } from './fixtures';

const config = { apiBaseUrl: API, siteName: DEFAULT_SITE_NAME };
const TOKEN = 'AAAAAAAAAAEAAAAAAAAAAQ-_abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOP';
const EXPIRES = '2024-02-10T00:30:00Z'; // 07:30 in Vietnam

function render(node: Node): HTMLElement {
  const main = document.createElement('main');
  main.append(node);
  return main;
}

/** An ApiClient whose preview endpoint answers `status` with `body`. */
function previewApi(status: number, body: unknown): ApiClient {
  return new ApiClient(API, (async () => new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': status >= 400 ? 'application/problem+json' : 'application/json' },
  })) as typeof fetch);
}

describe('preview routes', () => {
  test('/xem-truoc/<token> is the preview page, with no canonical address of its own', () => {
    const route = parseRoute(new URL(paths.preview(TOKEN), 'https://tin.example.vn'));
    expect(route).toEqual({ name: 'preview', token: TOKEN });
    expect(addressOf(route)).toBeNull();
    expect(paths.preview(TOKEN)).toBe(`/xem-truoc/${TOKEN}`);
  });

  test('a missing or malformed token is still the preview page, which says the link is not valid', () => {
    for (const path of ['/xem-truoc', '/xem-truoc/', '/xem-truoc/a.b', '/xem-truoc/a/b', '/xem-truoc/%3Cscript%3E']) {
      expect(parseRoute(new URL(path, 'https://tin.example.vn'))).toEqual({ name: 'preview', token: '' });
    }
  });
});

describe('ApiClient.preview', () => {
  test('an item of any type comes back with the link expiry', async () => {
    const { api, asked } = fakeApi({ [`/api/v1/preview/${TOKEN}`]: { expiresAt: EXPIRES, article: null, interview, video: null } });
    await expect(api.preview(TOKEN)).resolves.toEqual({ kind: 'shown', item: interview, expiresAt: EXPIRES });
    expect(asked).toEqual([`/api/v1/preview/${TOKEN}`]);
  });

  test('a 410 says why the link is gone; a 404 is not found; a 5xx is unavailable', async () => {
    await expect(previewApi(410, { status: 410, reason: 'revoked' }).preview(TOKEN)).resolves.toEqual({ kind: 'gone', reason: 'revoked' });
    await expect(previewApi(410, { status: 410, reason: 'expired' }).preview(TOKEN)).resolves.toEqual({ kind: 'gone', reason: 'expired' });
    await expect(previewApi(404, { status: 404 }).preview(TOKEN)).rejects.toBeInstanceOf(NotFoundError);
    await expect(previewApi(503, { status: 503 }).preview(TOKEN)).rejects.toBeInstanceOf(ApiUnavailableError);
  });
});

describe('preview page', () => {
  test('the item as its own page draws it, under the banner with the expiry in portal time', () => {
    const view = previewView({ api: new ApiClient(API), config, tree }, article, EXPIRES);
    const main = render(view.content);
    const real = render(itemView({ api: new ApiClient(API), config, tree }, article).content);

    expect(main.querySelector('.preview-banner-title')?.textContent).toBe('Bản xem trước');
    expect(main.querySelector('.preview-banner-expiry')?.textContent).toContain('10/02/2024 07:30');
    expect(main.querySelector('.item-page')?.outerHTML).toBe(real.querySelector('.item-page')?.outerHTML);
    expect(view.title).toBe(article.title);
  });

  test('a preview counts no view and is never indexed', () => {
    const view = previewView({ api: new ApiClient(API), config, tree }, article, EXPIRES);
    expect(view.contentId).toBeUndefined();
    expect(view.noindex).toBe(true);
    expect(view.story).toBeUndefined();
    expect(view.trail).toBeUndefined();
  });

  test('a wrong, expired or revoked link is a page saying so in Vietnamese', async () => {
    const cases: [ApiClient, string, string][] = [
      [previewApi(404, { status: 404 }), 'preview-invalid', 'Liên kết xem trước không hợp lệ'],
      [previewApi(410, { status: 410, reason: 'expired' }), 'preview-expired', 'Liên kết xem trước đã hết hạn'],
      [previewApi(410, { status: 410, reason: 'revoked' }), 'preview-revoked', 'Liên kết xem trước đã bị thu hồi'],
    ];
    for (const [api, kind, heading] of cases) {
      const view = await previewPage({ api, config, tree }, { name: 'preview', token: TOKEN });
      const main = render(view.content);
      expect(main.querySelector('[data-page]')?.getAttribute('data-page')).toBe(kind);
      expect(main.querySelector('h1')?.textContent).toBe(heading);
      expect(view.noindex).toBe(true);
      expect(view.contentId).toBeUndefined();
    }
  });

  test('an empty token asks the API nothing', async () => {
    const { api, asked } = fakeApi({});
    const view = await viewOf({ api, config, tree }, { name: 'preview', token: '' });
    expect(render(view.content).querySelector('h1')?.textContent).toBe('Liên kết xem trước không hợp lệ');
    expect(asked).toEqual([]);
  });

  test('an API that is down is not taken for a bad link', async () => {
    await expect(previewPage({ api: previewApi(503, {}), config, tree }, { name: 'preview', token: TOKEN })).rejects.toBeInstanceOf(ApiUnavailableError);
  });
});
