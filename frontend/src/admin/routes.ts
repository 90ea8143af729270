// The admin's screens are addressed with hash routes (/admin/#/articles/12): any static
// host serves /admin/ without rewrite rules, and a reload or a shared link opens the same
// screen.
import type { ContentType } from '../api/types';
import { parsePage } from '../pagination';
import { contentTypes, collectionOf } from './types';

export type AdminRoute =
  | { name: 'list'; type: ContentType; status: string; category: string; tag: string; q: string; page: number }
  | { name: 'edit'; type: ContentType; id: number }
  | { name: 'new'; type: ContentType }
  | { name: 'import' }
  | { name: 'categories' }
  | { name: 'featured'; category: string }
  | { name: 'tags'; q: string }
  | { name: 'users' }
  | { name: 'stats' }
  | { name: 'account' }
  | { name: 'media' }
  | { name: 'webhooks' }
  | { name: 'authors'; q: string }
  | { name: 'royalties'; from: string; to: string }
  | { name: 'notFound' };

const typeOfCollection = new Map(contentTypes.map((type) => [collectionOf[type], type] as const));

export function parseAdminRoute(hash: string): AdminRoute {
  const [path = '', search = ''] = hash.replace(/^#/, '').split('?', 2);
  const parts = path.split('/').filter(Boolean);
  const query = new URLSearchParams(search);
  if (parts.length === 0) return { name: 'list', type: 'article', status: '', category: '', tag: '', q: '', page: 1 };
  const [first, second, ...rest] = parts;
  if (rest.length) return { name: 'notFound' };
  if (first === 'categories' && !second) return { name: 'categories' };
  if (first === 'tags' && !second) return { name: 'tags', q: query.get('q') ?? '' };
  if (first === 'featured' && !second) return { name: 'featured', category: query.get('category') ?? '' };
  if (first === 'users' && !second) return { name: 'users' };
  if (first === 'stats' && !second) return { name: 'stats' };
  if (first === 'account' && !second) return { name: 'account' };
  if (first === 'media' && !second) return { name: 'media' };
  if (first === 'webhooks' && !second) return { name: 'webhooks' };
  if (first === 'authors' && !second) return { name: 'authors', q: query.get('q') ?? '' };
  if (first === 'royalties' && !second) return { name: 'royalties', from: query.get('from') ?? '', to: query.get('to') ?? '' };
  if (first === 'interviews' && second === 'import') return { name: 'import' };
  const type = typeOfCollection.get(first as 'articles');
  if (!type) return { name: 'notFound' };
  if (!second) {
    const text = (key: string) => query.get(key) ?? '';
    return { name: 'list', type, status: text('status'), category: text('category'), tag: text('tag'), q: text('q'), page: parsePage(query.get('page')) };
  }
  if (second === 'new') return { name: 'new', type };
  return /^\d{1,15}$/.test(second) ? { name: 'edit', type, id: Number(second) } : { name: 'notFound' };
}

/** Hash links for every screen, so no screen builds one by hand. */
export const adminPaths = {
  list(type: ContentType, filters: { status?: string; category?: string; tag?: string; q?: string; page?: number } = {}): string {
    return withQuery(`#/${collectionOf[type]}`, filters);
  },
  edit: (type: ContentType, id: number) => `#/${collectionOf[type]}/${id}`,
  create: (type: ContentType) => `#/${collectionOf[type]}/new`,
  import: () => '#/interviews/import',
  categories: () => '#/categories',
  tags: (q = '') => withQuery('#/tags', { q }),
  /** The home page's featured list, or a section's (its slug). */
  featured: (category = '') => withQuery('#/featured', { category }),
  users: () => '#/users',
  stats: () => '#/stats',
  account: () => '#/account',
  media: () => '#/media',
  webhooks: () => '#/webhooks',
  authors: (q = '') => withQuery('#/authors', { q }),
  royalties: (from = '', to = '') => withQuery('#/royalties', { from, to }),
};

/** The filters that are set, in a fixed order; page 1 is left out. */
function withQuery(path: string, filters: Record<string, string | number | undefined>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) {
    if (key === 'page' ? Number(value) > 1 : value) params.set(key, String(value));
  }
  const text = params.toString();
  return `${path}${text ? `?${text}` : ''}`;
}
