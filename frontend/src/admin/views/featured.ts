// "Tiêu điểm": editors choose the stories that lead the home page (or one section) and put
// them in order; the first is the lead story. Items are found with the management lists'
// search (drafts included, so tomorrow's lead can wait in line: readers see an item only
// once it is public, which each row says). The whole list is saved at once with the ETag it
// was loaded with: a list another editor saved meanwhile is a 412 with a reload, never
// silently overwritten.
import { h } from '../../dom/h';
import { formatDateTime } from '../../format';
import { categoryOptions } from '../category-tree';
import { messageArea } from '../components/errors';
import { select } from '../components/field';
import { itemSearch } from '../components/item-search';
import type { AdminContext } from '../context';
import { statusLabel, typePlural } from '../labels';
import { ApiProblem, fieldMessage, problemMessage } from '../problem';
import { adminPaths } from '../routes';
import { isEditor } from '../session';
import type { CategoryResponse, FeaturedEntry, FeaturedListResponse } from '../types';

/** As the API allows: beyond this it is no longer a choice. */
export const MAX_FEATURED = 20;

export async function featuredPage(context: AdminContext, category: string): Promise<HTMLElement> {
  if (!isEditor(context.session.role)) {
    return h('div', null, h('h1', null, 'Tiêu điểm'), h('p', { class: 'hint' }, 'Chỉ biên tập viên mới chọn tin tiêu điểm.'));
  }
  const [categories, loaded] = await Promise.all([context.categories(), context.api.featured(category || undefined)]);
  return featuredEditor(context, category, categories, loaded.value, loaded.etag);
}

