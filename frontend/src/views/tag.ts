// A tag page ("Từ khóa: Sóc Trăng"), opened from the tags under an item: every published
// item carrying the tag, of every type, newest first, numbered pages like a section.
import { NotFoundError } from '../api/client';
import { rowCard } from '../components/cards';
import { linkPager } from '../components/pager';
import { h } from '../dom/h';
import { formatNumber } from '../format';
import { paths } from '../routes';
import type { PageContext, PageView, RouteOf } from './page';

export const TAG_PAGE_SIZE = 10;

export async function tagPage({ api }: PageContext, route: RouteOf<'tag'>): Promise<PageView> {
  // The tag's own answer is a 404 for a tag no published item carries: the 404 page, not an empty list.
  const [tag, list] = await Promise.all([
    api.tag(route.slug),
    api.content({ tag: route.slug, page: route.page, pageSize: TAG_PAGE_SIZE }),
  ]);
  if (route.page > 1 && route.page > list.totalPages) throw new NotFoundError(`tag ${route.slug} page ${route.page}`);

  const pageNo = route.page > 1 ? ` - Trang ${route.page}` : '';
  return {
    title: `Từ khóa: ${tag.name}${pageNo}`,
    description: `Tin bài, phỏng vấn và phim tư liệu về ${tag.name}.`,
    image: api.mediaUrl(list.items[0]?.coverImage?.url),
    feed: { query: `tag=${encodeURIComponent(tag.slug)}`, name: `Từ khóa: ${tag.name}` },
    // Opened by an old slug (the tag was renamed, or merged into this one): the API names the current one.
    address: tag.slug === route.slug ? undefined : paths.tag(tag.slug, route.page),
    trail: [{ name: `Từ khóa: ${tag.name}`, path: paths.tag(tag.slug) }],
    content: h('div', { class: 'tag-page' },
      h('header', { class: 'page-head' },
        h('h1', { tabindex: '-1' }, h('span', { class: 'page-kicker' }, 'Từ khóa: '), tag.name,
          pageNo ? h('span', { class: 'page-no' }, pageNo) : null),
        h('p', { class: 'page-description' }, `${formatNumber(list.totalItems) ?? 0} tin bài`)),
      list.items.length
        // An h2 for the list (for screen readers), so the headings go h1, h2, then the stories' h3.
        ? h('section', { class: 'story-list', 'aria-labelledby': 'tag-list-title' },
            h('h2', { id: 'tag-list-title', class: 'visually-hidden' }, `Tin bài${pageNo}`),
            list.items.map((item) => rowCard(api, item, { showSection: true })))
        : h('p', { class: 'notice' }, 'Chưa có tin bài với từ khóa này.'),
      linkPager(list.page, list.totalPages, (page) => paths.tag(tag.slug, page))),
  };
}
