import type { CategoryNode } from '../api/types';
import { trail } from '../categories';
import { h } from '../dom/h';
import { paths } from '../routes';

/** "Trang chủ › Kinh tế › Nông nghiệp", from the section tree. */
export function breadcrumbs(tree: readonly CategoryNode[], sectionSlug: string | undefined, currentIsSection = false): HTMLElement {
  const chain = sectionSlug ? trail(tree, sectionSlug) : [];
  const items = [h('li', null, h('a', { href: paths.home() }, 'Trang chủ'))];
  chain.forEach((node, index) => {
    const isCurrent = currentIsSection && index === chain.length - 1;
    items.push(h('li', null, isCurrent ? h('span', { 'aria-current': 'page' }, node.name) : h('a', { href: paths.section(node.slug) }, node.name)));
  });
  return h('nav', { class: 'breadcrumbs', 'aria-label': 'Vị trí trang' }, h('ol', null, items));
}
