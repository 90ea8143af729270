// An author's page (/tac-gia/le-vu), opened from the bylines that name them: their photo, title
// and bio, then every published item they are credited on, newest first, with archive pages
// like a tag's.
import type { Author } from '../api/types';
import { rowCard } from '../components/cards';
import { figure } from '../components/image';
import { archivePager } from '../components/pager';
import { h } from '../dom/h';
import { formatNumber } from '../format';
import { paths } from '../routes';
import { loadListPage, type ListSlice } from './list-page';
import { pictureOf, type PageContext, type PageView, type RouteOf } from './page';

export const AUTHOR_PAGE_SIZE = 10;

export async function authorPage(context: PageContext, route: RouteOf<'author'>): Promise<PageView> {
  const { api } = context;
  // An unknown author is a 404 from the API: the 404 page.
  const [author, list] = await Promise.all([
    api.author(route.slug),
    loadListPage((page, pageSize) => api.authorItems(route.slug, { page, pageSize }), route, AUTHOR_PAGE_SIZE),
  ]);
  const view = authorView(context, author, list.archive, list);
  return list.archive === route.archive ? view : { ...view, address: paths.author(author.slug, list.archive) };
}

/** An author's newest page (archive null) or one of their archive pages. */
export function authorView({ api }: PageContext, author: Author, archive: number | null, list: ListSlice): PageView {
  const pageNo = archive ? ` - Trang ${archive}` : '';
  return {
    title: `Tác giả: ${author.name}${pageNo}`,
    description: author.bio?.trim() || `Tin bài của ${author.name}.`,
    ...pictureOf(api, author.photo ?? list.items[0]?.coverImage),
    trail: [{ name: `Tác giả: ${author.name}`, path: paths.author(author.slug) }],
    profile: { name: author.name, slug: author.slug, title: author.title, bio: author.bio },
    content: h('div', { class: 'author-page' },
      h('header', { class: 'page-head author-head' },
        author.photo && !archive
          ? figure(api, author.photo, { fallbackAlt: author.name, width: 160, height: 160, eager: true, className: 'author-photo', ratio: '1:1', sizes: '96px' })
          : null,
        h('h1', { tabindex: '-1' }, h('span', { class: 'page-kicker' }, 'Tác giả: '), author.name,
          pageNo ? h('span', { class: 'page-no' }, pageNo) : null),
        author.title ? h('p', { class: 'author-title' }, author.title) : null,
        author.bio && !archive ? h('p', { class: 'author-bio' }, author.bio) : null,
        archive ? null : h('p', { class: 'page-description' }, `${formatNumber(list.total) ?? 0} tin bài`)),
      list.items.length
        ? h('section', { class: 'story-list', 'aria-labelledby': 'author-list-title' },
            h('h2', { id: 'author-list-title', class: 'visually-hidden' }, `Tin bài${pageNo}`),
            list.items.map((item) => rowCard(api, item, { showSection: true })))
        : h('p', { class: 'notice' }, 'Chưa có tin bài của tác giả này.'),
      archivePager(archive, list.total, AUTHOR_PAGE_SIZE, (page) => paths.author(author.slug, page))),
  };
}
