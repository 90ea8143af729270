// A section (category) page: newest first, sub-sections included, numbered pages; the first
// page opens with the stories editors chose to lead the section ("Tiêu điểm"), if any.
import { NotFoundError } from '../api/client';
import { breadcrumbs } from '../components/breadcrumbs';
import { leadCard, rowCard } from '../components/cards';
import { linkPager } from '../components/pager';
import { trailOf } from '../components/structured-data';
import { findCategory } from '../categories';
import { h } from '../dom/h';
import { paths } from '../routes';
import type { PageContext, PageView, RouteOf } from './page';

export const SECTION_PAGE_SIZE = 10;

export async function sectionPage({ api, tree }: PageContext, route: RouteOf<'section'>): Promise<PageView> {
  const found = findCategory(tree, route.slug);
  if (!found) throw new NotFoundError(`section ${route.slug}`);
  const { node } = found;
  const [list, featured] = await Promise.all([
    api.content({ category: node.slug, page: route.page, pageSize: SECTION_PAGE_SIZE }),
    route.page === 1 ? api.featured(node.slug) : Promise.resolve([]),
  ]);
  // Featured stories are not shown twice on the page they lead.
  const listed = list.items.filter((item) => !featured.some((f) => f.id === item.id));
  const [lead, ...others] = featured;
  // A page number past the end is a dead link, not an empty section.
  if (route.page > 1 && route.page > list.totalPages) throw new NotFoundError(`section ${route.slug} page ${route.page}`);

  const children = node.children ?? [];
  const heading = route.page > 1 ? `${node.name} - Trang ${route.page}` : node.name;
  return {
    title: heading,
    description: node.description,
    feed: { query: `category=${encodeURIComponent(node.slug)}`, name: node.name },
    trail: trailOf(tree, node.slug),
    content: h('div', { class: 'section-page' },
      breadcrumbs(tree, node.slug, true),
      h('header', { class: 'page-head' },
        h('h1', { tabindex: '-1' }, node.name, route.page > 1 ? h('span', { class: 'page-no' }, ` - Trang ${route.page}`) : null),
        node.description ? h('p', { class: 'page-description' }, node.description) : null,
        children.length
          ? h('nav', { 'aria-label': 'Chuyên mục con' }, h('ul', { class: 'subsections' }, children.map((child) => h('li', null, h('a', { href: paths.section(child.slug) }, child.name)))))
          : null),
      // Each block has its h2 (for screen readers: the page looks as before), so the headings go
      // h1, h2, then the stories' h3 titles, never from h1 straight to h3.
      lead
        ? h('section', { class: 'top-stories section-featured', 'aria-labelledby': 'section-featured-title' },
            h('h2', { id: 'section-featured-title', class: 'visually-hidden' }, 'Tiêu điểm'),
            leadCard(api, lead, 'h3'),
            others.length ? h('div', { class: 'top-list' }, others.map((item) => rowCard(api, item, { showSection: item.category?.slug !== node.slug, showSummary: false }))) : null)
        : null,
      list.items.length
        // Items from sub-sections name their sub-section; items of this section need not.
        ? h('section', { class: 'story-list', 'aria-labelledby': 'section-list-title' },
            h('h2', { id: 'section-list-title', class: 'visually-hidden' }, route.page > 1 ? `Tin bài - Trang ${route.page}` : 'Tin bài mới nhất'),
            listed.map((item) => rowCard(api, item, { showSection: item.category?.slug !== node.slug })))
        : lead ? null : h('p', { class: 'notice' }, 'Chuyên mục này chưa có tin bài.'),
      linkPager(list.page, list.totalPages, (page) => paths.section(node.slug, page))),
  };
}
