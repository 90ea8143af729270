// The builder reads after the changes feed's position: once GET /changes has answered a
// Cms-Position, every request it sends (its own, and the views' through client()) carries it as
// Cms-Read-After, so no API process or read replica answers from before what the feed listed.
import { afterEach, describe, expect, test, vi } from 'vitest';
import { BuilderApi } from '../../src/build/builder-api';

type Sent = { url: string; headers: Record<string, string> };

function stubApi(position: string | null): Sent[] {
  const sent: Sent[] = [];
  vi.stubGlobal('fetch', async (input: RequestInfo | URL, init?: RequestInit) => {
    sent.push({ url: String(input), headers: { ...(init?.headers as Record<string, string>) } });
    const body = String(input).includes('/changes') ? { items: [], removed: [], next: 't', hasMore: false } : { items: [] };
    return new Response(JSON.stringify(body), {
      status: 200,
      headers: { 'Content-Type': 'application/json', ...(position && String(input).includes('/changes') ? { 'Cms-Position': position } : {}) },
    });
  });
  return sent;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the builder reads after the feed', () => {
  test('nothing is asked of a position before the feed has named one', async () => {
    const sent = stubApi('0/16B3748');
    const api = new BuilderApi('https://api.example.vn', 'http://api:8080');

    await api.json('/api/v1/categories');

    expect(sent[0]!.headers['Cms-Read-After']).toBeUndefined();
    expect(sent[0]!.headers['Accept-Encoding']).toBe('identity');
  });

  test("after GET /changes, the builder's requests and the views' carry its position", async () => {
    const sent = stubApi('0/16B3748');
    const api = new BuilderApi('https://api.example.vn', 'http://api:8080');
    const views = api.client();

    await api.changes('/api/v1/changes?limit=10');
    await api.json('/api/v1/articles?page=2');
    await views.featured();

    expect(api.readAfter).toBe('0/16B3748');
    expect(sent.map((s) => s.headers['Cms-Read-After'])).toEqual([undefined, '0/16B3748', '0/16B3748']);
    expect(sent[2]!.url).toBe('http://api:8080/api/v1/featured'); // reached inside, named by its public address
  });

  test('an API that names no position leaves the last one in force', async () => {
    const api = new BuilderApi('https://api.example.vn', 'http://api:8080');
    api.readAfter = '0/1000';
    stubApi(null);

    await api.changes('/api/v1/changes');

    expect(api.readAfter).toBe('0/1000');
  });
});
