// "Phóng sự ảnh": every photo story, newest first (then archive pages), as a grid of covers with photo counts.
import { photoStoryCard } from '../components/cards';
import { archivePager } from '../components/pager';
import { h } from '../dom/h';
import { paths } from '../routes';
import { loadListPage, type ListSlice } from './list-page';
import { pictureOf, type PageContext, type PageView, type RouteOf } from './page';

export const PHOTO_STORY_PAGE_SIZE = 12;

export async function photoStoriesPage(context: PageContext, route: RouteOf<'photoStories'>): Promise<PageView> {
  const list = await loadListPage((page, pageSize) => context.api.photoStories({ page, pageSize }), route, PHOTO_STORY_PAGE_SIZE);
  const view = photoStoriesView(context, list.archive, list);
  return list.archive === route.archive ? view : { ...view, address: paths.photoStories(list.archive) };
}

/** The newest photo stories (archive null) or one archive page of them; the site builder calls it too. */
export function photoStoriesView({ api }: PageContext, archive: number | null, list: ListSlice): PageView {
  const pageNo = archive ? ` - Trang ${archive}` : '';
  return {
    title: `Phóng sự ảnh${pageNo}`,
    description: 'Phóng sự ảnh: sự kiện, con người và cảnh sắc qua ống kính phóng viên.',
    ...pictureOf(api, list.items[0]?.coverImage),
    trail: [{ name: 'Phóng sự ảnh', path: paths.photoStories() }],
    content: h('div', { class: 'videos-page photo-stories-page' },
      h('header', { class: 'page-head' },
        h('h1', { tabindex: '-1' }, 'Phóng sự ảnh', pageNo ? h('span', { class: 'page-no' }, pageNo) : null)),
      list.items.length
        ? h('div', { class: 'video-grid' }, list.items.map((item) => photoStoryCard(api, item, 'h2')))
        : h('p', { class: 'notice' }, 'Chưa có phóng sự ảnh.'),
      archivePager(archive, list.total, PHOTO_STORY_PAGE_SIZE, (page) => paths.photoStories(page))),
  };
}
