// Visitor statistics (the "Thống kê truy cập" numbers) and the most-viewed items per
// period and type, from the public API.
import type { ContentType } from '../../api/types';
import { h } from '../../dom/h';
import { formatNumber } from '../../format';
import { select } from '../components/field';
import type { AdminContext } from '../context';
import { periodLabel, typePlural } from '../labels';
import { problemMessage } from '../problem';
import { adminPaths } from '../routes';
import type { MostViewedList, ViewPeriod } from '../types';

export async function statsPage(context: AdminContext): Promise<HTMLElement> {
  const { api } = context;
  const stats = await api.stats();
  const period = select(Object.entries(periodLabel).map(([value, label]) => ({ value, label })), 'week');
  const type = select([{ value: '', label: 'Mọi loại' }, ...Object.entries(typePlural).map(([value, label]) => ({ value, label }))], '');
  const ranking = h('div', { class: 'ranking', 'aria-live': 'polite' });

  async function load(): Promise<void> {
    try {
      ranking.replaceChildren(mostViewedTable(await api.mostViewed(period.value as ViewPeriod, (type.value || undefined) as ContentType | undefined, 20)));
    } catch (error) {
      ranking.replaceChildren(h('p', { class: 'notice error' }, problemMessage(error)));
    }
  }
  period.addEventListener('change', () => void load());
  type.addEventListener('change', () => void load());
  await load();

  const figure = (label: string, value: number) => h('div', { class: 'stat' }, h('dt', null, label), h('dd', null, formatNumber(value)));
  return h('div', { class: 'stats-page' },
    h('h1', null, 'Thống kê'),
    h('h2', null, 'Thống kê truy cập'),
    h('dl', { class: 'stats-figures' },
      figure('Đang online', stats.online), figure('Hôm nay', stats.today), figure('Trong tuần', stats.thisWeek), figure('Tất cả', stats.total)),
    h('h2', null, 'Xem nhiều nhất'),
    h('div', { class: 'filters' }, h('label', null, 'Thời gian ', period), h('label', null, 'Loại ', type)),
    ranking);
}

export function mostViewedTable(list: MostViewedList): HTMLElement {
  if (!list.items.length) return h('p', null, 'Chưa có lượt xem nào trong khoảng thời gian này.');
  return h('table', { class: 'content-table' },
    h('thead', null, h('tr', null, h('th', { scope: 'col' }, '#'), h('th', { scope: 'col' }, 'Tiêu đề'), h('th', { scope: 'col' }, 'Loại'), h('th', { scope: 'col' }, 'Lượt xem'))),
    h('tbody', null, list.items.map((entry, index) => h('tr', null,
      h('td', null, String(index + 1)),
      h('td', null, h('a', { href: adminPaths.edit(entry.item.type, entry.item.id) }, entry.item.title)),
      h('td', null, typePlural[entry.item.type]),
      h('td', { class: 'number' }, formatNumber(entry.views))))));
}
