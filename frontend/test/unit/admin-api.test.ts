import { describe, expect, test } from 'vitest';
import { AdminApi } from '../../src/admin/api';
import { ApiProblem, fieldMessage, problemMessage } from '../../src/admin/problem';
import { interview } from './fixtures';

interface Call {
  url: string;
  method: string;
  headers: Record<string, string>;
  body: unknown;
}

/** A fetch that records what was sent and answers from a queue. */
function fakeFetch(...answers: Array<() => Response>) {
  const calls: Call[] = [];
  const fetchImpl = (async (input: RequestInfo | URL, init?: RequestInit) => {
    calls.push({ url: String(input), method: init?.method ?? 'GET', headers: init?.headers as Record<string, string>, body: init?.body instanceof FormData ? init.body : init?.body ? JSON.parse(String(init.body)) : undefined });
    const answer = answers.shift();
    if (!answer) throw new TypeError('Failed to fetch');
    return answer();
  }) as typeof fetch;
  return { calls, fetchImpl };
}

/** The ApiProblem a call fails with (the test fails if the call succeeds). */
const failure = (call: Promise<unknown>): Promise<ApiProblem> =>
  call.then(() => {
    throw new Error('expected the call to fail');
  }, (error: unknown) => error as ApiProblem);

const json = (status: number, body: unknown, headers: Record<string, string> = {}) => () =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': status < 300 ? 'application/json' : 'application/problem+json', ...headers } });

function client(...answers: Array<() => Response>) {
  const fake = fakeFetch(...answers);
  let signedOut = 0;
  const api = new AdminApi('https://api.example.vn', () => 'TOKEN', () => signedOut++, fake.fetchImpl);
  return { api, calls: fake.calls, signedOut: () => signedOut };
}

describe('AdminApi: versions and conflicts', () => {
  test('every author: page after page until the last, with the search sent on each', async () => {
    const author = (id: number) => ({ id, name: `Tác giả ${id}`, slug: `tac-gia-${id}`, version: 1 });
    const { api, calls } = client(
      json(200, { items: [author(1), author(2)], page: 1, pageSize: 100, totalItems: 3, totalPages: 2 }),
      json(200, { items: [author(3)], page: 2, pageSize: 100, totalItems: 3, totalPages: 2 }));
    expect((await api.allAuthors('le')).map((a) => a.id)).toEqual([1, 2, 3]);
    expect(calls.map((c) => c.url)).toEqual([
      'https://api.example.vn/api/v1/manage/authors?q=le&page=1&pageSize=100',
      'https://api.example.vn/api/v1/manage/authors?q=le&page=2&pageSize=100',
    ]);
  });

  test('a GET hands back the item with its ETag; the PUT sends that ETag as If-Match and the bearer token', async () => {
    const { api, calls } = client(json(200, interview, { ETag: '"41"' }), json(200, { ...interview, version: 42 }, { ETag: '"42"' }));
    const loaded = await api.get('interview', 12);
    expect(loaded.etag).toBe('"41"');
    const saved = await api.update('interview', 12, { title: 'Mới' }, loaded.etag);
    expect(saved.etag).toBe('"42"');
    expect(calls[0]).toMatchObject({ url: 'https://api.example.vn/api/v1/manage/interviews/12', method: 'GET' });
    expect(calls[1]).toMatchObject({ url: 'https://api.example.vn/api/v1/manage/interviews/12', method: 'PUT', body: { title: 'Mới' } });
    expect(calls[1]!.headers).toMatchObject({ 'If-Match': '"41"', Authorization: 'Bearer TOKEN', 'Content-Type': 'application/json' });
  });

  test('without an ETag header (a proxy dropped it) the version in the body stands in', async () => {
    const { api } = client(json(200, { ...interview, version: 7 }));
    expect((await api.get('interview', 12)).etag).toBe('"7"');
  });

  test('a 412 is a "stale" problem whose message says someone else changed it; nothing is retried', async () => {
    const { api, calls } = client(json(412, { title: 'Precondition Failed', status: 412, detail: 'The interview was changed by someone else.' }));
    const error = await failure(api.update('interview', 12, { title: 'x' }, '"41"'));
    expect(error).toBeInstanceOf(ApiProblem);
    expect((error as ApiProblem).kind).toBe('stale');
    expect(problemMessage(error)).toMatch(/^Bài đã được người khác sửa/);
    expect(calls).toHaveLength(1);
  });

  test('428 (no If-Match) and 409 get their own clear messages', async () => {
    const { api } = client(json(428, { status: 428 }), json(409, { status: 409, detail: 'Slug taken.' }));
    const missing = await failure(api.remove('article', 1, ''));
    expect(missing.kind).toBe('preconditionRequired');
    expect(problemMessage(missing)).toContain('If-Match');
    const conflict = await failure(api.transition('article', 1, 'submit', '"3"'));
    expect(conflict.kind).toBe('conflict');
    expect(problemMessage(conflict)).toBe('Không thực hiện được vì xung đột với dữ liệu hiện có (Slug taken.).');
  });

  test('transitions and schedule post to their paths with If-Match; schedule sends publishAt', async () => {
    const { api, calls } = client(json(200, interview), json(200, interview));
    await api.transition('video', 3, 'publish', '"9"');
    await api.schedule('article', 4, '2030-01-01T06:00:00+07:00', '"10"');
    expect(calls.map((c) => [c.method, c.url, c.headers['If-Match'], c.body])).toEqual([
      ['POST', 'https://api.example.vn/api/v1/manage/videos/3/publish', '"9"', undefined],
      ['POST', 'https://api.example.vn/api/v1/manage/articles/4/schedule', '"10"', { publishAt: '2030-01-01T06:00:00+07:00' }],
    ]);
  });
});

