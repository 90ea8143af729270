// The questions and answers of an interview, in order. The model is plain data with the
// four operations the editor offers (add, remove, move up, move down), kept apart from the
// DOM so its rules are tested without a browser; the view redraws from it after each one.
import { h } from '../../dom/h';
import { field, textArea, textInput } from '../components/field';
import type { ExchangeRequest } from '../types';
import { OrderedList } from './ordered-list';

export interface ExchangeDraft {
  question: string;
  answer: string;
  /** Empty: the interviewee answers. */
  speaker: string;
  /** The reader who asked (a live Q&A's answered question); empty: the journalist asked. Kept through every edit. */
  asker: string;
}

export class ExchangeList extends OrderedList<ExchangeDraft> {
  constructor(initial: ReadonlyArray<Partial<ExchangeDraft> | ExchangeRequest> = []) {
    super(initial.map((e) => ({ question: e.question ?? '', answer: e.answer ?? '', speaker: e.speaker ?? '', asker: e.asker ?? '' })));
  }

  /** Adds an empty exchange after `index` (at the end by default); returns where it went. */
  add(index = this.items.length - 1): number {
    const at = Math.min(Math.max(index + 1, 0), this.items.length);
    this.items.splice(at, 0, { question: '', answer: '', speaker: '', asker: '' });
    return at;
  }

  /** What the API receives: trimmed text, no speaker when it is the interviewee, the asker only when a reader asked. */
  toRequest(): ExchangeRequest[] {
    return this.items.map((e) => ({ question: e.question.trim(), answer: e.answer.trim(), speaker: e.speaker.trim() || null, asker: e.asker.trim() || undefined }));
  }
}

/**
 * The editable list. Each row's fields carry the API's error keys (exchanges[i].question),
 * so they are renumbered on every redraw; focus follows the row that was acted on.
 */
export function exchangeListView(list: ExchangeList, onChange: () => void): HTMLElement {
  const rows = h('ol', { class: 'exchanges' });
  const container = h('div', { class: 'exchange-editor', 'data-field': 'exchanges' },
    h('p', { class: 'field-error', hidden: true, role: 'alert' }),
    rows,
    h('button', { type: 'button', class: 'add-exchange', onclick: () => act(() => list.add(), '.exchange-question') }, '+ Thêm câu hỏi'));

  function act(change: () => number | void, focusSelector: string): void {
    const index = change();
    redraw();
    onChange();
    if (typeof index === 'number') rows.children[index]?.querySelector<HTMLElement>(focusSelector)?.focus();
  }

  function row(exchange: ExchangeDraft, index: number): HTMLElement {
    const number = index + 1;
    const question = textArea(exchange.question, { rows: 2, class: 'exchange-question' });
    const answer = textArea(exchange.answer, { rows: 5, class: 'exchange-answer' });
    const speaker = textInput(exchange.speaker, { class: 'exchange-speaker' });
    question.addEventListener('input', () => list.update(index, { question: question.value }));
    answer.addEventListener('input', () => list.update(index, { answer: answer.value }));
    speaker.addEventListener('input', () => list.update(index, { speaker: speaker.value }));
    const asker = exchange.asker ? textInput(exchange.asker, { class: 'exchange-asker' }) : null;
    asker?.addEventListener('input', () => list.update(index, { asker: asker.value }));
    const last = list.length - 1;
    return h('li', { class: 'exchange-row' },
      h('div', { class: 'exchange-head' },
        h('span', { class: 'exchange-number' }, `Câu hỏi ${number}`),
        h('span', { class: 'exchange-tools' },
          h('button', { type: 'button', class: 'move-up', disabled: index === 0, 'aria-label': `Đưa câu hỏi ${number} lên`, onclick: () => act(() => list.move(index, -1), '.move-up') }, '↑ Lên'),
          h('button', { type: 'button', class: 'move-down', disabled: index === last, 'aria-label': `Đưa câu hỏi ${number} xuống`, onclick: () => act(() => list.move(index, 1), '.move-down') }, '↓ Xuống'),
          h('button', { type: 'button', class: 'remove danger', 'aria-label': `Xoá câu hỏi ${number}`, onclick: () => act(() => list.remove(index), '.exchange-question') }, 'Xoá'))),
      field(question, { key: `exchanges[${index}].question`, label: 'Câu hỏi' }),
      field(answer, { key: `exchanges[${index}].answer`, label: 'Câu trả lời', hint: 'Các đoạn cách nhau bằng một dòng trống.' }),
      field(speaker, { key: `exchanges[${index}].speaker`, label: 'Người trả lời', hint: 'Để trống nếu là người được phỏng vấn.' }),
      asker ? field(asker, { key: `exchanges[${index}].asker`, label: 'Bạn đọc hỏi', hint: 'Câu hỏi của bạn đọc trong buổi giao lưu trực tuyến: họ tên (nơi ở).' }) : null);
  }

  function redraw(): void {
    rows.replaceChildren(...list.all().map(row));
  }

  redraw();
  return container;
}
