// "Phim tư liệu": every video, newest first, as a grid of thumbnails with durations.
import { NotFoundError } from '../api/client';
import { videoCard } from '../components/cards';
import { linkPager } from '../components/pager';
import { h } from '../dom/h';
import { paths } from '../routes';
import type { PageContext, PageView, RouteOf } from './page';

export const VIDEO_PAGE_SIZE = 12;

export async function videosPage({ api }: PageContext, route: RouteOf<'videos'>): Promise<PageView> {
  const list = await api.videos({ page: route.page, pageSize: VIDEO_PAGE_SIZE });
  if (route.page > 1 && route.page > list.totalPages) throw new NotFoundError(`videos page ${route.page}`);
  return {
    title: route.page > 1 ? `Phim tư liệu - Trang ${route.page}` : 'Phim tư liệu',
    description: 'Phim tư liệu, phóng sự và ghi hình các sự kiện chính trị, văn hóa, lịch sử.',
    image: api.mediaUrl(list.items[0]?.coverImage?.url),
    trail: [{ name: 'Phim tư liệu', path: paths.videos() }],
    content: h('div', { class: 'videos-page' },
      h('header', { class: 'page-head' },
        h('h1', { tabindex: '-1' }, 'Phim tư liệu', route.page > 1 ? h('span', { class: 'page-no' }, ` - Trang ${route.page}`) : null)),
      list.items.length
        ? h('div', { class: 'video-grid' }, list.items.map((item) => videoCard(api, item, 'h2')))
        : h('p', { class: 'notice' }, 'Chưa có phim tư liệu.'),
      linkPager(list.page, list.totalPages, (page) => paths.videos(page))),
  };
}
