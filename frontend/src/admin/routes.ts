// The admin's screens are addressed with hash routes (/admin/#/articles/12): any static
// host serves /admin/ without rewrite rules, and a reload or a shared link opens the same
// screen.
import type { ContentType } from '../api/types';
import { parsePage } from '../pagination';
import { contentTypes, collectionOf } from './types';

export type AdminRoute =
  | { name: 'list'; type: ContentType; status: string; category: string; page: number }
  | { name: 'edit'; type: ContentType; id: number }
  | { name: 'new'; type: ContentType }
  | { name: 'import' }
  | { name: 'categories' }
  | { name: 'users' }
  | { name: 'stats' }
  | { name: 'account' }
  | { name: 'notFound' };

const typeOfCollection = new Map(contentTypes.map((type) => [collectionOf[type], type] as const));

export function parseAdminRoute(hash: string): AdminRoute {
  const [path = '', search = ''] = hash.replace(/^#/, '').split('?', 2);
  const parts = path.split('/').filter(Boolean);
  const query = new URLSearchParams(search);
  if (parts.length === 0) return { name: 'list', type: 'article', status: '', category: '', page: 1 };
  const [first, second, ...rest] = parts;
  if (rest.length) return { name: 'notFound' };
  if (first === 'categories' && !second) return { name: 'categories' };
  if (first === 'users' && !second) return { name: 'users' };
  if (first === 'stats' && !second) return { name: 'stats' };
  if (first === 'account' && !second) return { name: 'account' };
  if (first === 'interviews' && second === 'import') return { name: 'import' };
  const type = typeOfCollection.get(first as 'articles');
  if (!type) return { name: 'notFound' };
  if (!second) {
    return { name: 'list', type, status: query.get('status') ?? '', category: query.get('category') ?? '', page: parsePage(query.get('page')) };
  }
  if (second === 'new') return { name: 'new', type };
  return /^\d{1,15}$/.test(second) ? { name: 'edit', type, id: Number(second) } : { name: 'notFound' };
}

/** Hash links for every screen, so no screen builds one by hand. */
export const adminPaths = {
  list(type: ContentType, filters: { status?: string; category?: string; page?: number } = {}): string {
    const params = new URLSearchParams();
    if (filters.status) params.set('status', filters.status);
    if (filters.category) params.set('category', filters.category);
    if (filters.page && filters.page > 1) params.set('page', String(filters.page));
    const text = params.toString();
    return `#/${collectionOf[type]}${text ? `?${text}` : ''}`;
  },
  edit: (type: ContentType, id: number) => `#/${collectionOf[type]}/${id}`,
  create: (type: ContentType) => `#/${collectionOf[type]}/new`,
  import: () => '#/interviews/import',
  categories: () => '#/categories',
  users: () => '#/users',
  stats: () => '#/stats',
  account: () => '#/account',
};