function featuredEditor(context: AdminContext, category: string, categories: readonly CategoryResponse[], loaded: FeaturedListResponse, loadedEtag: string): HTMLElement {
  const { api } = context;
  const messages = messageArea();
  let entries: FeaturedEntry[] = [...loaded.items];
  let saved = loaded;
  let etag = loadedEtag;
  const idsOf = (list: readonly FeaturedEntry[]) => list.map((entry) => entry.item.id).join(',');
  const dirty = () => idsOf(entries) !== idsOf(saved.items);
  context.guardLeaving(dirty);

  const place = select([{ value: '', label: 'Trang chủ' }, ...categoryOptions(categories, (c) => c.slug)], category, { name: 'place' });
  place.addEventListener('change', () => {
    if (dirty() && !window.confirm('Danh sách có thay đổi chưa lưu. Bỏ các thay đổi đó?')) {
      place.value = category;
      return;
    }
    context.navigate(adminPaths.featured(place.value));
  });
  const placeName = category ? categories.find((c) => c.slug === category)?.name ?? category : 'trang chủ';

  const list = h('ol', { class: 'featured-list', 'aria-label': `Tiêu điểm của ${placeName}` });
  const saveButton = h('button', { type: 'button', class: 'primary', onclick: () => void save() }, 'Lưu thứ tự');
  const savedInfo = h('p', { class: 'hint saved-info' });

  function draw(focus?: { id: number; control: string }): void {
    list.replaceChildren(...entries.map((entry, index) => row(entry, index)));
    if (!entries.length) list.append(h('li', { class: 'empty' }, category ? 'Chưa chọn tin nào: trang chuyên mục chỉ hiện danh sách tin mới nhất.' : 'Chưa chọn tin nào: trang chủ hiện các tin mới nhất.'));
    saveButton.disabled = !dirty();
    savedInfo.textContent = saved.updatedAt ? `Lưu lần cuối ${formatDateTime(saved.updatedAt)}${saved.updatedBy ? ` · ${saved.updatedBy}` : ''}` : 'Danh sách này chưa được lưu lần nào.';
    search.refresh();
    if (focus) {
      const target = list.querySelector<HTMLElement>(`li[data-id="${focus.id}"] .${focus.control}`);
      (target && !(target as HTMLButtonElement).disabled ? target : list.querySelector<HTMLElement>(`li[data-id="${focus.id}"] .remove`))?.focus();
    }
  }

  function row(entry: FeaturedEntry, index: number): HTMLElement {
    const { item } = entry;
    const move = (delta: number, control: string) => () => {
      const next = [...entries];
      const [moved] = next.splice(index, 1);
      next.splice(index + delta, 0, moved!);
      entries = next;
      messages.clear();
      draw({ id: item.id, control });
    };
    return h('li', { 'data-id': item.id, class: index === 0 ? 'lead' : null },
      h('div', { class: 'featured-item' },
        h('a', { class: 'featured-title', href: adminPaths.edit(item.type, item.id) }, item.title),
        h('span', { class: 'featured-meta' },
          index === 0 ? h('strong', { class: 'lead-mark' }, 'Tin chính · ') : null,
          `${typePlural[item.type]} · `,
          h('span', { class: `status status-${item.status}` }, statusLabel[item.status]),
          entry.isPublic ? null : h('span', { class: 'not-public' }, ' · chưa hiện với bạn đọc'))),
      h('span', { class: 'row-tools' },
        h('button', { type: 'button', class: 'move-up', disabled: index === 0, 'aria-label': `Đưa “${item.title}” lên`, onclick: move(-1, 'move-up') }, '↑'),
        h('button', { type: 'button', class: 'move-down', disabled: index === entries.length - 1, 'aria-label': `Đưa “${item.title}” xuống`, onclick: move(1, 'move-down') }, '↓'),
        h('button', { type: 'button', class: 'remove danger', 'aria-label': `Bỏ “${item.title}” khỏi tiêu điểm`, onclick: () => {
          entries = entries.filter((other) => other.item.id !== item.id);
          messages.clear();
          draw();
          (list.querySelector<HTMLElement>(`li:nth-child(${Math.min(index + 1, entries.length)}) .remove`) ?? saveButton).focus();
        } }, 'Bỏ')));
  }

  const canAdd = (id: number) => entries.length < MAX_FEATURED && !entries.some((entry) => entry.item.id === id);

  async function save(): Promise<void> {
    messages.clear();
    saveButton.disabled = true;
    try {
      const answer = await api.saveFeatured(category || undefined, entries.map((entry) => entry.item.id), etag);
      saved = answer.value;
      etag = answer.etag;
      entries = [...saved.items];
      draw();
      messages.success(category ? `Đã lưu tiêu điểm của chuyên mục ${placeName}.` : 'Đã lưu tiêu điểm trang chủ.');
    } catch (error) {
      const details = error instanceof ApiProblem ? Object.values(error.errors).flat().map(fieldMessage) : [];
      messages.error(problemMessage(error, 'Danh sách tiêu điểm'), details);
      if (error instanceof ApiProblem && error.kind === 'stale') {
        messages.element.append(h('button', { type: 'button', onclick: () => context.navigate(adminPaths.featured(category)) }, 'Tải bản mới nhất'));
      }
      saveButton.disabled = !dirty();
    }
  }

  // Finding items to add: the newsroom's own lists, drafts included, most recently changed first.
  const search = itemSearch(api, { label: 'Tìm tin để thêm', resultsClass: 'featured-results', action: 'Thêm', canAdd, onAdd: (item) => {
    entries = [...entries, { isPublic: item.status === 'published', item }];
    messages.clear();
    draw();
  } });

  draw();
  void search.find();
  return h('div', { class: 'featured-page' },
    h('div', { class: 'page-head' }, h('h1', null, 'Tiêu điểm'), h('label', null, 'Trang ', place)),
    h('p', { class: 'hint' }, 'Các tin dưới đây đứng đầu trang theo đúng thứ tự này; tin đầu tiên là tin chính. Tin chưa xuất bản (nháp, hẹn giờ) giữ chỗ và chỉ hiện với bạn đọc khi được xuất bản. Tối đa 20 tin.'),
    messages.element,
    list,
    h('div', { class: 'featured-actions' }, saveButton, savedInfo),
    h('section', { class: 'featured-add', 'aria-labelledby': 'featured-add-title' },
      h('h2', { id: 'featured-add-title' }, 'Thêm tin'),
      search.form,
      search.results));
}
