// The page frame: skip link, header with the portal's name and section menu, <main>, the
// sidebar and the footer. Built once (by the site builder, into every page's file, or by the
// app when it starts on an empty shell); navigation only swaps what is inside <main>.
import type { CategoryNode } from '../api/types';
import { h } from '../dom/h';
import { paths } from '../routes';
import { searchForm } from './search-form';

export interface Layout {
  main: HTMLElement;
  sidebar: HTMLElement;
  setSections(tree: readonly CategoryNode[]): void;
  /** Marks the menu entry of the page shown (aria-current). */
  markCurrent(pathname: string): void;
}

const todayFormat = new Intl.DateTimeFormat('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh', weekday: 'long', day: '2-digit', month: '2-digit', year: 'numeric' });

export function createLayout(root: HTMLElement, siteName: string): Layout {
  const menu = h('ul', { class: 'menu' });
  const main = h('main', { id: 'main', tabindex: '-1' });
  const sidebar = h('aside', { class: 'sidebar', 'aria-label': 'Thông tin thêm' });

  root.replaceChildren(
    h('a', { href: '#main', class: 'skip-link' }, 'Bỏ qua, đến nội dung chính'),
    h('header', { class: 'site-header' },
      h('div', { class: 'masthead' },
        h('a', { href: paths.home(), class: 'site-name' }, siteName),
        h('p', { class: 'today' }, capitalize(todayFormat.format(new Date()))),
        searchForm('', 'site-search-q')),
      h('nav', { class: 'site-nav', 'aria-label': 'Chuyên mục' }, menu)),
    h('div', { class: 'page' }, main, sidebar),
    h('footer', { class: 'site-footer' },
      h('p', null, siteName),
      h('p', null, 'Nội dung được cung cấp bởi Cms, hệ thống quản trị nội dung mã nguồn mở.')));

  const layout = layoutOf(menu, main, sidebar);
  layout.setSections([]);
  return layout;
}

/**
 * The frame of a page the site builder wrote (createLayout's output, as HTML): the same
 * handles, so the app goes on from there. Its date line is as of the build: brought to today.
 */
export function adoptLayout(root: HTMLElement): Layout | null {
  const menu = root.querySelector<HTMLElement>('.site-nav .menu');
  const main = root.querySelector<HTMLElement>('main#main');
  const sidebar = root.querySelector<HTMLElement>('aside.sidebar');
  if (!menu || !main || !sidebar) return null;
  const today = root.querySelector('.masthead .today');
  if (today) today.textContent = capitalize(todayFormat.format(new Date()));
  return layoutOf(menu, main, sidebar);
}

function layoutOf(menu: HTMLElement, main: HTMLElement, sidebar: HTMLElement): Layout {
  let shownTree: readonly CategoryNode[] | undefined;
  const renderMenu = (tree: readonly CategoryNode[]) => {
    if (tree === shownTree) return; // the client hands out the same tree on every page
    shownTree = tree;
    menu.replaceChildren(
      h('li', null, h('a', { href: paths.home() }, 'Trang chủ')),
      ...tree.map((section) => h('li', null, h('a', { href: paths.section(section.slug) }, section.name))),
      h('li', null, h('a', { href: paths.photoStories() }, 'Ảnh')));
  };
  return {
    main,
    sidebar,
    setSections: renderMenu,
    markCurrent(pathname) {
      for (const link of menu.querySelectorAll('a')) {
        const href = link.getAttribute('href') ?? '';
        const current = href === '/' ? pathname === '/' : pathname === href || pathname.startsWith(`${href}/`);
        if (current) link.setAttribute('aria-current', 'page');
        else link.removeAttribute('aria-current');
      }
    },
  };
}

function capitalize(text: string): string {
  return text.charAt(0).toLocaleUpperCase('vi-VN') + text.slice(1);
}
