import { describe, expect, test } from 'vitest';
import { ApiClient, ApiUnavailableError, NotFoundError } from '../../src/api/client';
import { toPage } from '../../src/api/types';
import { API, fakeApi, interview, tree } from './fixtures';

describe('ApiClient', () => {
  test('resolves root-relative media URLs against the API; only http(s) survives', () => {
    const api = new ApiClient(API);
    expect(api.mediaUrl('/media/demo/a.svg')).toBe('https://api.example.vn/media/demo/a.svg');
    expect(api.mediaUrl('https://cdn.example/b.jpg')).toBe('https://cdn.example/b.jpg');
    expect(api.mediaUrl('media/c.png')).toBe('https://api.example.vn/media/c.png');
    expect(api.mediaUrl('javascript:alert(1)')).toBeNull();
    expect(api.mediaUrl('data:image/svg+xml,<svg/>')).toBeNull();
    expect(api.mediaUrl(null)).toBeNull();
    expect(api.mediaUrl('')).toBeNull();
  });

  test('list queries carry only the parameters given', async () => {
    const { api, asked } = fakeApi({ '/api/v1/content': { items: [] } });
    await api.content({ category: 'kinh-te', page: 2, pageSize: 10, tag: undefined });
    await api.content();
    expect(asked).toEqual(['/api/v1/content?category=kinh-te&page=2&pageSize=10', '/api/v1/content']);
  });

  test('a list page always has every field, even if the API left one out', () => {
    // The types say every field is there; the client still copes if an API leaves one out.
    expect(toPage({} as Parameters<typeof toPage>[0])).toEqual({ items: [], page: 1, pageSize: 0, totalItems: 0, totalPages: 1 });
  });

  test('404 is NotFoundError; a network failure or a 5xx is ApiUnavailableError', async () => {
    const { api } = fakeApi({});
    await expect(api.item('interview', 'khong-co')).rejects.toBeInstanceOf(NotFoundError);

    const down = new ApiClient(API, async () => {
      throw new TypeError('Failed to fetch');
    });
    await expect(down.categories()).rejects.toBeInstanceOf(ApiUnavailableError);

    const failing = new ApiClient(API, async () => new Response('oops', { status: 503 }));
    await expect(failing.item('article', 'x')).rejects.toBeInstanceOf(ApiUnavailableError);
  });

  test('the section tree is asked once, and asked again after a failure', async () => {
    let calls = 0;
    let fail = true;
    const api = new ApiClient(API, async () => {
      calls++;
      if (fail) throw new TypeError('down');
      return Response.json(tree);
    });
    await expect(api.categories()).rejects.toBeInstanceOf(ApiUnavailableError);
    fail = false;
    await expect(api.categories()).resolves.toEqual(tree);
    await api.categories();
    expect(calls).toBe(2);
  });

  test('many items of one type by id: one request naming each id', async () => {
    const { api, asked } = fakeApi({ '/api/v1/interviews/batch': { items: [interview], missing: [7] } });
    await expect(api.items('interview', [12, 7])).resolves.toEqual({ items: [interview], missing: [7] });
    expect(asked).toEqual(['/api/v1/interviews/batch?ids=12&ids=7']);
  });

  test('an item by slug, slug escaped into the path', async () => {
    const { api, asked } = fakeApi({ '/api/v1/interviews/nam-2024': interview });
    await expect(api.item('interview', 'nam-2024')).resolves.toMatchObject({ id: 12 });
    expect(asked).toEqual(['/api/v1/interviews/nam-2024']);
  });
});

describe('the hit beacon', () => {
  test('posts the visitor id and, on item pages, the item id; answers the statistics', async () => {
    const sent: Array<{ url: string; init?: RequestInit }> = [];
    const api = new ApiClient(API, async (input, init) => {
      sent.push({ url: String(input), init });
      return Response.json({ online: 1, today: 2, thisWeek: 3, total: 4 }, { status: 202 });
    });
    await expect(api.hit('visitor-123', 12)).resolves.toEqual({ online: 1, today: 2, thisWeek: 3, total: 4 });
    await api.hit('visitor-123');
    expect(sent[0]?.url).toBe('https://api.example.vn/api/v1/hits');
    expect(sent[0]?.init?.method).toBe('POST');
    expect(JSON.parse(String(sent[0]?.init?.body))).toEqual({ visitorId: 'visitor-123', contentId: 12 });
    expect(JSON.parse(String(sent[1]?.init?.body))).toEqual({ visitorId: 'visitor-123' });
  });

  test('no endpoint, a failure or an incomplete answer gives null, never half a box', async () => {
    const { api } = fakeApi({});
    await expect(api.hit('visitor-123')).resolves.toBeNull();
    await expect(api.stats()).resolves.toBeNull();
    const partial = new ApiClient(API, async () => Response.json({ online: 1, today: 2 }));
    await expect(partial.stats()).resolves.toBeNull();
    const down = new ApiClient(API, async () => {
      throw new TypeError('down');
    });
    await expect(down.hit('visitor-123')).resolves.toBeNull();
  });
});
