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
    calls.push({ url: String(input), method: init?.method ?? 'GET', headers: init?.headers as Record<string, string>, body: init?.body ? JSON.parse(String(init.body)) : undefined });
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
