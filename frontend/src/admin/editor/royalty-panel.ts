// "Nhuận bút" under a published item with credits: one line per credited person (in byline
// order) with points and/or an amount in đồng and a note. Editors save them (the whole set at
// once); an author sees what was set. Shown in the editor only once the item is published,
// as the API accepts royalties only then.
import type { ContentItem } from '../../api/types';
import { creditLines, rolesLabel } from '../../components/credits';
import { h } from '../../dom/h';
import type { AdminApi } from '../api';
import { clearFieldErrors, messageArea, showFieldErrors } from '../components/errors';
import { fieldset, textInput } from '../components/field';
import { ApiProblem, problemMessage } from '../problem';
import type { ItemRoyalties } from '../types';
import { formatAmount, formatPoints } from '../views/royalties';

export function royaltyPanel(api: AdminApi, item: ContentItem, canEdit: boolean): HTMLElement {
  const messages = messageArea();
  const body = h('div', { class: 'royalty-lines' }, h('p', { class: 'hint' }, 'Đang tải nhuận bút…'));
  const panel = fieldset('Nhuận bút', messages.element, body);
  panel.classList.add('royalty-panel');

  function draw(saved: ItemRoyalties): void {
    const lines = creditLines(item.credits);
    const of = (id: number) => saved.royalties.find((r) => r.author.id === id);
    if (!canEdit) {
      body.replaceChildren(h('ul', null, lines.map((line) => {
        const r = of(line.author.id);
        const paid = [r?.points != null ? `${formatPoints(r.points)} điểm` : null, r?.amount != null ? `${formatAmount(r.amount)} đ` : null].filter(Boolean).join(' · ');
        return h('li', null, `${line.author.name} (${rolesLabel(line.roles)}): ${paid || 'chưa đặt'}`);
      })));
      return;
    }
    const inputs = lines.map((line, i) => {
      const r = of(line.author.id);
      return {
        authorId: line.author.id,
        points: textInput(r?.points == null ? '' : String(r.points), { type: 'number', min: 0, step: '0.01', 'aria-label': `Điểm của ${line.author.name}` }),
        amount: textInput(r?.amount == null ? '' : String(r.amount), { type: 'number', min: 0, step: 1000, 'aria-label': `Số tiền (đồng) của ${line.author.name}` }),
        note: textInput(r?.note, { maxlength: 500, 'aria-label': `Ghi chú cho ${line.author.name}` }),
        key: `royalties[${i}]`,
        label: `${line.author.name} (${rolesLabel(line.roles)})`,
      };
    });
    const form = h('form', { class: 'royalty-form', novalidate: true, onsubmit: (event: Event) => {
      event.preventDefault();
      event.stopPropagation(); // not the item's own form
      void save();
    } },
      h('table', { class: 'royalty-inputs' },
        h('thead', null, h('tr', null, ['Tác giả', 'Điểm', 'Số tiền (đ)', 'Ghi chú'].map((t) => h('th', { scope: 'col' }, t)))),
        h('tbody', null, inputs.map((line) => h('tr', { 'data-field': line.key },
          h('th', { scope: 'row' }, line.label), h('td', null, line.points), h('td', null, line.amount), h('td', null, line.note),
          h('p', { class: 'field-error', hidden: true, role: 'alert' }))))),
      h('p', { class: 'royalty-total' }, `Tổng: ${formatPoints(saved.totalPoints)} điểm · ${formatAmount(saved.totalAmount)} đ`),
      h('button', { type: 'submit', class: 'primary' }, 'Lưu nhuận bút'));

    async function save(): Promise<void> {
      clearFieldErrors(form);
      messages.clear();
      const number = (input: HTMLInputElement) => (input.value.trim() === '' ? null : Number(input.value));
      const royalties = inputs
        .map((line) => ({ authorId: line.authorId, points: number(line.points), amount: number(line.amount), note: line.note.value.trim() || null }))
        .filter((r) => r.points !== null || r.amount !== null);
      try {
        draw(await api.setRoyalties(item.type, item.id, { royalties }));
        messages.success('Đã lưu nhuận bút.');
      } catch (error) {
        const unclaimed = error instanceof ApiProblem && error.kind === 'validation' ? showFieldErrors(form, error.errors) : [];
        messages.error(problemMessage(error), unclaimed);
      }
    }
    body.replaceChildren(form);
  }

  api.royalties(item.type, item.id).then(draw, (error: unknown) => body.replaceChildren(h('p', { class: 'hint' }, problemMessage(error))));
  return panel;
}
