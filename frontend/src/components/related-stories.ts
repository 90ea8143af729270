// "Tin liên quan": the stories the API relates to an item (editors' pins, then those sharing its
// tags, then its section), drawn under the story. They are in the built file, for readers
// without the script and for crawlers; the script brings a built page's list up to date
// (live.ts), since a story published later relates to it without its file being rewritten.
import type { ApiClient } from '../api/client';
import type { ContentItem, ContentSummary } from '../api/types';
import { h } from '../dom/h';
import { tileCard } from './cards';

/** The block with its heading; hidden while empty, so the script may fill it later. */
export function relatedStories(api: ApiClient, item: Pick<ContentItem, 'id' | 'type'>, items: readonly ContentSummary[]): HTMLElement {
  const section = h('section', { class: 'related-stories', 'aria-labelledby': 'related-stories-title', 'data-live': 'related-stories',
    'data-id': item.id, 'data-type': item.type, hidden: items.length === 0 });
  fill(api, section, items);
  return section;
}

/** A built page's block redrawn from the API's list now; left as built when that fails. */
export async function refreshRelatedStories(api: ApiClient, section: HTMLElement): Promise<void> {
  const { id, type } = section.dataset;
  if (!id || !type) return;
  try {
    const items = await api.related(type as ContentItem['type'], id);
    const shown = [...section.querySelectorAll('.card-title a')].map((link) => link.getAttribute('href'));
    if (shown.length === items.length && items.every((item, i) => shown[i]?.endsWith(`/${item.slug}`))) return;
    fill(api, section, items);
    section.hidden = items.length === 0;
  } catch {
    // the list as of the build stays
  }
}

function fill(api: ApiClient, section: HTMLElement, items: readonly ContentSummary[]): void {
  section.replaceChildren(...(items.length
    ? [h('h2', { id: 'related-stories-title' }, 'Tin liên quan'), h('div', { class: 'related-grid' }, items.map((item) => tileCard(api, item)))]
    : []));
}
