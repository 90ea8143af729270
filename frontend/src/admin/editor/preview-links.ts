// "Xem trước cho người ngoài": links that show the item, exactly as readers will see it (its
// working copy when it has one), to someone without an account, such as a leader approving a
// story from their phone. Make one (copy its address to send), see the item's links with
// their expiry in portal time, revoke one. The API decides who may (editors any item,
// authors their own) and what each link shows (GET /api/v1/preview/{token}).
import type { ContentType } from '../../api/types';
import { h } from '../../dom/h';
import { formatDateTime } from '../../format';
import type { AdminApi } from '../api';
import { problemMessage } from '../problem';
import type { PreviewLink } from '../types';

// Typed by the document's states, so one the API adds fails the build until it has words.
export const previewLinkStateLabel: Record<PreviewLink['state'], string> = {
  active: 'Còn hiệu lực',
  expired: 'Đã hết hạn',
  revoked: 'Đã thu hồi',
};

/** "Có hiệu lực đến 10/02/2024 07:30" (portal time). */
export const validUntil = (link: Pick<PreviewLink, 'expiresAt'>): string => `Có hiệu lực đến ${formatDateTime(link.expiresAt) ?? '—'}`;

/** A link's address in a box to select, and a button that copies it. */
export function linkBox(url: string, onCopied: (copied: boolean) => void): HTMLElement {
  const input = h('input', { type: 'text', class: 'preview-link-url', readonly: true, value: url, 'aria-label': 'Địa chỉ liên kết xem trước', onfocus: (e: Event) => (e.target as HTMLInputElement).select() });
  return h('span', { class: 'preview-link-box' }, input,
    h('button', { type: 'button', class: 'copy-preview-link', onclick: () => void copy(url, input).then(onCopied) }, 'Sao chép'));
}

async function copy(url: string, input: HTMLInputElement): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(url);
    return true;
  } catch {
    input.select(); // no clipboard (plain http, an old browser): selected for Ctrl+C
    return false;
  }
}

/** One row per link, newest first: its address while it works, when and by whom it was made, its expiry and state. */
export function previewLinkRows(links: readonly PreviewLink[], revoke: (link: PreviewLink) => void, onCopied: (copied: boolean) => void): HTMLElement {
  return h('table', { class: 'content-table preview-links-table' },
    h('thead', null, h('tr', null, ['Liên kết', 'Tạo lúc', 'Người tạo', 'Hết hạn', 'Trạng thái', ''].map((t) => h('th', { scope: 'col' }, t)))),
    h('tbody', null, links.map((link) => h('tr', { 'data-preview-link': link.id, 'data-state': link.state },
      h('td', null, link.state === 'active' ? linkBox(link.url, onCopied) : h('span', { class: 'hint' }, 'Không còn dùng được')),
      h('td', null, formatDateTime(link.createdAt) ?? '—'),
      h('td', null, link.createdBy ?? '—'),
      h('td', null, formatDateTime(link.expiresAt) ?? '—'),
      h('td', null, previewLinkStateLabel[link.state] ?? link.state,
        link.state === 'revoked' && link.revokedBy ? h('span', { class: 'hint' }, ` (${link.revokedBy})`) : null),
      h('td', { class: 'row-tools' },
        link.state === 'active' ? h('button', { type: 'button', class: 'revoke-preview-link danger', onclick: () => revoke(link) }, 'Thu hồi') : null)))));
}

/** The lifetimes offered for a new link; null: the portal's default. */
export const LIFETIMES: readonly { hours: number | null; label: string }[] = [
  { hours: null, label: 'Thời hạn mặc định' },
  { hours: 24, label: '1 ngày' },
  { hours: 72, label: '3 ngày' },
  { hours: 168, label: '7 ngày' },
];

export interface PreviewLinksOptions {
  api: AdminApi;
  type: ContentType;
  id: number;
}

export function previewLinksPanel({ api, type, id }: PreviewLinksOptions): HTMLElement {
  const status = h('p', { class: 'preview-links-status', role: 'status' });
  const created = h('div', { class: 'preview-link-created', hidden: true });
  const list = h('div', { class: 'preview-links-list' }, h('p', { class: 'loading' }, 'Đang tải…'));
  const createButton = h('button', { type: 'button', class: 'create-preview-link primary', onclick: () => void create() }, 'Tạo liên kết xem trước');
  // How long a new link works: the portal's default (Cms:Preview:LinkLifetime) or a choice; past
  // the portal's longest the API answers a 400, said in the status line.
  const lifetime = h('select', { class: 'preview-link-lifetime', 'aria-label': 'Thời hạn của liên kết' },
    LIFETIMES.map(({ hours, label }) => h('option', { value: hours === null ? '' : String(hours) }, label)));
  const panel = h('details', { class: 'preview-links' },
    h('summary', null, 'Xem trước cho người ngoài'),
    h('p', { class: 'hint' }, 'Gửi liên kết cho người không có tài khoản (ví dụ lãnh đạo duyệt bài) để xem bài đúng như bạn đọc sẽ thấy, kể cả bản sửa chưa xuất bản. Liên kết tự hết hạn; có thể thu hồi bất cứ lúc nào.'),
    h('p', { class: 'preview-link-make' }, lifetime, ' ', createButton), status, created, list);
  let loaded = false;
  let createdId: number | null = null; // the link shown in `created`, hidden once revoked

  const copied = (ok: boolean) => {
    status.textContent = ok ? 'Đã sao chép liên kết.' : 'Không sao chép tự động được: liên kết đã được chọn, bấm Ctrl+C để sao chép.';
  };

  async function load(): Promise<void> {
    try {
      const links = await api.previewLinks(type, id);
      list.replaceChildren(links.length ? previewLinkRows(links, (link) => void revoke(link), copied) : h('p', null, 'Chưa có liên kết xem trước nào.'));
    } catch (error) {
      list.replaceChildren(h('p', { class: 'notice error', role: 'alert' }, problemMessage(error)));
    }
  }

  async function create(): Promise<void> {
    createButton.disabled = true;
    status.textContent = '';
    try {
      const link = await api.createPreviewLink(type, id, lifetime.value ? Number(lifetime.value) : null);
      createdId = link.id;
      created.replaceChildren(
        h('p', null, h('strong', null, 'Liên kết mới: '), validUntil(link), '. Gửi địa chỉ này cho người cần xem:'),
        linkBox(link.url, copied));
      created.hidden = false;
      await load();
    } catch (error) {
      status.textContent = problemMessage(error);
    } finally {
      createButton.disabled = false;
    }
  }

  async function revoke(link: PreviewLink): Promise<void> {
    if (!window.confirm('Thu hồi liên kết xem trước này? Người đang giữ liên kết sẽ không xem được bài nữa.')) return;
    try {
      await api.revokePreviewLink(type, id, link.id);
      if (createdId === link.id) created.hidden = true;
      status.textContent = 'Đã thu hồi liên kết.';
      await load();
    } catch (error) {
      status.textContent = problemMessage(error);
    }
  }

  panel.addEventListener('toggle', () => {
    if (panel.open && !loaded) {
      loaded = true;
      void load();
    }
  });
  return panel;
}
