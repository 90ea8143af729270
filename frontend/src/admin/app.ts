// The admin shell: reads the site's config.json (apiBaseUrl), asks for a sign-in when
// there is no session, draws the frame (menu, signed-in user, sign-out) and renders the
// screen for the hash route. A 401 from any call ends the session and shows the sign-in
// form again with the reason; after signing in the person lands where they were.
import { loadConfig, type SiteConfig } from '../config';
import { h } from '../dom/h';
import { AdminApi } from './api';
import type { AdminContext } from './context';
import { roleLabel, typePlural } from './labels';
import { problemMessage, ApiProblem } from './problem';
import { adminPaths, parseAdminRoute, type AdminRoute } from './routes';
import { clearSession, isEditor, loadSession, refreshDelay, saveSession, type Session } from './session';
import type { CategoryResponse } from './types';
import { accountPage } from './views/account';
import { authorsPage } from './views/authors';
import { categoriesPage } from './views/categories';
import { editorPage } from './views/editor';
import { featuredPage } from './views/featured';
import { importPage } from './views/import';
import { listPage } from './views/content-list';
import { loginPage } from './views/login';
import { mediaPage } from './views/media';
import { royaltiesPage } from './views/royalties';
import { statsPage } from './views/stats';
import { tagsPage } from './views/tags';
import { usersPage } from './views/users';
import { webhooksPage } from './views/webhooks';

export async function bootAdmin(root: HTMLElement): Promise<void> {
  let config: SiteConfig;
  try {
    config = await loadConfig();
  } catch (error) {
    root.replaceChildren(h('p', { class: 'notice error', role: 'alert' }, `Không đọc được cấu hình (config.json): ${error instanceof Error ? error.message : ''}`));
    return;
  }

  let session: Session | null = loadSession();
  let categories: Promise<CategoryResponse[]> | null = null;
  let latest = 0;
  let unsavedWork: (() => boolean) | null = null;
  let shownHash = location.hash;
  let firstScreen = true;
  const api = new AdminApi(config.apiBaseUrl, () => session?.accessToken ?? null, () => {
    if (!session) return;
    signOut('Phiên đăng nhập đã hết hạn hoặc không còn hiệu lực. Vui lòng đăng nhập lại.');
  });

  // Keeps the session's token fresh while the admin is open (see refreshDelay).
  let refreshTimer: ReturnType<typeof setTimeout> | undefined;
  function keepFresh(current: Session | null): void {
    clearTimeout(refreshTimer);
    const delay = current ? refreshDelay(current) : null;
    if (delay === null) return;
    refreshTimer = setTimeout(() => {
      api.refresh().then((token) => {
        if (session?.userName !== token.userName) return; // signed out (or in as someone else) meanwhile
        session = saveSession(token);
        keepFresh(session);
      }).catch(() => undefined); // a refused refresh ends in the 401 path on the next call
    }, delay);
  }
  keepFresh(session);

  // What the screen shown asked to have stopped when it goes (AdminContext.onLeave).
  let leaving: (() => void) | null = null;
  const leave = () => {
    leaving?.();
    leaving = null;
  };

  const context = (stops: (() => void)[] = []): AdminContext => ({
    api,
    session: session!,
    config,
    categories: () => (categories ??= api.categories().catch((error: unknown) => {
      categories = null;
      throw error;
    })),
    categoriesChanged: () => {
      categories = null;
    },
    renewSession(token) {
      session = saveSession(token);
      keepFresh(session);
    },
    guardLeaving(hasUnsavedWork) {
      unsavedWork = hasUnsavedWork;
    },
    onLeave(stop) {
      stops.push(stop);
    },
    navigate(hash, replace = false) {
      if (replace) {
        history.replaceState(null, '', hash);
        shownHash = hash;
        return;
      }
      unsavedWork = null; // the screen itself moves on (after a delete, an import): nothing to ask
      if (location.hash === hash) void show();
      else location.hash = hash;
    },
  });

  function signOut(notice: string | null): void {
    leave(); // while the token still works
    clearSession();
    session = null;
    categories = null;
    unsavedWork = null;
    latest++; // a screen still loading must not replace the form
    keepFresh(null);
    root.replaceChildren(loginPage(api, notice, (signedIn) => {
      session = signedIn;
      keepFresh(session);
      void show();
    }));
  }

  async function show(): Promise<void> {
    if (!session) return signOut(null);
    const navigation = ++latest;
    leave();
    unsavedWork = null;
    shownHash = location.hash;
    const route = parseAdminRoute(location.hash);
    const main = h('main', { id: 'main', 'aria-busy': 'true' }, h('p', { class: 'loading' }, 'Đang tải…'));
    root.replaceChildren(frame(session, route, main, () => {
      if (!unsavedWork?.() || window.confirm('Bạn có thay đổi chưa lưu. Vẫn đăng xuất?')) signOut(null);
    }));
    let screen: HTMLElement;
    const stops: (() => void)[] = [];
    try {
      screen = await render(context(stops), route);
    } catch (error) {
      if (error instanceof ApiProblem && error.kind === 'unauthorized') return; // signOut has taken over
      screen = h('div', { class: 'notice error', role: 'alert' }, h('p', null, problemMessage(error)),
        h('button', { type: 'button', onclick: () => void show() }, 'Thử lại'));
    }
    if (navigation !== latest) {
      for (const stop of stops) stop(); // built, never shown
      return;
    }
    leaving = () => {
      for (const stop of stops) stop();
    };
    main.replaceChildren(screen);
    main.removeAttribute('aria-busy');
    const heading = main.querySelector<HTMLElement>('h1');
    heading?.setAttribute('tabindex', '-1');
    // After a navigation keyboard and screen-reader users start at the new screen's title.
    if (!firstScreen) heading?.focus({ preventScroll: true });
    firstScreen = false;
  }

  window.addEventListener('hashchange', () => {
    if (location.hash === shownHash) return; // the URL was put back below
    if (unsavedWork?.() && !window.confirm('Bạn có thay đổi chưa lưu. Rời trang này và bỏ các thay đổi đó?')) {
      // Stay: the address goes back to the screen still shown.
      location.hash = shownHash;
      return;
    }
    void show();
  });
  window.addEventListener('beforeunload', (event) => {
    if (unsavedWork?.()) event.preventDefault();
  });
  await show();
}

