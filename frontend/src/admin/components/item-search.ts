// Finding items to place in an editors' list (the featured stories, an item's related pins):
// the newsroom's own lists, drafts included, most recently changed first, searched without
// tone marks. Each result has a button that adds it, disabled where the list cannot take it.
import type { ContentType } from '../../api/types';
import { h } from '../../dom/h';
import { formatDateTime } from '../../format';
import type { AdminApi } from '../api';
import { statusLabel, typePlural } from '../labels';
import { select, textInput } from './field';
import { problemMessage } from '../problem';
import { contentTypes, type ManagedContentSummary } from '../types';

export interface ItemSearchOptions {
  /** The search box's accessible name ("Tìm tin để thêm"). */
  label: string;
  /** The results list's class. */
  resultsClass: string;
  /** The add button's text ("Thêm"). */
  action: string;
  canAdd: (id: number) => boolean;
  onAdd: (item: ManagedContentSummary) => void;
}

export interface ItemSearch {
  form: HTMLFormElement;
  results: HTMLUListElement;
  find: () => Promise<void>;
  /** Enables and disables the add buttons again (the list changed). */
  refresh: () => void;
}

export function itemSearch(api: AdminApi, options: ItemSearchOptions): ItemSearch {
  const type = select(contentTypes.map((t) => ({ value: t, label: typePlural[t] })), 'article', { name: 'type', 'aria-label': 'Loại' });
  const q = textInput('', { type: 'search', name: 'q', placeholder: 'Tiêu đề, sapo… (có dấu hay không dấu đều được)', 'aria-label': options.label });
  const results = h('ul', { class: options.resultsClass, 'aria-live': 'polite' });
  let asked = 0;
  async function find(): Promise<void> {
    const question = ++asked;
    let found: ManagedContentSummary[];
    try {
      found = (await api.list(type.value as ContentType, { q: q.value.trim(), pageSize: 10 })).items;
    } catch (error) {
      if (question === asked) results.replaceChildren(h('li', { class: 'notice error' }, problemMessage(error)));
      return;
    }
    if (question !== asked) return; // a later search has been asked meanwhile
    results.replaceChildren(...found.map((item) => h('li', { 'data-id': item.id },
      h('span', { class: 'featured-title' }, item.title),
      h('span', { class: 'featured-meta' }, ` ${statusLabel[item.status]}${item.publishedAt ? ` · ${formatDateTime(item.publishedAt)}` : ''} `),
      h('button', { type: 'button', 'data-add': item.id, disabled: !options.canAdd(item.id), 'aria-label': `${options.action} “${item.title}”`, onclick: () => {
        if (options.canAdd(item.id)) options.onAdd(item);
      } }, options.action))));
    if (!found.length) results.append(h('li', { class: 'empty' }, q.value.trim() ? `Không tìm thấy mục nào cho “${q.value.trim()}”.` : 'Chưa có mục nào.'));
  }
  type.addEventListener('change', () => void find());
  const form = h('form', { class: 'filters', role: 'search', onsubmit: (event: Event) => {
    event.preventDefault();
    event.stopPropagation(); // inside the editor: not the item's own form
    void find();
  } }, type, q, h('button', { type: 'submit' }, 'Tìm'));
  const refresh = () => results.querySelectorAll<HTMLButtonElement>('button[data-add]').forEach((button) => {
    button.disabled = !options.canAdd(Number(button.dataset.add));
  });
  return { form, results, find, refresh };
}
