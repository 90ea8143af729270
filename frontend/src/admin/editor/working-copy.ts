// The working copy of a published item: the next version, written while readers keep the
// live one, then published over it in one step. What the editor offers follows from the
// item's status, whether a copy exists, which one is on the screen and the person's role.
import { formatDateTime } from '../../format';
import { isEditor } from '../session';
import type { ContentStatus, UserRole, WorkingCopy } from '../types';

/** Which content the form holds: the item itself, or its working copy. */
export type EditorMode = 'live' | 'copy';

export type CopyAction = 'startCopy' | 'saveCopy' | 'publishCopy' | 'discardCopy' | 'showLive';

export const copyActionLabel: Record<CopyAction, string> = {
  startCopy: 'Soạn bản sửa',
  saveCopy: 'Lưu bản sửa',
  publishCopy: 'Xuất bản bản sửa',
  discardCopy: 'Huỷ bản sửa',
  showLive: 'Xem bản đang hiển thị',
};

/** A published item with a copy opens on the copy (that is the work in progress); anything else on the item. */
export function initialMode(status: ContentStatus | null, copy: WorkingCopy | null): EditorMode {
  return status === 'published' && copy ? 'copy' : 'live';
}

/**
 * The working-copy buttons. On the live item: "Soạn bản sửa" when it is published (an
 * existing copy opens, else the form's content becomes the copy on its first save). On the
 * copy: save, publish (editors), discard (once saved), back to the live item.
 */
export function copyActions(mode: EditorMode, status: ContentStatus | null, hasCopy: boolean, role: UserRole): CopyAction[] {
  if (mode === 'live') return status === 'published' ? ['startCopy'] : [];
  const actions: CopyAction[] = ['saveCopy'];
  if (isEditor(role)) actions.push('publishCopy');
  if (hasCopy) actions.push('discardCopy');
  actions.push('showLive');
  return actions;
}

/** The lines above a copy: what it is, who saved it last, and whether the live item moved on since. */
export function copyNotice(copy: WorkingCopy | null): { state: string; warning: string | null } {
  if (!copy) {
    return { state: 'Bản sửa mới (chưa lưu): bạn đọc vẫn thấy bản đang hiển thị cho đến khi bản sửa được xuất bản.', warning: null };
  }
  const by = copy.updatedBy ? ` bởi ${copy.updatedBy}` : '';
  return {
    state: `Bản sửa chưa xuất bản · lưu lúc ${formatDateTime(copy.updatedAt) ?? ''}${by}. Bạn đọc vẫn thấy bản đang hiển thị.`,
    warning: copy.outdated
      ? 'Bài đang hiển thị đã được sửa sau khi bản sửa này bắt đầu. Xuất bản bản sửa sẽ xoá những thay đổi đó: hãy xem “Lịch sử” để so sánh trước.'
      : null,
  };
}

/** What a 409 on publishing the copy means, with the way out ("Vẫn xuất bản" sends ?overwrite=true). */
export const outdatedOnPublish =
  'Bài đang hiển thị đã được sửa trong lúc bạn soạn bản sửa này, nên máy chủ chưa xuất bản để tránh xoá mất những thay đổi đó. Xem “Lịch sử” để so sánh; nếu vẫn muốn thay bằng bản sửa, chọn “Vẫn xuất bản”.';
