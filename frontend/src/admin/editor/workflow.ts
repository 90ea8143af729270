// Which workflow buttons an item gets, from its status and the person's role. The API is
// the authority (it answers 403/409 otherwise); this only keeps buttons off the screen
// that could not work, following Cms.Domain (ContentItem, EditorialRights).
import type { ContentStatus, UserRole } from '../types';
import { isEditor } from '../session';

export type Action = 'save' | 'submit' | 'publish' | 'unpublish' | 'archive' | 'schedule' | 'delete';

export const actionLabel: Record<Action, string> = {
  save: 'Lưu',
  submit: 'Gửi duyệt',
  publish: 'Xuất bản',
  unpublish: 'Gỡ xuống',
  archive: 'Lưu trữ',
  schedule: 'Lên lịch',
  delete: 'Xoá',
};

/** The actions for an item in `status` (null: not created yet, so only saving). */
export function availableActions(status: ContentStatus | null, role: UserRole): Action[] {
  if (status === null) return ['save'];
  const editor = isEditor(role);
  const actions: Action[] = [];
  // Authors may change their drafts only until an editor takes them over.
  if (editor || status === 'draft' || status === 'inReview') actions.push('save');
  if (status === 'draft') actions.push('submit');
  if (!editor) return actions;
  if (status !== 'published') actions.push('publish', 'schedule');
  if (status === 'published' || status === 'scheduled') actions.push('unpublish');
  if (status !== 'archived') actions.push('archive');
  actions.push('delete');
  return actions;
}
