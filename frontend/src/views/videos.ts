// "Phim tư liệu": every video, newest first (then archive pages), as a grid of thumbnails with durations.
import { videoCard } from '../components/cards';
import { archivePager } from '../components/pager';
import { h } from '../dom/h';
import { paths } from '../routes';
import { loadListPage, type ListSlice } from './list-page';
import { pictureOf, type PageContext, type PageView, type RouteOf } from './page';

export const VIDEO_PAGE_SIZE = 12;

export async function videosPage(context: PageContext, route: RouteOf<'videos'>): Promise<PageView> {
  const list = await loadListPage((page, pageSize) => context.api.videos({ page, pageSize }), route, VIDEO_PAGE_SIZE);
  const view = videosView(context, list.archive, list);
  return list.archive === route.archive ? view : { ...view, address: paths.videos(list.archive) };
}

/** The newest videos (archive null) or one archive page of them; the site builder calls it too. */
export function videosView({ api }: PageContext, archive: number | null, list: ListSlice): PageView {
  const pageNo = archive ? ` - Trang ${archive}` : '';
  return {
    title: `Phim tư liệu${pageNo}`,
    description: 'Phim tư liệu, phóng sự và ghi hình các sự kiện chính trị, văn hóa, lịch sử.',
    ...pictureOf(api, list.items[0]?.coverImage),
    trail: [{ name: 'Phim tư liệu', path: paths.videos() }],
    content: h('div', { class: 'videos-page' },
      h('header', { class: 'page-head' },
        h('h1', { tabindex: '-1' }, 'Phim tư liệu', pageNo ? h('span', { class: 'page-no' }, pageNo) : null)),
      list.items.length
        ? h('div', { class: 'video-grid' }, list.items.map((item) => videoCard(api, item, 'h2')))
        : h('p', { class: 'notice' }, 'Chưa có phim tư liệu.'),
      archivePager(archive, list.total, VIDEO_PAGE_SIZE, (page) => paths.videos(page))),
  };
}
