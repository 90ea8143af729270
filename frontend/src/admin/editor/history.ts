// The "Lịch sử" panel of an item: every save, newest first (what was done, by whom, when,
// the status it left), each viewable read-only through the preview and restorable (the
// API writes the revision's content over the item with the item's ETag as If-Match and
// records the restore as a new revision).
import type { ContentType } from '../../api/types';
import { buttonPager } from '../../components/pager';
import { h } from '../../dom/h';
import { formatDateTime } from '../../format';
import type { AdminApi } from '../api';
import { statusLabel } from '../labels';
import { problemMessage } from '../problem';
import type { RequestByType, RevisionSummary } from '../types';

// Typed by the document's list of actions, so one the API adds fails the build until it has words.
export const revisionActionLabel: Record<RevisionSummary['action'], string> = {
  created: 'Tạo',
  updated: 'Sửa',
  submitted: 'Gửi duyệt',
  returned: 'Trả lại tác giả',
  published: 'Xuất bản',
  unpublished: 'Gỡ xuống',
  archived: 'Lưu trữ',
  scheduled: 'Lên lịch',
  restored: 'Khôi phục',
  draftSaved: 'Lưu bản nháp mới',
  draftPublished: 'Xuất bản bản nháp mới',
  answered: 'Đăng câu trả lời giao lưu',
};

/** The action in Vietnamese; an action this admin does not know yet is shown as the API names it. */
export const revisionAction = (action: string): string => (revisionActionLabel as Record<string, string>)[action] ?? action;

/** Who did it; no one (the scheduler publishing on time) is the system. */
export const revisionAuthor = (createdBy: string | null | undefined): string => createdBy || 'Hệ thống';

export interface HistoryOptions {
  api: AdminApi;
  type: ContentType;
  id: number;
  /** Shows a revision's content read-only (the preview), with a line saying which one it is. */
  view(content: RequestByType[ContentType], note: string): Promise<void>;
  /** Restores it (the editor asks first, sends its ETag, and handles a 412 like any conflict). */
  restore(revision: RevisionSummary): Promise<void>;
  /** Published items: puts its content into the working copy's form instead, so nothing changes for readers until that is published. */
  toCopy?: (content: RequestByType[ContentType], revision: RevisionSummary) => void;
}

/** One row per revision: when, what, who, the status it left, and the buttons. */
export function revisionRows(revisions: readonly RevisionSummary[], view: (r: RevisionSummary) => void, restore: ((r: RevisionSummary) => void) | null,
  toCopy: ((r: RevisionSummary) => void) | null = null): HTMLElement {
  return h('table', { class: 'content-table history-table' },
    h('thead', null, h('tr', null, ['Thời điểm', 'Thao tác', 'Người thực hiện', 'Trạng thái', 'Tiêu đề', ''].map((t) => h('th', { scope: 'col' }, t)))),
    h('tbody', null, revisions.map((r) => h('tr', { 'data-revision': r.id },
      h('td', null, formatDateTime(r.createdAt) ?? '—'),
      h('td', null, revisionAction(r.action), r.restoredFrom ? h('span', { class: 'hint' }, ` (từ bản #${r.restoredFrom})`) : null),
      h('td', null, revisionAuthor(r.createdBy)),
      h('td', null, statusLabel[r.status] ?? r.status),
      h('td', null, r.title),
      h('td', { class: 'row-tools' },
        h('button', { type: 'button', class: 'view-revision', onclick: () => view(r) }, 'Xem'),
        restore ? h('button', { type: 'button', class: 'restore-revision', onclick: () => restore(r) }, 'Khôi phục') : null,
        toCopy ? h('button', { type: 'button', class: 'copy-revision', title: 'Mở nội dung phiên bản này trong bản sửa; bạn đọc chưa thấy gì thay đổi', onclick: () => toCopy(r) }, 'Đưa vào bản sửa') : null)))));
}

export function historyPanel(options: HistoryOptions, canRestore: boolean): HTMLElement {
  const { api, type, id } = options;
  const content = h('div', { class: 'history-content' }, h('p', { class: 'loading' }, 'Đang tải…'));
  const status = h('p', { class: 'history-status', role: 'status' });
  const panel = h('details', { class: 'history' }, h('summary', null, 'Lịch sử'), status, content);
  let loaded = false;

  async function load(page: number): Promise<void> {
    try {
      const list = await api.revisions(type, id, page);
      const pager = buttonPager(list.page, list.totalPages, (n) => void load(n), 'Trang lịch sử');
      content.replaceChildren(
        list.items.length
          ? revisionRows(list.items, (r) => void show(r), canRestore ? (r) => void options.restore(r) : null, options.toCopy ? (r) => void intoCopy(r) : null)
          : h('p', null, 'Chưa có lịch sử.'),
        pager ?? '');
    } catch (error) {
      content.replaceChildren(h('p', { class: 'notice error', role: 'alert' }, problemMessage(error)));
    }
  }

  /** The revision's content (a request body), or null with the reason shown. */
  async function contentOf(revision: RevisionSummary): Promise<RequestByType[ContentType] | null> {
    status.textContent = '';
    try {
      const detail = await api.revision(type, id, revision.id);
      if (!detail.content) status.textContent = 'Phiên bản này không có nội dung để xem.';
      return detail.content ?? null;
    } catch (error) {
      status.textContent = problemMessage(error);
      return null;
    }
  }

  async function show(revision: RevisionSummary): Promise<void> {
    const content = await contentOf(revision);
    if (content) {
      await options.view(content,
        `Phiên bản lúc ${formatDateTime(revision.createdAt)} (${revisionAction(revision.action)}, ${revisionAuthor(revision.createdBy)}), chỉ để xem: nội dung đang soạn không thay đổi.`);
    }
  }

  async function intoCopy(revision: RevisionSummary): Promise<void> {
    const content = await contentOf(revision);
    if (content) options.toCopy?.(content, revision);
  }

  panel.addEventListener('toggle', () => {
    if (panel.open && !loaded) {
      loaded = true;
      void load(1);
    }
  });
  return panel;
}
