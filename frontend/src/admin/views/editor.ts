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
import { EditLockSession, holderName, lockMessage, mayTakeOver, setReadOnly, type LockState } from '../editor/edit-lock';
import { historyPanel } from '../editor/history';
import { mayReturn, notesPanel, returnForm, type NotesPanel } from '../editor/review';
import { relatedPanel } from '../editor/related-panel';
import { royaltyPanel } from '../editor/royalty-panel';
import { liveQaPanel } from '../editor/live-qa-panel';
import { draftItem, previewPanel, toNodes } from '../editor/preview';
import { previewLinksPanel } from '../editor/preview-links';
import { fieldsFor } from '../editor/type-fields';
import { actionLabel, availableActions, type Action } from '../editor/workflow';
import { copyActionLabel, copyActions, copyNotice, initialMode, outdatedOnPublish, type CopyAction, type EditorMode } from '../editor/working-copy';
import { statusLabel, typeSingular } from '../labels';
import { isoToPortalLocal, portalLocalToIso } from '../portal-time';
import { ApiProblem, problemMessage } from '../problem';
import { adminPaths } from '../routes';
import { isEditor } from '../session';
import type { LockHolder, RequestByType, RevisionSummary, WorkingCopy } from '../types';

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
  const authors = await api.allAuthors();
  let current: Versioned<ContentItem> | null = id === null ? null : await api.get(type, id);
  // A published item's working copy (null: none saved yet) and which of the two the form holds.
  let copy: Versioned<WorkingCopy> | null = current?.value.status === 'published' ? await api.workingCopy(type, current.value.id) : null;
  let mode: EditorMode = initialMode(current?.value.status ?? null, copy?.value ?? null);
  // A revision's content put into the copy's form ("Đưa vào bản sửa"), shown by the next render only.
  let copyFromRevision: RequestByType[ContentType] | null = null;
  let dirty = false;
  let busy = false;

  const heading = h('h1', null);
  const messages = messageArea();
  const conflict = h('div', { class: 'conflict', role: 'alert', hidden: true });
  // Who else is editing the item (editor/edit-lock): "Đang được Lê Vũ sửa từ 09:12".
  const lockBanner = h('div', { class: 'lock-banner', role: 'status', hidden: true });
  let lock: EditLockSession | null = null;
  const body = h('div', { class: 'editor-body' });
  const preview = previewPanel(context.config.apiBaseUrl, context.config.siteName, toNodes(buildTree(categories)));
  // Staff notes beside the form (a column on wide screens), once the item exists; the notice
  // that an editor returned it goes at the top, where its author looks first.
  let notes: NotesPanel | null = null;
  const returnedSlot = h('div', { class: 'returned-slot' });
  const notesColumn = h('aside', { class: 'notes-column' });
  const layout = h('div', { class: 'editor-layout' }, body, notesColumn);
  const page = h('div', { class: 'editor-page' }, heading, lockBanner, returnedSlot, messages.element, conflict, layout, preview.element);
  const images = { apiBaseUrl: context.config.apiBaseUrl, pickImage: mediaPicker(api) };
  let readForm: () => RequestByType[ContentType] = () => ({});

  function render(): void {
    const item = current?.value ?? null;
    heading.textContent = item ? `Sửa ${typeSingular[type]}` : `Thêm ${typeSingular[type]} mới`;
    // On the copy, the form holds the copy's content (a request body) in the item's shape.
    const copyContent = copyFromRevision ?? copy?.value.content;
    const shown = mode === 'copy' && item && copyContent ? draftItem(type, copyContent, item, categories) : item;
    // Content from a revision is not saved yet: leaving asks, and the next save sends it.
    dirty = copyFromRevision !== null;
    copyFromRevision = null;
    const markDirty = () => {
      dirty = true;
    };
    const common = commonFields(shown, categories, type === 'video' ? 'Ảnh thu nhỏ (thumbnail)' : 'Ảnh đại diện', images, (typed) => api.tagSuggestions(typed), authors);
    const specific = fieldsFor(type, shown, markDirty, images);
    readForm = () => ({ ...common.read(), ...specific.read() }) as RequestByType[ContentType];
    const form = h('form', { class: 'editor-form', novalidate: true, oninput: markDirty, onchange: markDirty, onsubmit: (e: Event) => {
      e.preventDefault();
      void (mode === 'copy' ? runCopy('saveCopy') : run('save'));
    } }, common.element, specific.element);
    body.replaceChildren(...[statusLine(item), copyBanner(), form, mode === 'copy' ? copyBar() : actionBar(item), royalties(item),
      item && type === 'interview' && isEditor(session.role) ? liveQaPanel(api, item.id) : null, history(item),
      item ? previewLinksPanel({ api, type, id: item.id }) : null, item ? relatedPanel(api, type, item.id) : null]
      .filter((n): n is HTMLElement => n !== null));
    if (item && !notes) {
      notes = notesPanel(api, type, item.id, session);
      notesColumn.replaceChildren(notes.element);
      returnedSlot.replaceChildren(notes.notice);
      void notes.load();
    }
    applyLock();
  }

  function startLock(itemId: number): void {
    lock = new EditLockSession({ api, type, id: itemId, onChange: (state, previous) => {
      showLock(state);
      // The other editor left, or this one took over: their saves are in the item now.
      if (state.kind === 'mine' && previous.kind === 'held') void reload();
    } });
    void lock.start();
  }

  function showLock(state: LockState): void {
    const message = lockMessage(state);
    const holder = state.kind === 'held' || state.kind === 'lost' ? state.holder : null;
    lockBanner.hidden = message === null;
    lockBanner.className = `lock-banner lock-${state.kind}`;
    lockBanner.replaceChildren(...(message === null ? [] : [
      h('p', { class: 'lock-message' }, message),
      state.kind === 'lost' ? h('p', { class: 'hint' }, 'Những gì bạn chưa lưu vẫn còn trên màn hình để sao chép.') : null,
      mayTakeOver(session.role, session.userName, holder)
        ? h('button', { type: 'button', class: 'take-over', onclick: () => void takeOver(holder) }, 'Giành quyền sửa')
        : null,
    ].filter((n) => n !== null)));
    applyLock();
  }

  function applyLock(): void {
    setReadOnly(page, lock?.state.kind === 'held' || lock?.state.kind === 'lost');
  }

  async function takeOver(holder: LockHolder | null): Promise<void> {
    if (!lock) return;
    const name = holder ? holderName(holder) : 'Người khác';
    if (!window.confirm(`${name} đang sửa bài này. Giành quyền sửa? Những gì ${name} chưa lưu sẽ không được lưu.`)) return;
    messages.clear();
    try {
      await lock.takeOver();
    } catch (error) {
      failed(error);
    }
  }

  /** Royalties of a published item with credits: editors set them, its authors read them. */
  function royalties(item: ContentItem | null): HTMLElement | null {
    return item?.status === 'published' && item.credits.length ? royaltyPanel(api, item, isEditor(session.role)) : null;
  }

  function copyBanner(): HTMLElement | null {
    if (mode !== 'copy') return null;
    const notice = copyNotice(copy?.value ?? null);
    return h('div', { class: 'copy-banner' },
      h('p', { class: 'copy-state' }, notice.state),
      notice.warning ? h('p', { class: 'copy-warning', role: 'alert' }, notice.warning) : null);
  }

  function copyBar(): HTMLElement {
    const actions = copyActions('copy', current?.value.status ?? null, copy !== null, session.role);
    return h('div', { class: 'action-bar' },
      actions.map((action) => h('button', {
        type: 'button',
        class: `action-${action}${action === 'saveCopy' || action === 'publishCopy' ? ' primary' : ''}${action === 'discardCopy' ? ' danger' : ''}`,
        onclick: () => void runCopy(action),
      }, copyActionLabel[action])),
      h('button', { type: 'button', class: 'action-preview', onclick: () => void showPreview() }, 'Xem trước'));
  }

  function history(item: ContentItem | null): HTMLElement | null {
    if (!item) return null;
    return historyPanel({
      api,
      type,
      id: item.id,
      view: (content, note) => preview.show(draftItem(type, content, item, categories), note),
      restore: (revision) => restore(revision),
      toCopy: item.status === 'published' ? (content, revision) => {
        if (dirty && !window.confirm('Nội dung đang soạn chưa lưu sẽ được thay bằng phiên bản này. Tiếp tục?')) return;
        copyFromRevision = content;
        mode = 'copy';
        render();
        messages.success(`Đã đưa phiên bản lúc ${formatDateTime(revision.createdAt)} vào bản sửa. Kiểm tra rồi bấm “Lưu bản sửa”; bạn đọc chưa thấy thay đổi nào.`);
      } : undefined,
    }, availableActions(item.status, session.role).includes('save'));
  }

  async function restore(revision: RevisionSummary): Promise<void> {
    if (busy || !current) return;
    const when = formatDateTime(revision.createdAt);
    const live = current.value.status === 'published' ? ' Bài đang xuất bản nên bạn đọc sẽ thấy ngay nội dung này.' : '';
    if (!window.confirm(`Khôi phục phiên bản lúc ${when} (“${revision.title}”)? Nội dung hiện tại được thay bằng phiên bản đó (vẫn còn trong lịch sử).${live}${dirty ? ' Những thay đổi chưa lưu trên màn hình sẽ mất.' : ''}`)) return;
    messages.clear();
    setBusy(true);
    try {
      current = await api.restoreRevision(type, current.value.id, revision.id, current.etag);
      mode = 'live';
      if (copy) copy = await api.workingCopy(type, current.value.id); // now outdated
      render();
      messages.success(`Đã khôi phục phiên bản lúc ${when}.`);
    } catch (error) {
      failed(error);
    } finally {
      setBusy(false);
    }
  }

  async function runCopy(action: CopyAction, overwrite = false): Promise<void> {
    if (busy || !current) return;
    const itemId = current.value.id;
    if (action === 'discardCopy' && !window.confirm('Huỷ bản sửa? Nội dung của nó vẫn còn trong “Lịch sử”; bài đang hiển thị không thay đổi.')) return;
    if (action === 'showLive' && dirty && !window.confirm('Bản sửa có thay đổi chưa lưu. Vẫn chuyển sang bản đang hiển thị và bỏ các thay đổi đó?')) return;
    if (action === 'startCopy' && dirty && !window.confirm('Bạn có thay đổi chưa lưu trên bản đang hiển thị. Vẫn chuyển sang soạn bản sửa và bỏ các thay đổi đó?')) return;
    messages.clear();
    clearFieldErrors(page);
    if (action === 'startCopy' || action === 'showLive') {
      mode = action === 'startCopy' ? 'copy' : 'live';
      render();
      return;
    }
    setBusy(true);
    try {
      if (action === 'discardCopy') {
        if (copy) await api.discardWorkingCopy(type, itemId, copy.etag);
        copy = null;
        mode = 'live';
        render();
        messages.success('Đã huỷ bản sửa.');
        return;
      }
      if (dirty || !copy) {
        copy = await api.saveWorkingCopy(type, itemId, readForm(), copy?.etag ?? null);
        dirty = false;
      }
      if (action === 'saveCopy') {
        render();
        messages.success('Đã lưu bản sửa. Bạn đọc vẫn thấy bản đang hiển thị cho đến khi bản sửa được xuất bản.');
        return;
      }
      current = await api.publishWorkingCopy(type, itemId, copy.etag, overwrite);
      copy = null;
      mode = 'live';
      conflict.hidden = true;
      render();
      messages.success('Đã xuất bản bản sửa.');
    } catch (error) {
      if (copy && !dirty) render(); // the copy was saved before publishing failed: show it saved
      if (action === 'publishCopy' && error instanceof ApiProblem && error.kind === 'conflict') {
        conflict.replaceChildren(
          h('p', null, outdatedOnPublish),
          h('button', { type: 'button', class: 'overwrite primary', onclick: () => void runCopy('publishCopy', true) }, 'Vẫn xuất bản'),
          h('button', { type: 'button', onclick: () => {
            conflict.hidden = true;
          } }, 'Để sau'));
        conflict.hidden = false;
        conflict.scrollIntoView({ block: 'nearest' });
        return;
      }
      failed(error);
    } finally {
      setBusy(false);
    }
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
      copyActions('live', item?.status ?? null, copy !== null, session.role).map((action) =>
        h('button', { type: 'button', class: `action-${action}`, onclick: () => void runCopy(action) }, copy ? 'Mở bản sửa' : copyActionLabel[action])),
      actions.filter((a) => a !== 'schedule').map(button),
      mayReturn(item?.status ?? null, session.role) ? returnBox() : null,
      h('button', { type: 'button', class: 'action-preview', onclick: () => void showPreview() }, 'Xem trước'),
      actions.includes('schedule')
        ? h('div', { class: 'schedule' },
            field(scheduleInput, { key: 'publishAt', label: 'Thời điểm xuất bản (giờ Việt Nam, UTC+7)' }),
            button('schedule'))
        : null,
      actions.includes('save') ? null : h('p', { class: 'hint' }, item?.status === 'published'
        ? 'Bài đã xuất bản: tác giả đề xuất thay đổi bằng “Soạn bản sửa”, biên tập viên xuất bản.'
        : 'Bài ở trạng thái này chỉ biên tập viên mới sửa được.'));
  }

  /** "Trả lại tác giả": opens the reason box; sending it saves unsaved edits first, like any step. */
  function returnBox(): HTMLElement {
    const box = h('div', { class: 'return-box' });
    const open = h('button', { type: 'button', class: 'action-return', onclick: () => {
      open.hidden = true;
      box.append(returnForm((reason) => returnToAuthor(reason), () => {
        box.replaceChildren(open);
        open.hidden = false;
      }));
      box.querySelector('textarea')?.focus();
    } }, 'Trả lại tác giả');
    box.append(open);
    return box;
  }

  async function returnToAuthor(reason: string): Promise<void> {
    if (busy || !current) return;
    messages.clear();
    setBusy(true);
    let savedFirst = false;
    try {
      const saved = await saveIfNeeded();
      savedFirst = saved !== current;
      current = saved;
      dirty = false;
      current = await api.returnToAuthor(type, saved.value.id, reason, saved.etag);
      render();
      await notes?.load();
      messages.success('Đã trả lại cho tác giả; bài trở về nháp.');
    } catch (error) {
      if (savedFirst) render(); // the edits were saved before the return failed: show them saved (the reason box goes)
      failed(error); // else the reason box stays open, with a 400 beside it
    } finally {
      setBusy(false);
    }
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
      if (wasNew) {
        context.navigate(adminPaths.edit(type, saved.value.id), true);
        startLock(saved.value.id);
      }
      // A save of the live item makes its copy outdated (and a workflow step may end it).
      if (copy) copy = saved.value.status === 'published' ? await api.workingCopy(type, saved.value.id) : null;
      render();
      void notes?.load(); // a step may end a return (handed in again) or follow one
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
        h('p', null, problemMessage(error, mode === 'copy' ? 'Bản sửa' : 'Bài')),
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
      copy = current.value.status === 'published' ? await api.workingCopy(type, current.value.id) : null;
      if (!copy && current.value.status !== 'published') mode = 'live';
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
    if (!value) applyLock();
  }

  render();
  if (current) startLock(current.value.id);
  context.onLeave?.(() => lock?.stop());
  context.guardLeaving(() => dirty);
  return page;
}
