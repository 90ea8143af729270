// Client-side navigation with real URLs: same-site link clicks and GET form submits become
// history entries and re-render <main>; the back button works; everything else is left to
// the browser.

export type NavigationKind = 'load' | 'push' | 'pop';

const fileLike = /\.[a-z0-9]{2,5}$/i;

export function startRouter(onNavigate: (url: URL, kind: NavigationKind) => void): (href: string) => void {
  history.scrollRestoration = 'manual';

  // The page on screen: a Back or Forward that only moves within it (a photo viewer's #anh-3)
  // is the page's to follow, not a new page.
  let shown = location.pathname + location.search;

  const go = (href: string) => {
    // Remember where the reader was, so Back returns to the same place in a long list.
    history.replaceState({ ...(history.state ?? {}), scrollY: window.scrollY }, '');
    history.pushState({ scrollY: 0 }, '', href);
    shown = location.pathname + location.search;
    onNavigate(new URL(location.href), 'push');
  };

  document.addEventListener('click', (event) => {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const link = (event.target as Element | null)?.closest?.('a[href]');
    if (!(link instanceof HTMLAnchorElement) || link.target || link.hasAttribute('download')) return;
    const url = new URL(link.href);
    if (url.origin !== location.origin || fileLike.test(url.pathname)) return;
    // A jump within the page (the skip link) is the browser's job.
    if (url.pathname === location.pathname && url.search === location.search && url.hash) return;
    event.preventDefault();
    go(url.pathname + url.search);
  });

  // Same-site GET forms (search) navigate the same way: the URL is what the browser would build.
  document.addEventListener('submit', (event) => {
    const form = event.target;
    if (event.defaultPrevented || !(form instanceof HTMLFormElement) || form.method.toLowerCase() !== 'get') return;
    const url = new URL(form.action);
    if (url.origin !== location.origin) return;
    event.preventDefault();
    const params = new URLSearchParams();
    for (const [name, value] of new FormData(form)) if (typeof value === 'string') params.append(name, value.trim());
    go(`${url.pathname}?${params.toString()}`);
  });

  window.addEventListener('popstate', () => {
    const url = new URL(location.href);
    if (url.pathname + url.search === shown) return;
    shown = url.pathname + url.search;
    onNavigate(url, 'pop');
  });
  onNavigate(new URL(location.href), 'load');
  return go;
}

/** After a page is shown: top for new pages, the remembered place for Back/Forward. */
export function restoreScroll(kind: NavigationKind): void {
  if (kind === 'pop') window.scrollTo(0, (history.state as { scrollY?: number } | null)?.scrollY ?? 0);
  else if (kind === 'push') window.scrollTo(0, 0);
}
