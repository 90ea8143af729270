import { describe, expect, test } from 'vitest';
import { ExchangeList, exchangeListView } from '../../src/admin/editor/exchange-list';
import { showFieldErrors } from '../../src/admin/components/errors';

const three = () => new ExchangeList([
  { question: 'Một?', answer: 'A1' },
  { question: 'Hai?', answer: 'A2', speaker: 'Người khác' },
  { question: 'Ba?', answer: 'A3' },
]);
const questions = (list: ExchangeList) => list.all().map((e) => e.question);

describe('ExchangeList (the model)', () => {
  test('adds an empty exchange at the end, or after a given one', () => {
    const list = three();
    expect(list.add()).toBe(3);
    expect(list.add(0)).toBe(1);
    expect(questions(list)).toEqual(['Một?', '', 'Hai?', 'Ba?', '']);
    expect(new ExchangeList().add()).toBe(0);
  });

  test('removes by index; an index out of range changes nothing', () => {
    const list = three();
    list.remove(1);
    list.remove(7);
    list.remove(-1);
    expect(questions(list)).toEqual(['Một?', 'Ba?']);
  });

  test('moves up and down, and stays put at either end', () => {
    const list = three();
    expect(list.move(2, -1)).toBe(1);
    expect(questions(list)).toEqual(['Một?', 'Ba?', 'Hai?']);
    expect(list.move(0, -1)).toBe(0);
    expect(list.move(2, 1)).toBe(2);
    expect(list.move(0, 1)).toBe(1);
    expect(questions(list)).toEqual(['Ba?', 'Một?', 'Hai?']);
    // The answer and speaker travel with their question.
    expect(list.all()[2]).toEqual({ question: 'Hai?', answer: 'A2', speaker: 'Người khác', asker: '' });
  });

  test('the request trims text and sends no speaker when the interviewee answers', () => {
    const list = new ExchangeList([{ question: '  Hỏi?  ', answer: ' Đáp. ', speaker: '  ' }, { question: 'B?', answer: 'C', speaker: 'Ông Tâm' }]);
    expect(list.toRequest()).toEqual([{ question: 'Hỏi?', answer: 'Đáp.', speaker: null }, { question: 'B?', answer: 'C', speaker: 'Ông Tâm' }]);
  });

  test("a reader's question answered in a live Q&A keeps its asker through an edit, and only it has one", () => {
    const list = new ExchangeList([{ question: 'Hỏi?', answer: 'Đáp.', speaker: null, asker: 'Nguyễn Văn An (Sóc Trăng)' }]);
    list.add();
    list.update(1, { question: 'Của phóng viên?', answer: 'Vâng.' });
    list.update(0, { answer: 'Đáp lại.' });
    expect(list.toRequest()).toEqual([
      { question: 'Hỏi?', answer: 'Đáp lại.', speaker: null, asker: 'Nguyễn Văn An (Sóc Trăng)' },
      { question: 'Của phóng viên?', answer: 'Vâng.', speaker: null },
    ]);
    expect(JSON.stringify(list.toRequest()[1])).not.toContain('asker');
  });
});

describe('exchange list view', () => {
  const click = (root: HTMLElement, label: string) => root.querySelector<HTMLButtonElement>(`button[aria-label="${label}"]`)!.click();
  const shown = (root: HTMLElement) => Array.from(root.querySelectorAll<HTMLTextAreaElement>('.exchange-question')).map((t) => t.value);

  test('the buttons reorder, add and remove rows; typing updates the model', () => {
    const list = three();
    let changes = 0;
    const view = exchangeListView(list, () => changes++);
    document.body.replaceChildren(view);
    click(view, 'Đưa câu hỏi 3 lên');
    expect(shown(view)).toEqual(['Một?', 'Ba?', 'Hai?']);
    // Focus follows the moved question.
    expect(document.activeElement?.closest('li')?.querySelector('.exchange-number')?.textContent).toBe('Câu hỏi 2');
    click(view, 'Đưa câu hỏi 1 xuống');
    expect(shown(view)).toEqual(['Ba?', 'Một?', 'Hai?']);
    click(view, 'Xoá câu hỏi 2');
    expect(shown(view)).toEqual(['Ba?', 'Hai?']);
    view.querySelector<HTMLButtonElement>('.add-exchange')!.click();
    expect(shown(view)).toEqual(['Ba?', 'Hai?', '']);
    const answer = view.querySelectorAll<HTMLTextAreaElement>('.exchange-answer')[2]!;
    answer.value = 'Mới';
    answer.dispatchEvent(new Event('input'));
    expect(list.all()[2]!.answer).toBe('Mới');
    expect(changes).toBe(4);
  });

  test('the first row cannot move up and the last cannot move down', () => {
    const view = exchangeListView(three(), () => undefined);
    const ups = view.querySelectorAll<HTMLButtonElement>('.move-up');
    const downs = view.querySelectorAll<HTMLButtonElement>('.move-down');
    expect([...ups].map((b) => b.disabled)).toEqual([true, false, false]);
    expect([...downs].map((b) => b.disabled)).toEqual([false, false, true]);
  });

  test('validation errors keyed exchanges[i].answer land on the row shown at i, also after a move', () => {
    const list = three();
    const view = exchangeListView(list, () => undefined);
    const form = document.createElement('form');
    form.append(view);
    click(view, 'Đưa câu hỏi 2 lên');
    const unclaimed = showFieldErrors(form, { 'exchanges[0].answer': ["'answer' must not be empty."], 'exchanges[9].question': ['x'] });
    const row = view.querySelectorAll('.exchange-row')[0]!;
    expect(row.querySelector('.exchange-question')).toHaveProperty('value', 'Hai?');
    const slot = row.querySelector<HTMLElement>('[data-field="exchanges[0].answer"] .field-error')!;
    expect(slot.hidden).toBe(false);
    expect(slot.textContent).toBe('Không được để trống.');
    expect(row.querySelector('.exchange-answer')?.getAttribute('aria-invalid')).toBe('true');
    // An error for a row that does not exist is not lost: it goes to the list's own slot.
    expect(unclaimed).toEqual([]);
    expect(view.querySelector<HTMLElement>(':scope > .field-error')!.textContent).toBe('x');
  });
});
