// API answers for unit tests, shaped by the generated types so they drift with the API.
import { ApiClient } from '../../src/api/client';
import type { Article, CategoryNode, ContentSummary, Interview, Page, Video } from '../../src/api/types';

export const API = 'https://api.example.vn';

export const tree: CategoryNode[] = [
  { id: 1, name: 'Kinh tế', slug: 'kinh-te', description: 'Kinh tế tỉnh', children: [{ id: 2, name: 'Nông nghiệp', slug: 'nong-nghiep', description: null, children: [] }] },
  { id: 3, name: 'Phỏng vấn', slug: 'phong-van', children: [] },
];

const base = {
  status: 'published' as const,
  tags: [],
  credits: [],
  createdAt: '2024-02-01T00:00:00Z',
  updatedAt: '2024-02-01T00:00:00Z',
  version: 1,
  oldSlugs: [],
};

export const interview: Interview = {
  ...base,
  id: 12,
  type: 'interview',
  href: '/api/v1/interviews/12',
  slug: 'nam-2024',
  title: 'Năm 2024, Đảng bộ thành phố <b>Sóc Trăng</b>',
  summary: 'Lời dẫn.',
  coverImage: { url: '/media/demo/cover.svg', caption: 'Chú thích ảnh', alt: 'Ảnh bìa' },
  category: { id: 3, name: 'Phỏng vấn', slug: 'phong-van' },
  author: 'Lê Vũ',
  publishedAt: '2024-02-08T00:30:00+00:00',
  viewCount: 12520,
  interviewee: { name: 'Nguyễn Văn Quận', position: 'Bí thư Thành ủy', portrait: { url: '/media/demo/portrait.svg', caption: 'Chú thích chân dung', alt: null } },
  exchanges: [
    { question: 'Câu hỏi một?', answer: 'Đoạn một.\n\nĐoạn hai.', speaker: 'Nguyễn Văn Quận' },
    { question: 'Câu hỏi hai?', answer: 'Trả lời.', speaker: 'Người khác' },
  ],
  closing: 'Xin cảm ơn đồng chí!',
};

export const article: Article = {
  ...base,
  id: 5,
  type: 'article',
  href: '/api/v1/articles/5',
  slug: 'bai-mot',
  title: 'Bài một',
  summary: null,
  author: null,
  publishedAt: null,
  viewCount: 3,
  body: '<p>Nội dung <strong>đậm</strong></p><img src="/media/a.png" onerror="alert(1)"><script>alert(2)</script><a href="javascript:alert(3)">x</a>',
};

export const video: Video = {
  ...base,
  id: 7,
  type: 'video',
  href: '/api/v1/videos/7',
  slug: 'phim-mot',
  title: 'Phim một',
  summary: 'Tóm tắt',
  description: 'Tóm tắt',
  coverImage: { url: '/media/demo/thumb.svg' },
  source: { kind: 'youtube', value: 'dQw4w9WgXcQ' },
  durationSeconds: 754,
  viewCount: 1288,
};

export function summary(overrides: Partial<ContentSummary> = {}): ContentSummary {
  const row = { id: 100, type: 'article' as const, slug: 'tin', title: 'Tin', status: 'published' as const, tags: [], credits: [], viewCount: 0, ...overrides };
  return { href: `/api/v1/${row.type}s/${row.id}`, ...row };
}

export function page<T>(items: T[], extra: Partial<Page<T>> = {}): Page<T> {
  return { items, page: 1, pageSize: 10, totalItems: items.length, totalPages: 1, ...extra };
}

/**
 * An ApiClient whose fetch answers from a table of path → JSON (404 for anything else),
 * recording the URLs asked.
 */
export function fakeApi(routes: Record<string, unknown>): { api: ApiClient; asked: string[] } {
  const asked: string[] = [];
  const fetchImpl = async (input: RequestInfo | URL): Promise<Response> => {
    const url = new URL(String(input));
    asked.push(url.pathname + url.search);
    const body = routes[url.pathname + url.search] ?? routes[url.pathname];
    return body === undefined
      ? new Response(JSON.stringify({ status: 404 }), { status: 404, headers: { 'Content-Type': 'application/problem+json' } })
      : new Response(JSON.stringify(body), { status: 200, headers: { 'Content-Type': 'application/json' } });
  };
  return { api: new ApiClient(API, fetchImpl as typeof fetch), asked };
}
