// A tag page ("Từ khóa: Sóc Trăng"), opened from the tags under an item: every published
// item carrying the tag, of every type, newest first, archive pages like a section.
import type { Tag } from '../api/types';
import { rowCard } from '../components/cards';
import { archivePager } from '../components/pager';
import { h } from '../dom/h';
import { formatNumber } from '../format';
import { paths } from '../routes';
import { loadListPage, type ListSlice } from './list-page';
import { pictureOf, type PageContext, type PageView, type RouteOf } from './page';

export const TAG_PAGE_SIZE = 10;

export async function tagPage(context: PageContext, route: RouteOf<'tag'>): Promise<PageView> {
  const { api } = context;
  // The tag's own answer is a 404 for a tag no published item carries: the 404 page, not an empty list.
  const [tag, list] = await Promise.all([
    api.tag(route.slug),
    loadListPage((page, pageSize) => api.content({ tag: route.slug, page, pageSize }), route, TAG_PAGE_SIZE),
  ]);
  const view = tagView(context, tag, list.archive, list);
  // Opened by an old slug (the tag was renamed, or merged into this one) or an old ?trang=N: the current address.
  return tag.slug === route.slug && list.archive === route.archive ? view : { ...view, address: paths.tag(tag.slug, list.archive) };
}

/** A tag's newest page (archive null) or one of its archive pages; the site builder calls it too. */
export function tagView({ api }: PageContext, tag: Tag, archive: number | null, list: ListSlice): PageView {
  const pageNo = archive ? ` - Trang ${archive}` : '';
  return {
    title: `Từ khóa: ${tag.name}${pageNo}`,
    description: `Tin bài, phỏng vấn và phim tư liệu về ${tag.name}.`,
    ...pictureOf(api, list.items[0]?.coverImage),
    feed: { query: `tag=${encodeURIComponent(tag.slug)}`, name: `Từ khóa: ${tag.name}` },
    trail: [{ name: `Từ khóa: ${tag.name}`, path: paths.tag(tag.slug) }],
    content: h('div', { class: 'tag-page' },
      h('header', { class: 'page-head' },
        h('h1', { tabindex: '-1' }, h('span', { class: 'page-kicker' }, 'Từ khóa: '), tag.name,
          pageNo ? h('span', { class: 'page-no' }, pageNo) : null),
        // The count only on the newest page: an archive page must not change with every publish.
        archive ? null : h('p', { class: 'page-description' }, `${formatNumber(list.total) ?? 0} tin bài`)),
      list.items.length
        // An h2 for the list (for screen readers), so the headings go h1, h2, then the stories' h3.
        ? h('section', { class: 'story-list', 'aria-labelledby': 'tag-list-title' },
            h('h2', { id: 'tag-list-title', class: 'visually-hidden' }, `Tin bài${pageNo}`),
            list.items.map((item) => rowCard(api, item, { showSection: true })))
        : h('p', { class: 'notice' }, 'Chưa có tin bài với từ khóa này.'),
      archivePager(archive, list.total, TAG_PAGE_SIZE, (page) => paths.tag(tag.slug, page))),
  };
}
