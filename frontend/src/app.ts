// The app shell: loads the runtime config, builds the frame once, and on every navigation
// renders the page for the URL, sets its meta tags and sends the hit beacon once.
import { ApiClient, NotFoundError } from './api/client';
import type { CategoryNode } from './api/types';
import { createLayout, type Layout } from './components/layout';
import { setPageMeta, type PageMeta } from './components/meta';
import { mostReadBox, statsBox, videosBox, type StatsBox } from './components/sidebar';
import { DEFAULT_SITE_NAME, loadConfig, type SiteConfig } from './config';
import { addressOf, parseRoute, type Route } from './routes';
import { restoreScroll, startRouter, type NavigationKind } from './router';
import { visitorId } from './visitor';
import { notFoundPage, misconfiguredPage, unavailablePage } from './views/errors';
import { homePage } from './views/home';
import { itemPage } from './views/item';
import type { PageContext, PageView } from './views/page';
import { searchPage } from './views/search';
import { sectionPage } from './views/section';
import { tagPage } from './views/tag';
import { videosPage } from './views/videos';

export async function boot(root: HTMLElement): Promise<void> {
  let config: SiteConfig;
  try {
    config = await loadConfig();
  } catch (error) {
    console.error(error);
    const layout = createLayout(root, DEFAULT_SITE_NAME);
    show(layout, misconfiguredPage(), DEFAULT_SITE_NAME);
    return;
  }

  const api = new ApiClient(config.apiBaseUrl);
  const layout = createLayout(root, config.siteName);
  const stats = statsBox();
  layout.sidebar.append(videosBox(api), mostReadBox(api), stats.element);

  let latestNavigation = 0;
  startRouter((url, kind) => void navigate(url, kind));

  async function navigate(url: URL, kind: NavigationKind): Promise<void> {
    const navigation = ++latestNavigation;
    layout.main.setAttribute('aria-busy', 'true');
    const route = parseRoute(url);
    const { view, reachable, feed } = await render(api, config, layout, route);
    if (navigation !== latestNavigation) return; // the reader has already moved on
    show(layout, view, config.siteName, feed, addressOf(route));
    layout.markCurrent(url.pathname);
    restoreScroll(kind);
    // Move focus to the new page's heading so keyboard and screen-reader users start there.
    if (kind !== 'load') (layout.main.querySelector<HTMLElement>('h1[tabindex]') ?? layout.main).focus({ preventScroll: true });
    if (reachable) void countVisit(api, stats, view.contentId);
    else stats.update(null);
  }
}

type Rendered = { view: PageView; reachable: boolean; feed: PageMeta['feed'] };

async function render(api: ApiClient, config: SiteConfig, layout: Layout, route: Route): Promise<Rendered> {
  try {
    const tree: CategoryNode[] = await api.categories();
    layout.setSections(tree);
    const context: PageContext = { api, config, tree };
    const site = (view: PageView): Rendered => ({ view, reachable: true, feed: feedOf(config, view.feed) });
    switch (route.name) {
      case 'home':
        return site(await homePage(context));
      case 'section':
        return site(await sectionPage(context, route));
      case 'item':
        return site(await itemPage(context, route));
      case 'videos':
        return site(await videosPage(context, route));
      case 'search':
        return site(await searchPage(context, route));
      case 'tag':
        return site(await tagPage(context, route));
      case 'notFound':
        return site(notFoundPage());
    }
  } catch (error) {
    if (error instanceof NotFoundError) return { view: notFoundPage(), reachable: true, feed: feedOf(config) };
    console.error(error);
    // A full reload also retries the sidebar and the menu, which failed the same way.
    return { view: unavailablePage(() => location.reload()), reachable: false, feed: null };
  }
}

/** @param address The route's own address (addressOf), for canonical and og:url; the view's own one wins. */
function show(layout: Layout, view: PageView, siteName: string, feed: PageMeta['feed'] = null, address: string | null = null): void {
  if (view.address && view.address !== location.pathname + location.search) history.replaceState(history.state, '', view.address);
  layout.main.replaceChildren(view.content);
  layout.main.removeAttribute('aria-busy');
  const own = view.address ?? address;
  setPageMeta({ title: view.title, description: view.description, image: view.image, type: view.ogType, siteName, noindex: view.noindex, feed,
    story: view.story, trail: view.trail },
    own ? new URL(own, location.origin).href : location.origin + location.pathname);
}

/** The RSS feed a page offers: its own (a section's, a tag's), otherwise the whole site's. */
function feedOf(config: SiteConfig, own?: PageView['feed']): PageMeta['feed'] {
  const url = `${config.apiBaseUrl}/api/v1/feeds/rss`;
  return own ? { url: `${url}?${own.query}`, title: `${own.name} – ${config.siteName}` } : { url, title: config.siteName };
}

/** One hit per page view; the statistics it answers go straight into the sidebar. */
async function countVisit(api: ApiClient, stats: StatsBox, contentId: number | undefined): Promise<void> {
  stats.update((await api.hit(visitorId(), contentId)) ?? (await api.stats()));
}