describe('AdminApi: errors', () => {
  test('validation errors come back keyed by field, messages in Vietnamese where known', async () => {
    const { api } = client(json(400, { status: 400, errors: { title: ["'title' must not be empty."], 'exchanges[0].answer': ['The length of \'answer\' must be 100000 characters or fewer. You entered 100001 characters.'] } }));
    const error = await failure(api.create('interview', {}));
    expect(error.kind).toBe('validation');
    expect(Object.keys(error.errors)).toEqual(['title', 'exchanges[0].answer']);
    expect(error.errors.title!.map(fieldMessage)).toEqual(['Không được để trống.']);
    expect(fieldMessage(error.errors['exchanges[0].answer']![0]!)).toBe('Tối đa 100000 ký tự.');
    expect(fieldMessage("'duration Seconds' must be between 0 and 604800. You entered -1.")).toBe('Phải trong khoảng 0–604800.');
    expect(fieldMessage('Something new.')).toBe('Something new.');
  });

  test('a 401 on a management call ends the session; a 401 at sign-in is just a wrong password', async () => {
    const unauthorized = () => new Response(null, { status: 401 });
    const { api, signedOut, calls } = client(unauthorized, unauthorized);
    await expect(api.list('article')).rejects.toMatchObject({ kind: 'unauthorized' });
    expect(signedOut()).toBe(1);
    await expect(api.signIn('admin', 'sai')).rejects.toMatchObject({ kind: 'unauthorized' });
    expect(signedOut()).toBe(1);
    expect(calls[1]!.headers.Authorization).toBeUndefined();
  });

  test('a locked sign-in (429) says when to try again; a network failure is "unavailable"', async () => {
    const { api } = client(json(429, { status: 429 }, { 'Retry-After': '840' }));
    const locked = await failure(api.signIn('admin', 'x'));
    expect(problemMessage(locked)).toBe('Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau 14 phút.');
    const down = await failure(api.me());
    expect(down.kind).toBe('unavailable');
    expect(problemMessage(down)).toMatch(/^Không kết nối được máy chủ/);
  });

  test('refresh swaps the current token for a new one', async () => {
    const { api, calls } = client(json(200, { accessToken: 'NEW', expiresAt: '2030-01-01T00:00:00Z', tokenType: 'Bearer', userName: 'admin', role: 'admin' }));
    await expect(api.refresh()).resolves.toMatchObject({ accessToken: 'NEW' });
    expect(calls[0]).toMatchObject({ method: 'POST', url: 'https://api.example.vn/api/v1/auth/refresh' });
    expect(calls[0]!.headers.Authorization).toBe('Bearer TOKEN');
  });

  test('list filters go into the query string, empty ones are left out', async () => {
    const { api, calls } = client(json(200, { items: [], page: 2, pageSize: 20, totalItems: 21, totalPages: 2 }));
    const page = await api.list('interview', { status: 'draft', category: '', page: 2, pageSize: 20 });
    expect(calls[0]!.url).toBe('https://api.example.vn/api/v1/manage/interviews?status=draft&page=2&pageSize=20');
    expect(page.totalPages).toBe(2);
  });
});

