// "Tin liên quan" under a saved item: what readers see under it now, and the stories an editor
// pins there (first, in their order), found with the same search as the featured stories and
// saved as a whole. A pinned draft keeps its place and shows once public. Who may edit the
// item may pin (the API refuses the others, which the message then says).
import type { ContentSummary, ContentType } from '../../api/types';
import { h } from '../../dom/h';
import type { AdminApi } from '../api';
import { messageArea } from '../components/errors';
import { fieldset } from '../components/field';
import { itemSearch } from '../components/item-search';
import { statusLabel, typePlural } from '../labels';
import { ApiProblem, fieldMessage, problemMessage } from '../problem';
import type { RelatedPinEntry, RelatedPinsResponse } from '../types';

/** As the API allows: readers see four. */
export const MAX_PINS = 4;

export function relatedPanel(api: AdminApi, type: ContentType, id: number): HTMLElement {
  const messages = messageArea();
  const shown = h('ol', { class: 'related-shown', 'aria-label': 'Bạn đọc đang thấy' });
  const list = h('ol', { class: 'related-pins', 'aria-label': 'Tin ghim' });
  const saveButton = h('button', { type: 'button', class: 'primary', onclick: () => void save() }, 'Lưu tin liên quan');
  let pins: RelatedPinEntry[] = [];
  let saved = '';
  const idsOf = (entries: readonly RelatedPinEntry[]) => entries.map((entry) => entry.item.id);
  const canAdd = (other: number) => other !== id && pins.length < MAX_PINS && !pins.some((entry) => entry.item.id === other);
  const search = itemSearch(api, { label: 'Tìm tin để ghim', resultsClass: 'related-results', action: 'Ghim', canAdd, onAdd: (item) => {
    pins = [...pins, { isPublic: item.status === 'published', item }];
    messages.clear();
    draw();
  } });

  function show(answer: RelatedPinsResponse): void {
    pins = [...answer.pins];
    saved = idsOf(pins).join(',');
    shown.replaceChildren(...answer.shown.map((item) => h('li', null, titleLine(item))));
    if (!answer.shown.length) shown.append(h('li', { class: 'empty' }, 'Chưa có tin nào liên quan.'));
    draw();
  }

  function draw(): void {
    list.replaceChildren(...pins.map((entry, index) => row(entry, index)));
    if (!pins.length) list.append(h('li', { class: 'empty' }, 'Chưa ghim tin nào: bạn đọc thấy các tin cùng từ khóa, cùng chuyên mục.'));
    saveButton.disabled = idsOf(pins).join(',') === saved;
    search.refresh();
  }

  function row(entry: RelatedPinEntry, index: number): HTMLElement {
    const move = (delta: number) => () => {
      const next = [...pins];
      const [moved] = next.splice(index, 1);
      next.splice(index + delta, 0, moved!);
      pins = next;
      draw();
      list.querySelector<HTMLElement>(`li:nth-child(${index + delta + 1}) .${delta < 0 ? 'move-up' : 'move-down'}`)?.focus();
    };
    const title = entry.item.title;
    return h('li', { 'data-id': entry.item.id },
      titleLine(entry.item, entry.isPublic),
      h('span', { class: 'row-tools' },
        h('button', { type: 'button', class: 'move-up', disabled: index === 0, 'aria-label': `Đưa “${title}” lên`, onclick: move(-1) }, '↑'),
        h('button', { type: 'button', class: 'move-down', disabled: index === pins.length - 1, 'aria-label': `Đưa “${title}” xuống`, onclick: move(1) }, '↓'),
        h('button', { type: 'button', class: 'remove danger', 'aria-label': `Bỏ ghim “${title}”`, onclick: () => {
          pins = pins.filter((other) => other.item.id !== entry.item.id);
          draw();
          saveButton.focus();
        } }, 'Bỏ')));
  }

  async function save(): Promise<void> {
    messages.clear();
    saveButton.disabled = true;
    try {
      show(await api.saveRelatedPins(type, id, idsOf(pins)));
      messages.success('Đã lưu tin liên quan.');
    } catch (error) {
      const details = error instanceof ApiProblem ? Object.values(error.errors).flat().map(fieldMessage) : [];
      messages.error(problemMessage(error, 'Tin liên quan'), details);
      draw();
    }
  }

  void (async () => {
    try {
      show(await api.relatedPins(type, id));
      void search.find();
    } catch (error) {
      messages.error(problemMessage(error, 'Tin liên quan'));
    }
  })();

  const panel = fieldset('Tin liên quan', messages.element,
    h('p', { class: 'hint' }, `Bạn đọc thấy tối đa ${MAX_PINS} tin dưới bài: các tin được ghim trước, theo thứ tự này, rồi các tin chung nhiều từ khóa nhất, cùng chuyên mục, mới nhất. Tin chưa xuất bản giữ chỗ và chỉ hiện khi được xuất bản.`),
    h('h3', null, 'Tin ghim'), list, h('p', null, saveButton),
    h('h3', null, 'Bạn đọc đang thấy'), shown,
    h('h3', null, 'Ghim thêm tin'), search.form, search.results);
  panel.classList.add('related-panel');
  return panel;
}

/** "Tiêu đề · Bài viết · Đã xuất bản", and whether readers see it. */
function titleLine(item: ContentSummary, isPublic = true): HTMLElement {
  return h('span', { class: 'featured-item' },
    h('span', { class: 'featured-title' }, item.title),
    h('span', { class: 'featured-meta' }, ` ${typePlural[item.type]} · `,
      h('span', { class: `status status-${item.status}` }, statusLabel[item.status]),
      isPublic ? null : h('span', { class: 'not-public' }, ' · chưa hiện với bạn đọc')));
}