function render(context: AdminContext, route: AdminRoute): Promise<HTMLElement> {
  switch (route.name) {
    case 'list':
      return listPage(context, route);
    case 'edit':
      return editorPage(context, route.type, route.id);
    case 'new':
      return editorPage(context, route.type, null);
    case 'import':
      return importPage(context);
    case 'categories':
      return categoriesPage(context);
    case 'featured':
      return featuredPage(context, route.category);
    case 'tags':
      return tagsPage(context, route.q);
    case 'users':
      return usersPage(context);
    case 'stats':
      return statsPage(context);
    case 'account':
      return accountPage(context);
    case 'media':
      return mediaPage(context);
    case 'webhooks':
      return webhooksPage(context);
    case 'authors':
      return authorsPage(context, route.q);
    case 'royalties':
      return royaltiesPage(context, route);
    case 'notFound':
      return Promise.resolve(h('div', null, h('h1', null, 'Không có trang này'), h('p', null, h('a', { href: '#/' }, 'Về danh sách bài viết'))));
  }
}

/** Header with the menu and the signed-in user; the menu marks the screen shown. */
function frame(session: Session, route: AdminRoute, main: HTMLElement, onSignOut: () => void): DocumentFragment {
  const current = route.name === 'list' || route.name === 'edit' || route.name === 'new' ? adminPaths.list(route.type) : `#/${route.name === 'import' ? 'interviews/import' : route.name}`;
  const link = (href: string, text: string) => h('li', null, h('a', { href, 'aria-current': href === current ? 'page' : null }, text));
  const fragment = document.createDocumentFragment();
  fragment.append(
    h('header', { class: 'admin-header' },
      h('a', { class: 'brand', href: '#/' }, 'Quản trị nội dung'),
      h('nav', { 'aria-label': 'Quản trị' }, h('ul', null,
        link(adminPaths.list('article'), typePlural.article),
        link(adminPaths.list('interview'), typePlural.interview),
        link(adminPaths.list('video'), typePlural.video),
        link(adminPaths.list('photoStory'), typePlural.photoStory),
        link(adminPaths.import(), 'Nhập phỏng vấn'),
        link(adminPaths.media(), 'Thư viện ảnh'),
        isEditor(session.role) ? link(adminPaths.featured(), 'Tiêu điểm') : null,
        link(adminPaths.categories(), 'Chuyên mục'),
        link(adminPaths.tags(), 'Từ khoá'),
        link(adminPaths.authors(), 'Tác giả'),
        isEditor(session.role) ? link(adminPaths.royalties(), 'Nhuận bút') : null,
        session.role === 'admin' ? link(adminPaths.users(), 'Người dùng') : null,
        session.role === 'admin' ? link(adminPaths.webhooks(), 'Webhook') : null,
        link(adminPaths.stats(), 'Thống kê'))),
      h('p', { class: 'who' },
        h('a', { class: 'user-name', href: adminPaths.account(), title: 'Tài khoản của tôi' }, session.userName), ' · ',
        h('span', { class: 'user-role' }, roleLabel[session.role]), ' ',
        h('button', { type: 'button', class: 'sign-out', onclick: onSignOut }, 'Đăng xuất'),
        ' ', h('a', { href: '/', target: '_blank', rel: 'noopener' }, 'Xem trang công khai'))),
    main);
  return fragment;
}