describe('the new management calls', () => {
  test('the list sends the search words and the tag; rows keep who changed them', async () => {
    const row = { id: 1, type: 'article', slug: 'a', title: 'A', tags: [], status: 'draft', viewCount: 0, updatedAt: '2026-11-20T01:00:00Z', updatedBy: 'bientap' };
    const { api, calls } = client(json(200, { items: [row], page: 1, pageSize: 20, totalItems: 1, totalPages: 1 }));
    const page = await api.list('article', { q: 'sóc trăng', tag: 'an-sinh', status: '', page: 1 });
    expect(calls[0]!.url).toBe('https://api.example.vn/api/v1/manage/articles?q=s%C3%B3c+tr%C4%83ng&tag=an-sinh&page=1');
    expect(page.items[0]!.updatedBy).toBe('bientap');
  });

  test('an upload is multipart (file, caption, alt) without a JSON content type', async () => {
    const { api, calls } = client(json(201, { id: 5, url: '/media/2026/11/a.png', fileName: 'a.png', contentType: 'image/png', width: 2, height: 2, sizeBytes: 70, renditions: [] }));
    const media = await api.uploadMedia(new Blob([new Uint8Array([1, 2])], { type: 'image/png' }), 'a.png', 'Chú thích', null);
    expect(media.id).toBe(5);
    expect(calls[0]).toMatchObject({ url: 'https://api.example.vn/api/v1/manage/media', method: 'POST' });
    expect(calls[0]!.headers['Content-Type']).toBeUndefined();
    const form = calls[0]!.body as FormData;
    expect((form.get('file') as File).name).toBe('a.png');
    expect(form.get('caption')).toBe('Chú thích');
    expect(form.has('alt')).toBe(false);
  });

  test('working copy: a 404 means none; saving sends the copy\'s ETag; publishing may overwrite', async () => {
    const copy = { contentId: 7, outdated: false, createdAt: '2026-11-20T01:00:00Z', updatedAt: '2026-11-20T01:00:00Z', content: { title: 'Mới' } };
    const { api, calls } = client(
      json(404, { title: 'Not Found' }),
      json(200, copy, { ETag: '"3"' }),
      json(200, { id: 7, version: 9 }, { ETag: '"9"' }));
    expect(await api.workingCopy('article', 7)).toBeNull();
    const saved = await api.saveWorkingCopy('article', 7, { title: 'Mới' }, '"2"');
    expect(saved.etag).toBe('"3"');
    expect(calls[1]).toMatchObject({ method: 'PUT', url: 'https://api.example.vn/api/v1/manage/articles/7/draft', body: { title: 'Mới' } });
    expect(calls[1]!.headers['If-Match']).toBe('"2"');
    await api.publishWorkingCopy('article', 7, '"3"', true);
    expect(calls[2]).toMatchObject({ method: 'POST', url: 'https://api.example.vn/api/v1/manage/articles/7/draft/publish?overwrite=true' });
  });

  test('restoring a revision sends the item\'s ETag', async () => {
    const { api, calls } = client(json(200, { id: 7, version: 12 }, { ETag: '"12"' }));
    expect((await api.restoreRevision('video', 7, 40, '"11"')).etag).toBe('"12"');
    expect(calls[0]).toMatchObject({ method: 'POST', url: 'https://api.example.vn/api/v1/manage/videos/7/revisions/40/restore' });
    expect(calls[0]!.headers['If-Match']).toBe('"11"');
  });

  test('webhooks: the secret comes back only from creating; edits and deletes send the subscription\'s ETag', async () => {
    const hook = { id: 4, url: 'https://hook.example.vn', events: ['content.published' as const], isActive: true, pending: 0, failed: 0 };
    const { api, calls } = client(
      json(201, { ...hook, secret: 'khoa-bi-mat-mot-lan' }),
      json(200, hook, { ETag: '"6"' }),
      json(200, hook, { ETag: '"7"' }),
      () => new Response(null, { status: 204 }),
      json(200, { items: [], page: 2, pageSize: 20, totalItems: 21, totalPages: 2 }));
    expect((await api.createWebhook({ url: hook.url, events: hook.events, secret: null, description: null, isActive: true })).secret).toBe('khoa-bi-mat-mot-lan');
    const current = await api.webhook(4);
    await api.updateWebhook(4, { url: hook.url, events: hook.events, secret: null, description: 'CDN', isActive: false }, current.etag);
    await api.deleteWebhook(4, '"7"');
    await api.deliveries(4, { state: 'failed', page: 2 });
    expect(calls.map((c) => [c.method, c.url.replace('https://api.example.vn/api/v1', ''), c.headers['If-Match']])).toEqual([
      ['POST', '/manage/webhooks', undefined],
      ['GET', '/manage/webhooks/4', undefined],
      ['PUT', '/manage/webhooks/4', '"6"'],
      ['DELETE', '/manage/webhooks/4', '"7"'],
      ['GET', '/manage/webhooks/4/deliveries?state=failed&page=2&pageSize=20', undefined],
    ]);
  });
});
