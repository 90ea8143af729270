// What the script adds to a page once it is on screen, whether the site builder wrote it or
// the app just drew it: the parts that change by the minute and so are never in a built file.
// Views mark them with data-live; this is the one place that fills them.
import type { ApiClient, ItemByType } from './api/client';
import { attachPhotoViewer } from './components/photo-viewer';
import { refreshRelatedStories } from './components/related-stories';
import { liveQa } from './components/live-qa';
import { fillRelated } from './components/story';
import { formatNumber } from './format';
import type { ContentType } from './routes';

/**
 * @param built Whether the page came from a file: then its view counts are as of its build
 *   and are refreshed; a page the app just drew has them fresh.
 */
export function enliven(api: ApiClient, main: HTMLElement, built: boolean): void {
  for (const related of main.querySelectorAll<HTMLElement>('[data-live="related"]')) void fillRelated(api, related);
  for (const gallery of main.querySelectorAll<HTMLElement>('[data-live="photo-viewer"]')) attachPhotoViewer(gallery);
  for (const qa of main.querySelectorAll<HTMLElement>('[data-live="qa"]')) void liveQa(api, qa);
  if (!built) return;
  for (const related of main.querySelectorAll<HTMLElement>('[data-live="related-stories"]')) void refreshRelatedStories(api, related);
  for (const views of main.querySelectorAll<HTMLElement>('[data-live="views"]')) void refreshViews(api, views);
}

/** "Lượt xem: 520" as the API counts it now. */
async function refreshViews(api: ApiClient, element: HTMLElement): Promise<void> {
  const { type, slug } = element.dataset;
  if (!type || !slug) return;
  try {
    const item: ItemByType[ContentType] = await api.item(type as ContentType, slug);
    const views = formatNumber(item.viewCount);
    if (views) element.textContent = `Lượt xem: ${views}`;
  } catch {
    // the count as of the build stays
  }
}
