// One content item in the editor: the common and type-specific fields, the workflow
// buttons its status and the person's role allow, the preview, and the conflict handling.
// Every write sends If-Match with the ETag the screen loaded; when the API answers 412 the
// editor says so and offers to load the latest version: it never overwrites silently.
import type { ContentItem, ContentType } from '../../api/types';
import { h } from '../../dom/h';
import { formatDateTime } from '../../format';
import { paths } from '../../routes';
import type { Versioned } from '../api';
import { buildTree } from '../category-tree';
import { clearFieldErrors, messageArea, showFieldErrors } from '../components/errors';
import { field, nextId } from '../components/field';
import { mediaPicker } from '../components/media-grid';
import type { AdminContext } from '../context';
import { commonFields } from '../editor/common-fields';
import { draftItem, previewPanel, toNodes } from '../editor/preview';
import { fieldsFor } from '../editor/type-fields';
import { actionLabel, availableActions, type Action } from '../editor/workflow';
import { statusLabel, typeSingular } from '../labels';
import { isoToPortalLocal, portalLocalToIso } from '../portal-time';
import { ApiProblem, problemMessage } from '../problem';
import { adminPaths } from '../routes';
import type { RequestByType } from '../types';

const done: Record<Exclude<Action, 'delete'>, string> = {
  save: 'Đã lưu.',
  submit: 'Đã gửi duyệt.',
  publish: 'Đã xuất bản.',
  unpublish: 'Đã gỡ xuống.',
  archive: 'Đã chuyển vào lưu trữ.',
  schedule: 'Đã lên lịch xuất bản.',
};

