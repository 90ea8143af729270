import { describe, expect, test } from 'vitest';
import { creditsEditor } from '../../src/admin/editor/credits-editor';
import { parseAdminRoute, adminPaths } from '../../src/admin/routes';
import type { AuthorResponse, RoyaltyReport, UserResponse } from '../../src/admin/types';
import { accountField } from '../../src/admin/views/authors';
import { formatAmount, reportTable, thisMonth } from '../../src/admin/views/royalties';

const author = (id: number, name: string): AuthorResponse => ({ id, name, slug: `a-${id}`, version: 1 });

describe('credits editor', () => {
  test('reads the rows in order; moving and removing rows changes what is sent', () => {
    const editor = creditsEditor([
      { author: { id: 1, name: 'Lê Vũ', slug: 'le-vu' }, role: 'text' },
      { author: { id: 2, name: 'Hồ Thu', slug: 'ho-thu' }, role: 'photo' },
    ], [author(1, 'Lê Vũ'), author(2, 'Hồ Thu'), author(3, 'Đỗ Minh')]);
    expect(editor.read()).toEqual([{ authorId: 1, role: 'text' }, { authorId: 2, role: 'photo' }]);

    const rows = () => Array.from(editor.element.querySelectorAll<HTMLElement>('.credit-row'));
    rows()[1]!.querySelector<HTMLButtonElement>('[aria-label="Lên trên"]')!.click();
    expect(editor.read().map((c) => c.authorId)).toEqual([2, 1]);
    rows()[0]!.querySelector<HTMLButtonElement>('[aria-label="Bỏ dòng này"]')!.click();
    expect(editor.read()).toEqual([{ authorId: 1, role: 'text' }]);
  });

  test('a new row counts only once an author is chosen', () => {
    const editor = creditsEditor([], [author(3, 'Đỗ Minh')]);
    editor.element.querySelector<HTMLButtonElement>('.add-credit')!.click();
    expect(editor.read()).toEqual([]);
    const row = editor.element.querySelector('.credit-row')!;
    row.querySelector<HTMLSelectElement>('.credit-author')!.value = '3';
    row.querySelector<HTMLSelectElement>('.credit-role')!.value = 'translation';
    expect(editor.read()).toEqual([{ authorId: 3, role: 'translation' }]);
  });
});

describe('royalty report screen', () => {
  test('routes to the report with its period', () => {
    expect(parseAdminRoute(adminPaths.royalties('2026-11-01', '2026-11-30'))).toEqual({ name: 'royalties', from: '2026-11-01', to: '2026-11-30' });
    expect(parseAdminRoute(adminPaths.authors('le vu'))).toEqual({ name: 'authors', q: 'le vu' });
  });

  test('this month runs from its first to its last day', () => {
    expect(thisMonth(new Date(2026, 1, 10))).toEqual({ from: '2026-02-01', to: '2026-02-28' });
  });

  test('one row per item, each author\'s total, then the grand total, amounts with thousands dots', () => {
    const report: RoyaltyReport = {
      from: '2026-11-01', to: '2026-11-30', totalPoints: 12.5, totalAmount: 1350000,
      authors: [{
        author: { id: 1, name: 'Lê Vũ', slug: 'le-vu' }, totalPoints: 12.5, totalAmount: 1350000,
        items: [
          { contentId: 5, type: 'article', title: 'Mùa nước nổi', publishedAt: '2026-11-02T01:00:00Z', roles: ['text', 'photo'], points: 10, amount: 1250000 },
          { contentId: 6, type: 'video', title: 'Phim', publishedAt: '2026-11-03T01:00:00Z', roles: ['video'], points: 2.5, amount: 100000 },
        ],
      }],
    };
    const table = reportTable(report);
    const cells = (row: Element) => Array.from(row.children).map((c) => c.textContent);
    const rows = Array.from(table.querySelectorAll('tbody tr'));
    expect(cells(rows[0]!).slice(0, 3)).toEqual(['Lê Vũ', 'Mùa nước nổi', 'Bài viết']);
    expect(cells(rows[0]!).slice(4)).toEqual(['Bài, Ảnh', '10', formatAmount(1250000)]);
    expect(cells(rows[2]!)).toEqual(['Cộng (Lê Vũ)', '12,5', formatAmount(1350000)]);
    expect(cells(table.querySelector('tfoot tr')!)).toEqual(['Tổng cộng', '12,5', formatAmount(1350000)]);
    expect(formatAmount(1350000)).toBe('1.350.000');
  });

  test('an empty period says so', () => {
    expect(reportTable({ from: '2026-11-01', to: '2026-11-30', authors: [], totalPoints: 0, totalAmount: 0 }).textContent)
      .toBe('Không có nhuận bút nào trong khoảng thời gian này.');
  });
});

describe('an author\'s staff account', () => {
  const user = (id: number, userName: string, displayName: string | null): UserResponse =>
    ({ id, userName, displayName, role: 'author', isActive: true, createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z', version: 1 }) as UserResponse;

  test('an admin chooses it among the accounts, or none', () => {
    const account = accountField([user(3, 'levu', 'Lê Vũ'), user(4, 'lan', null)], 4);
    const control = account.element!.querySelector('select')!;
    expect(Array.from(control.options).map((o) => o.text)).toEqual(['(Không gắn với tài khoản nào)', 'Lê Vũ (levu)', 'lan']);
    expect(account.read()).toBe(4);
    control.value = '3';
    expect(account.read()).toBe(3);
    control.value = '';
    expect(account.read()).toBeNull();
  });

  test('anyone else keeps it as it is, told that there is one', () => {
    const linked = accountField(null, 7);
    expect(linked.element?.textContent).toContain('gắn với một tài khoản nhân viên');
    expect(linked.read()).toBe(7);
    expect(accountField(null, null).element).toBeNull();
    expect(accountField(null, null).read()).toBeNull();
  });
});
