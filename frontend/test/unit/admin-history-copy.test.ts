import { describe, expect, test } from 'vitest';
import { revisionAction, revisionActionLabel, revisionAuthor, revisionRows } from '../../src/admin/editor/history';
import { copyActions, copyNotice, initialMode } from '../../src/admin/editor/working-copy';
import type { RevisionSummary, WorkingCopy } from '../../src/admin/types';

const revision = (id: number, action: RevisionSummary['action'], createdBy: string | null, extra: Partial<RevisionSummary> = {}): RevisionSummary =>
  ({ id, action, status: 'published', title: `Bản <${id}>`, createdAt: '2026-11-20T01:30:00Z', createdBy, ...extra });

describe('history', () => {
  test('every action the API records has a Vietnamese label; an unknown one is shown as named', () => {
    expect(Object.entries(revisionActionLabel)).toEqual([
      ['created', 'Tạo'], ['updated', 'Sửa'], ['submitted', 'Gửi duyệt'], ['returned', 'Trả lại tác giả'], ['published', 'Xuất bản'], ['unpublished', 'Gỡ xuống'],
      ['archived', 'Lưu trữ'], ['scheduled', 'Lên lịch'], ['restored', 'Khôi phục'], ['draftSaved', 'Lưu bản nháp mới'],
      ['draftPublished', 'Xuất bản bản nháp mới'], ['answered', 'Đăng câu trả lời giao lưu'],
    ]);
    expect(revisionAction('merged')).toBe('merged');
  });

  test('no author is the system (the scheduler)', () => {
    expect(revisionAuthor(null)).toBe('Hệ thống');
    expect(revisionAuthor(undefined)).toBe('Hệ thống');
    expect(revisionAuthor('bientap')).toBe('bientap');
  });

  test('rows: time in portal time, action, who, status, title; restore only for those who may edit, "into the copy" only when offered', () => {
    const viewed: number[] = [];
    const restored: number[] = [];
    const rows = [revision(9, 'restored', 'admin', { restoredFrom: 4 }), revision(8, 'published', null, { status: 'scheduled' })];
    const table = revisionRows(rows, (r) => viewed.push(r.id), (r) => restored.push(r.id));
    const cells = [...table.querySelectorAll('tbody tr')].map((tr) => [...tr.querySelectorAll('td')].slice(0, 5).map((td) => td.textContent));
    expect(cells).toEqual([
      ['20/11/2026 08:30', 'Khôi phục (từ bản #4)', 'admin', 'Đã xuất bản', 'Bản <9>'],
      ['20/11/2026 08:30', 'Xuất bản', 'Hệ thống', 'Đã lên lịch', 'Bản <8>'],
    ]);
    table.querySelectorAll<HTMLButtonElement>('button.view-revision')[1]!.click();
    table.querySelectorAll<HTMLButtonElement>('button.restore-revision')[0]!.click();
    expect([viewed, restored]).toEqual([[8], [9]]);
    expect(revisionRows(rows, () => undefined, null).querySelector('button.restore-revision')).toBeNull();
    expect(table.querySelector('button.copy-revision')).toBeNull();
    const copied: number[] = [];
    revisionRows(rows, () => undefined, null, (r) => copied.push(r.id)).querySelectorAll<HTMLButtonElement>('button.copy-revision')[1]!.click();
    expect(copied).toEqual([8]);
  });
});

describe('working copy', () => {
  const copy = (outdated: boolean, updatedBy: string | null = 'phongvien'): WorkingCopy =>
    ({ contentId: 7, outdated, createdAt: '2026-11-20T01:00:00Z', updatedAt: '2026-11-20T02:15:00Z', updatedBy, content: { title: 'Mới' } });

  test('a published item with a copy opens on the copy; anything else on the item', () => {
    expect(initialMode('published', copy(false))).toBe('copy');
    expect(initialMode('published', null)).toBe('live');
    expect(initialMode('unpublished', copy(false))).toBe('live');
    expect(initialMode(null, null)).toBe('live');
  });

  test('the buttons by mode, status, copy and role', () => {
    expect(copyActions('live', 'published', false, 'author')).toEqual(['startCopy']);
    expect(copyActions('live', 'draft', false, 'editor')).toEqual([]);
    expect(copyActions('live', null, false, 'admin')).toEqual([]);
    expect(copyActions('copy', 'published', false, 'editor')).toEqual(['saveCopy', 'publishCopy', 'showLive']);
    expect(copyActions('copy', 'published', true, 'editor')).toEqual(['saveCopy', 'publishCopy', 'discardCopy', 'showLive']);
    // Authors keep copies of their items; publishing is for editors.
    expect(copyActions('copy', 'published', true, 'author')).toEqual(['saveCopy', 'discardCopy', 'showLive']);
  });

  test('the state line, and the warning when the live item was saved since the copy began', () => {
    expect(copyNotice(null)).toEqual({ state: expect.stringContaining('Bản sửa mới (chưa lưu)'), warning: null });
    expect(copyNotice(copy(false))).toEqual({ state: 'Bản sửa chưa xuất bản · lưu lúc 20/11/2026 09:15 bởi phongvien. Bạn đọc vẫn thấy bản đang hiển thị.', warning: null });
    expect(copyNotice(copy(true, null)).state).toBe('Bản sửa chưa xuất bản · lưu lúc 20/11/2026 09:15. Bạn đọc vẫn thấy bản đang hiển thị.');
    expect(copyNotice(copy(true)).warning).toContain('đã được sửa sau khi bản sửa này bắt đầu');
  });
});
