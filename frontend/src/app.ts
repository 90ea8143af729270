// The app shell: loads the runtime config, then either goes on from a page the site builder
// wrote (the story is already there: it adds the live parts) or builds the frame itself. On
// every later navigation it renders the page for the URL with the same views the builder
// uses, sets its meta tags and sends the hit beacon once.
import { ApiClient, NotFoundError } from './api/client';
import type { CategoryNode } from './api/types';
import { adoptLayout, createLayout, type Layout } from './components/layout';
import { mostReadBox, statsBox, videosBox, type StatsBox } from './components/sidebar';
import { DEFAULT_SITE_NAME, loadConfig, type SiteConfig } from './config';
import { enliven } from './live';
import { addressOf, parseRoute, type Route } from './routes';
import { restoreScroll, startRouter, type NavigationKind } from './router';
import { showView } from './show';
import { visitorId } from './visitor';
import { notFoundPage, misconfiguredPage, unavailablePage } from './views/errors';
import { viewOf } from './views/view-of';
import type { PageContext, PageView } from './views/page';

export async function boot(root: HTMLElement): Promise<void> {
  let config: SiteConfig;
  try {
    config = await loadConfig();
  } catch (error) {
    console.error(error);
    const layout = adoptLayout(root) ?? createLayout(root, DEFAULT_SITE_NAME);
    // A built page still reads well without the API's address; only the shell needs it.
    if (!root.hasAttribute('data-built')) show(layout, misconfiguredPage(), { apiBaseUrl: '', siteName: DEFAULT_SITE_NAME });
    return;
  }

  const api = new ApiClient(config.apiBaseUrl);
  // A page the site builder wrote (data-built) keeps its frame, story and video box.
  const built = root.hasAttribute('data-built') ? adoptLayout(root) : null;
  const layout = built ?? createLayout(root, config.siteName);
  const stats = statsBox();
  if (built) {
    const videos = layout.sidebar.querySelector<HTMLElement>('.box-videos');
    if (videos) videosBox(api, { element: videos });
    layout.sidebar.querySelector('.box-most-read')?.replaceWith(mostReadBox(api));
    layout.sidebar.querySelector('.box-stats')?.replaceWith(stats.element);
  } else {
    layout.sidebar.append(videosBox(api), mostReadBox(api), stats.element);
  }

  let latestNavigation = 0;
  // A 404 file at an address the site does have (an item published a moment ago, its file not
  // yet written): drawn from the API instead.
  const missing = !!built?.main.querySelector('[data-page="not-found"]');
  startRouter((url, kind) => {
    const route = parseRoute(url);
    void (kind === 'load' && built && isBuilt(route) && !(missing && route.name !== 'notFound') ? goOn(url) : navigate(url, kind));
  });

  /** The built page is on screen: only the menu, the live parts and the beacon are left. */
  async function goOn(url: URL): Promise<void> {
    layout.markCurrent(url.pathname);
    enliven(api, layout.main, true);
    const id = Number(layout.main.dataset.contentId);
    void countVisit(api, stats, Number.isSafeInteger(id) && id > 0 ? id : undefined);
    try {
      layout.setSections(await api.categories()); // a section added since the build
    } catch {
      // the built menu stays
    }
  }

  async function navigate(url: URL, kind: NavigationKind): Promise<void> {
    const navigation = ++latestNavigation;
    layout.main.setAttribute('aria-busy', 'true');
    const route = parseRoute(url);
    const { view, reachable } = await render(api, config, layout, route);
    if (navigation !== latestNavigation) return; // the reader has already moved on
    show(layout, view, config, addressOf(route));
    layout.markCurrent(url.pathname);
    restoreScroll(kind);
    // Move focus to the new page's heading so keyboard and screen-reader users start there.
    if (kind !== 'load') (layout.main.querySelector<HTMLElement>('h1[tabindex]') ?? layout.main).focus({ preventScroll: true });
    enliven(api, layout.main, false);
    // A preview link's page is no reader's visit: nothing is counted (views/preview.ts).
    if (reachable && route.name !== 'preview') void countVisit(api, stats, view.contentId);
    else stats.update(null);
  }
}

/**
 * Whether the file the browser opened at this route is the page itself: not for searches
 * (drawn here, per query) nor an old ?trang=N link (answered by the list's newest page's file).
 */
function isBuilt(route: Route): boolean {
  return route.name !== 'search' && !('legacyPage' in route && route.legacyPage);
}

type Rendered = { view: PageView; reachable: boolean };

async function render(api: ApiClient, config: SiteConfig, layout: Layout, route: Route): Promise<Rendered> {
  try {
    const tree: CategoryNode[] = await api.categories();
    layout.setSections(tree);
    const context: PageContext = { api, config, tree };
    return { view: await viewOf(context, route), reachable: true };
  } catch (error) {
    if (error instanceof NotFoundError) return { view: notFoundPage(), reachable: true };
    console.error(error);
    // A full reload also retries the sidebar and the menu, which failed the same way.
    return { view: unavailablePage(() => location.reload()), reachable: false };
  }
}

/** @param address The route's own address (addressOf), for canonical and og:url; the view's own one wins. */
function show(layout: Layout, view: PageView, config: SiteConfig, address: string | null = null): void {
  if (view.address && view.address !== location.pathname + location.search) history.replaceState(history.state, '', view.address);
  const own = view.address ?? address;
  showView(layout, view, config, own ? new URL(own, location.origin).href : location.origin + location.pathname);
}

/** One hit per page view; the statistics it answers go straight into the sidebar. */
async function countVisit(api: ApiClient, stats: StatsBox, contentId: number | undefined): Promise<void> {
  stats.update((await api.hit(visitorId(), contentId)) ?? (await api.stats()));
}
