// A section (category) page: newest first, sub-sections included, then archive pages; the newest
// page opens with the stories editors chose to lead the section ("Tiêu điểm"), if any.
import { NotFoundError } from '../api/client';
import type { CategoryNode, ContentSummary } from '../api/types';
import { breadcrumbs } from '../components/breadcrumbs';
import { leadCard, rowCard } from '../components/cards';
import { archivePager } from '../components/pager';
import { trailOf } from '../components/structured-data';
import { findCategory } from '../categories';
import { h } from '../dom/h';
import { paths } from '../routes';
import { loadListPage, type ListSlice } from './list-page';
import type { PageContext, PageView, RouteOf } from './page';

export const SECTION_PAGE_SIZE = 10;

export async function sectionPage(context: PageContext, route: RouteOf<'section'>): Promise<PageView> {
  const { api, tree } = context;
  const found = findCategory(tree, route.slug);
  if (!found) throw new NotFoundError(`section ${route.slug}`);
  const { node } = found;
  const [list, featured] = await Promise.all([
    loadListPage((page, pageSize) => api.content({ category: node.slug, page, pageSize }), route, SECTION_PAGE_SIZE),
    route.archive === null && !route.legacyPage ? api.featured(node.slug) : Promise.resolve([]),
  ]);
  const view = sectionView(context, node, list.archive, list, featured);
  return list.archive === route.archive ? view : { ...view, address: paths.section(node.slug, list.archive) };
}

/**
 * A section's newest page (archive null: the stories editors chose first, then the newest) or
 * one of its archive pages. The site builder calls this with the slices it streams.
 */
export function sectionView({ api, tree }: PageContext, node: CategoryNode, archive: number | null, list: ListSlice, featured: ContentSummary[]): PageView {
  // Featured stories are not shown twice on the page they lead.
  const listed = list.items.filter((item) => !featured.some((f) => f.id === item.id));
  const [lead, ...others] = featured;
  const children = node.children ?? [];
  const pageNo = archive ? ` - Trang ${archive}` : '';
  return {
    title: `${node.name}${pageNo}`,
    description: node.description,
    feed: { query: `category=${encodeURIComponent(node.slug)}`, name: node.name },
    trail: trailOf(tree, node.slug),
    content: h('div', { class: 'section-page' },
      breadcrumbs(tree, node.slug, true),
      h('header', { class: 'page-head' },
        h('h1', { tabindex: '-1' }, node.name, pageNo ? h('span', { class: 'page-no' }, pageNo) : null),
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
            h('h2', { id: 'section-list-title', class: 'visually-hidden' }, archive ? `Tin bài${pageNo}` : 'Tin bài mới nhất'),
            listed.map((item) => rowCard(api, item, { showSection: item.category?.slug !== node.slug })))
        : lead ? null : h('p', { class: 'notice' }, 'Chuyên mục này chưa có tin bài.'),
      archivePager(archive, list.total, SECTION_PAGE_SIZE, (page) => paths.section(node.slug, page))),
  };
}
