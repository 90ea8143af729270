// The tags field: "Sóc Trăng, Chuyển đổi số". While an editor types a tag, the tags already
// in use that match it (tone marks ignored, by the API) are offered below the field, so the
// newsroom reuses one spelling and its readers find everything under one tag page.
import { h } from '../../dom/h';
import type { TagSuggestion } from '../types';
import { textInput } from './field';

export type TagSuggester = (typed: string) => Promise<TagSuggestion[]>;

/** Waits this long after the last key before asking, so a word typed fast is one request. */
export const SUGGEST_DELAY_MS = 200;

/** What separates tags in the field. */
const separator = /[,;\n]/;
/** Everything up to and including the last separator: the tags already written. */
const written = new RegExp(`^[\\s\\S]*${separator.source}`);

const key = (name: string) => name.trim().toLocaleLowerCase('vi');

/** "Chuyển đổi số, Cải cách hành chính" → two tag names, each once (case ignored). */
export function parseTags(text: string): string[] {
  const seen = new Set<string>();
  return text.split(separator).map((t) => t.trim()).filter((t) => t && !seen.has(key(t)) && seen.add(key(t)));
}

/** The tag being typed: the text after the last separator, trimmed. */
export function currentTerm(text: string): string {
  const parts = text.split(separator);
  return (parts[parts.length - 1] ?? '').trim();
}

/** The text with the tag being typed replaced by `name`, ready for the next one. */
export function withTerm(text: string, name: string): string {
  const done = written.exec(text)?.[0];
  return `${done ? `${done.trimEnd()} ` : ''}${name}, `;
}

/** How many items carry a tag, as Vietnamese readers write numbers (236.015). */
const counts = new Intl.NumberFormat('vi-VN');

export interface TagInput {
  input: HTMLInputElement;
  /** The field's control: the input and, under it, the suggestions. */
  element: HTMLElement;
}

export function tagInput(value: string, suggest?: TagSuggester): TagInput {
  const input = textInput(value, { autocomplete: 'off' });
  if (!suggest) return { input, element: input };

  const list = h('ul', { class: 'tag-suggestions', hidden: true, 'aria-label': 'Từ khoá đã có' });
  const status = h('p', { class: 'visually-hidden', 'aria-live': 'polite' });
  let timer: ReturnType<typeof setTimeout> | undefined;
  let asked = 0;

  const hide = () => {
    list.hidden = true;
    list.replaceChildren();
  };

  const choose = (name: string) => {
    input.value = withTerm(input.value, name);
    hide();
    input.focus();
    // Bubbles to the editor's form, which marks the item changed.
    // (The value now ends with ", ": nothing is being typed, so nothing is asked.)
    input.dispatchEvent(new Event('input', { bubbles: true }));
  };

  const show = (found: TagSuggestion[]) => {
    // Tags already in the field are not offered again.
    const entered = new Set(input.value.split(separator).slice(0, -1).map(key));
    const offered = found.filter((t) => !entered.has(key(t.name)));
    list.replaceChildren(...offered.map((t) => h('li', null,
      h('button', { type: 'button', class: 'tag-suggestion', 'data-name': t.name, onclick: () => choose(t.name) },
        t.name, h('span', { class: 'tag-count' }, ` (${counts.format(t.itemCount)})`)))));
    list.hidden = offered.length === 0;
    status.textContent = offered.length ? `${offered.length} từ khoá đã có phù hợp` : '';
  };

  input.addEventListener('input', () => {
    clearTimeout(timer);
    const request = ++asked; // from now on, answers to earlier questions are stale and dropped
    const term = currentTerm(input.value);
    if (!term) {
      hide();
      return;
    }
    timer = setTimeout(async () => {
      try {
        const found = await suggest(term);
        if (request === asked) show(found);
      } catch {
        if (request === asked) hide(); // suggestions are a help; the field works without them
      }
    }, SUGGEST_DELAY_MS);
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && !list.hidden) {
      event.preventDefault();
      hide();
    }
  });

  return { input, element: h('div', { class: 'tag-input' }, input, list, status) };
}
