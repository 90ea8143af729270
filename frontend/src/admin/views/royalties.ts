// "Nhuận bút": the royalty report of a period (the portal's days, both included), per author,
// with each author's items, roles, points and amounts, their totals and the grand total, and
// "Tải CSV" for the accounts office's Excel. Editors and admins only (the API refuses authors).
import { ROLE_LABELS } from '../../components/credits';
import { h } from '../../dom/h';
import { formatDateTime } from '../../format';
import { messageArea } from '../components/errors';
import { field, textInput } from '../components/field';
import type { AdminContext } from '../context';
import { typePlural } from '../labels';
import { problemMessage } from '../problem';
import { adminPaths } from '../routes';
import { isEditor } from '../session';
import type { RoyaltyReport } from '../types';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The first and last day of the current month, as YYYY-MM-DD. */
export function thisMonth(now = new Date()): { from: string; to: string } {
  const pad = (n: number) => String(n).padStart(2, '0');
  const last = new Date(now.getFullYear(), now.getMonth() + 1, 0).getDate();
  const month = `${now.getFullYear()}-${pad(now.getMonth() + 1)}`;
  return { from: `${month}-01`, to: `${month}-${pad(last)}` };
}

/** Points as the report shows them: at most two decimals, Vietnamese decimal comma. */
export function formatPoints(value: number | null | undefined): string {
  return value === null || value === undefined ? '' : value.toLocaleString('vi-VN', { maximumFractionDigits: 2 });
}

/** Đồng with the thousands dot Vietnamese readers expect ("1.250.000"). */
export function formatAmount(value: number | null | undefined): string {
  return value === null || value === undefined ? '' : value.toLocaleString('vi-VN', { maximumFractionDigits: 0 });
}

export async function royaltiesPage(context: AdminContext, route: { from: string; to: string }): Promise<HTMLElement> {
  const { api } = context;
  if (!isEditor(context.session.role)) {
    return h('div', null, h('h1', null, 'Nhuận bút'), h('p', { class: 'hint' }, 'Chỉ biên tập viên và quản trị viên xem được báo cáo nhuận bút.'));
  }
  const period = DAY.test(route.from) && DAY.test(route.to) ? route : thisMonth();
  const messages = messageArea();
  const from = textInput(period.from, { type: 'date', name: 'from', required: true });
  const to = textInput(period.to, { type: 'date', name: 'to', required: true });
  const result = h('div', { class: 'royalty-report' });
  const download = h('button', { type: 'button', class: 'download-csv', onclick: () => void downloadCsv() }, 'Tải CSV');

  async function downloadCsv(): Promise<void> {
    try {
      const blob = await api.royaltyReportCsv(period.from, period.to);
      const url = URL.createObjectURL(blob);
      const link = h('a', { href: url, download: `nhuan-but-${period.from}-${period.to}.csv`, hidden: true });
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } catch (error) {
      messages.error(problemMessage(error));
    }
  }

  try {
    result.replaceChildren(reportTable(await api.royaltyReport(period.from, period.to)));
  } catch (error) {
    messages.error(problemMessage(error));
  }

  const form = h('form', { class: 'royalty-period', onsubmit: (event: Event) => {
    event.preventDefault();
    location.hash = adminPaths.royalties(from.value, to.value);
  } },
    field(from, { key: 'from', label: 'Từ ngày' }),
    field(to, { key: 'to', label: 'Đến ngày' }),
    h('button', { type: 'submit', class: 'primary' }, 'Xem'), ' ', download);
  return h('div', { class: 'royalties-page' }, h('h1', null, 'Nhuận bút'), messages.element, form, result);
}

/** One row per author and item, each author's total under their items, the grand total last. */
export function reportTable(report: RoyaltyReport): HTMLElement {
  if (!report.authors.length) return h('p', { class: 'notice' }, 'Không có nhuận bút nào trong khoảng thời gian này.');
  return h('table', { class: 'royalty-table' },
    h('thead', null, h('tr', null, ['Tác giả', 'Tiêu đề', 'Loại', 'Ngày đăng', 'Vai trò', 'Điểm', 'Số tiền (đ)'].map((t) => h('th', { scope: 'col' }, t)))),
    report.authors.map((group) => h('tbody', null,
      group.items.map((item, i) => h('tr', null,
        h('td', null, i === 0 ? group.author.name : ''),
        h('td', null, item.title),
        h('td', null, typePlural[item.type]),
        h('td', null, formatDateTime(item.publishedAt) ?? ''),
        h('td', null, item.roles.map((r) => ROLE_LABELS[r]).join(', ')),
        h('td', { class: 'number' }, formatPoints(item.points)),
        h('td', { class: 'number' }, formatAmount(item.amount)))),
      h('tr', { class: 'subtotal' },
        h('th', { scope: 'row', colspan: 5 }, `Cộng (${group.author.name})`),
        h('td', { class: 'number' }, formatPoints(group.totalPoints)),
        h('td', { class: 'number' }, formatAmount(group.totalAmount))))),
    h('tfoot', null, h('tr', { class: 'total' },
      h('th', { scope: 'row', colspan: 5 }, 'Tổng cộng'),
      h('td', { class: 'number' }, formatPoints(report.totalPoints)),
      h('td', { class: 'number' }, formatAmount(report.totalAmount)))));
}