export async function editorPage(context: AdminContext, type: ContentType, id: number | null): Promise<HTMLElement> {
  const { api, session } = context;
  const categories = await context.categories();
  let current: Versioned<ContentItem> | null = id === null ? null : await api.get(type, id);
  let dirty = false;
  let busy = false;

  const heading = h('h1', null);
  const messages = messageArea();
  const conflict = h('div', { class: 'conflict', role: 'alert', hidden: true });
  const body = h('div', { class: 'editor-body' });
  const preview = previewPanel(context.config.apiBaseUrl, context.config.siteName, toNodes(buildTree(categories)));
  const page = h('div', { class: 'editor-page' }, heading, messages.element, conflict, body, preview.element);
  const images = { apiBaseUrl: context.config.apiBaseUrl, pickImage: mediaPicker(api) };
  let readForm: () => RequestByType[ContentType] = () => ({});

  function render(): void {
    const item = current?.value ?? null;
    heading.textContent = item ? `Sửa ${typeSingular[type]}` : `Thêm ${typeSingular[type]} mới`;
    dirty = false;
    const markDirty = () => {
      dirty = true;
    };
    const common = commonFields(item, categories, type === 'video' ? 'Ảnh thu nhỏ (thumbnail)' : 'Ảnh đại diện', images);
    const specific = fieldsFor(type, item, markDirty, images);
    readForm = () => ({ ...common.read(), ...specific.read() }) as RequestByType[ContentType];
    const form = h('form', { class: 'editor-form', novalidate: true, oninput: markDirty, onchange: markDirty, onsubmit: (e: Event) => {
      e.preventDefault();
      void run('save');
    } }, common.element, specific.element);
    body.replaceChildren(...[statusLine(item), form, actionBar(item)].filter((n): n is HTMLElement => n !== null));
  }

  function statusLine(item: ContentItem | null): HTMLElement | null {
    if (!item) return null;
    const updated = formatDateTime(item.updatedAt);
    return h('p', { class: 'status-line' },
      h('span', { class: `status status-${item.status}` }, statusLabel[item.status]),
      item.status === 'scheduled' && item.publishedAt ? ` · xuất bản lúc ${formatDateTime(item.publishedAt)}` : null,
      updated ? ` · cập nhật ${updated}${item.updatedBy ? ` bởi ${item.updatedBy}` : ''}` : null,
      item.status === 'published' ? [' · ', h('a', { href: paths.item(item.type, item.slug), target: '_blank', rel: 'noopener' }, 'Xem trên trang')] : null);
  }

  function actionBar(item: ContentItem | null): HTMLElement {
    const actions = availableActions(item?.status ?? null, session.role);
    const scheduleInput = h('input', { type: 'datetime-local', value: isoToPortalLocal(item?.status === 'scheduled' ? item.publishedAt : null), id: nextId('schedule') });
    const button = (action: Action) => h('button', {
      type: 'button',
      class: `action-${action}${action === 'save' || action === 'publish' ? ' primary' : ''}${action === 'delete' ? ' danger' : ''}`,
      onclick: () => void run(action, scheduleInput),
    }, actionLabel[action]);
    return h('div', { class: 'action-bar' },
      actions.filter((a) => a !== 'schedule').map(button),
      h('button', { type: 'button', class: 'action-preview', onclick: () => void showPreview() }, 'Xem trước'),
      actions.includes('schedule')
        ? h('div', { class: 'schedule' },
            field(scheduleInput, { key: 'publishAt', label: 'Thời điểm xuất bản (giờ Việt Nam, UTC+7)' }),
            button('schedule'))
        : null,
      actions.includes('save') ? null : h('p', { class: 'hint' }, 'Bài ở trạng thái này chỉ biên tập viên mới sửa được.'));
  }

  async function showPreview(): Promise<void> {
    await preview.show(draftItem(type, readForm(), current?.value ?? null, categories));
  }

  /** Saves unsaved changes first, so "Xuất bản" publishes what is on the screen. */
  async function saveIfNeeded(): Promise<Versioned<ContentItem>> {
    if (current && !dirty) return current;
    return current ? api.update(type, current.value.id, readForm(), current.etag) : api.create(type, readForm());
  }

  async function run(action: Action, scheduleInput?: HTMLInputElement): Promise<void> {
    if (busy) return;
    messages.clear();
    clearFieldErrors(page);
    let publishAt: string | null = null;
    if (action === 'schedule') {
      publishAt = portalLocalToIso(scheduleInput?.value ?? '');
      if (!publishAt) {
        showFieldErrors(page, { publishAt: ['Chọn ngày và giờ xuất bản.'] });
        return;
      }
    }
    if (action === 'delete' && !window.confirm(`Xoá vĩnh viễn “${current?.value.title ?? ''}”? Không thể hoàn tác.`)) return;
    setBusy(true);
    const wasNew = current === null;
    let savedFirst = false;
    try {
      if (action === 'delete') {
        await api.remove(type, current!.value.id, current!.etag);
        context.navigate(adminPaths.list(type));
        return;
      }
      let saved = await saveIfNeeded();
      savedFirst = saved !== current;
      current = saved;
      dirty = false;
      if (action === 'schedule') saved = await api.schedule(type, saved.value.id, publishAt!, saved.etag);
      else if (action !== 'save') saved = await api.transition(type, saved.value.id, action, saved.etag);
      current = saved;
      if (wasNew) context.navigate(adminPaths.edit(type, saved.value.id), true);
      render();
      messages.success(done[action]);
    } catch (error) {
      // The edits were saved before the workflow step failed: show the saved state (and URL).
      if (savedFirst) {
        if (wasNew) context.navigate(adminPaths.edit(type, current!.value.id), true);
        render();
      }
      failed(error);
    } finally {
      setBusy(false);
    }
  }

  function failed(error: unknown): void {
    if (error instanceof ApiProblem && (error.kind === 'stale' || error.kind === 'preconditionRequired')) {
      conflict.replaceChildren(
        h('p', null, problemMessage(error)),
        h('button', { type: 'button', class: 'reload primary', onclick: () => void reload() }, 'Tải bản mới nhất'));
      conflict.hidden = false;
      conflict.scrollIntoView({ block: 'nearest' });
      return;
    }
    const unclaimed = error instanceof ApiProblem && error.kind === 'validation' ? showFieldErrors(page, error.errors) : [];
    messages.error(problemMessage(error), unclaimed);
    if (!(error instanceof ApiProblem)) console.error(error);
  }

  async function reload(): Promise<void> {
    if (!current) return;
    setBusy(true);
    try {
      current = await api.get(type, current.value.id);
      conflict.hidden = true;
      render();
      messages.success('Đã tải bản mới nhất.');
    } catch (error) {
      failed(error);
    } finally {
      setBusy(false);
    }
  }

  function setBusy(value: boolean): void {
    busy = value;
    page.setAttribute('aria-busy', String(value));
    for (const b of page.querySelectorAll<HTMLButtonElement>('.action-bar button, .conflict button')) b.disabled = value;
  }

  render();
  context.guardLeaving(() => dirty);
  return page;
}
