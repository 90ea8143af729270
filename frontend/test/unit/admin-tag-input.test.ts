import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { currentTerm, SUGGEST_DELAY_MS, tagInput, withTerm } from '../../src/admin/components/tag-input';
import { commonFields } from '../../src/admin/editor/common-fields';
import type { TagSuggestion } from '../../src/admin/types';
import { interview } from './fixtures';

const tag = (name: string, itemCount = 1): TagSuggestion => ({ name, slug: name, itemCount });

/** Types into the field as a reader would: the value, then the input event. */
function type(input: HTMLInputElement, value: string): void {
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

const offered = (root: HTMLElement) => [...root.querySelectorAll<HTMLButtonElement>('.tag-suggestion')].map((b) => b.dataset.name);

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('the tags field', () => {
  test('the tag being typed is the text after the last comma; a choice replaces it and readies the next', () => {
    expect(currentTerm('Sóc Trăng, chuyển đ')).toBe('chuyển đ');
    expect(currentTerm('Sóc Trăng, ')).toBe('');
    expect(withTerm('Sóc Trăng,  chuyển đ', 'Chuyển đổi số')).toBe('Sóc Trăng, Chuyển đổi số, ');
    expect(withTerm('soc', 'Sóc Trăng')).toBe('Sóc Trăng, ');
  });

  test('asks once the typing pauses, for the tag being typed, and offers what is not entered yet', async () => {
    const asked: string[] = [];
    const field = tagInput('', async (typed) => {
      asked.push(typed);
      return [tag('Sóc Trăng', 12500), tag('Thành phố Sóc Trăng', 2)];
    });
    type(field.input, 'Thành phố Sóc Trăng, s');
    type(field.input, 'Thành phố Sóc Trăng, so');
    expect(asked).toEqual([]);
    await vi.advanceTimersByTimeAsync(SUGGEST_DELAY_MS);
    expect(asked).toEqual(['so']); // one request for the pause, not one per key
    expect(offered(field.element)).toEqual(['Sóc Trăng']); // the one already entered is not offered
    expect(field.element.querySelector('.tag-suggestion')?.textContent).toBe('Sóc Trăng (12.500)'); // counts as Vietnamese write them

    let changed = 0;
    field.element.addEventListener('input', () => changed++);
    field.element.querySelector<HTMLButtonElement>('.tag-suggestion')!.click();
    expect(field.input.value).toBe('Thành phố Sóc Trăng, Sóc Trăng, ');
    expect(changed).toBe(1); // the editor's form hears of it (unsaved changes)
    expect(field.element.querySelector('.tag-suggestions')!.hasAttribute('hidden')).toBe(true);
    await vi.advanceTimersByTimeAsync(SUGGEST_DELAY_MS);
    expect(asked).toEqual(['so']); // nothing typed after the comma: nothing asked
  });

  test('a late answer to an older question is dropped; Escape and a failing API hide the list', async () => {
    const answers: Array<(found: TagSuggestion[]) => void> = [];
    const field = tagInput('', (typed) => (typed === 'loi' ? Promise.reject(new Error('down')) : new Promise((resolve) => answers.push(resolve))));
    type(field.input, 'tr');
    await vi.advanceTimersByTimeAsync(SUGGEST_DELAY_MS);
    type(field.input, 'trăng');
    await vi.advanceTimersByTimeAsync(SUGGEST_DELAY_MS);
    answers[1]!([tag('Trăng rằm')]);
    await vi.advanceTimersByTimeAsync(0);
    answers[0]!([tag('Trà Cú')]);
    await vi.advanceTimersByTimeAsync(0);
    expect(offered(field.element)).toEqual(['Trăng rằm']);

    field.input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    expect(offered(field.element)).toEqual([]);

    // The editor finished the tag (a comma) while the question was out: its answer is not shown.
    type(field.input, 'Trà');
    await vi.advanceTimersByTimeAsync(SUGGEST_DELAY_MS);
    type(field.input, 'Trà, ');
    answers[2]!([tag('Trà Cú', 236015)]);
    await vi.advanceTimersByTimeAsync(0);
    expect(offered(field.element)).toEqual([]);

    type(field.input, 'loi');
    await vi.advanceTimersByTimeAsync(SUGGEST_DELAY_MS);
    expect(field.element.querySelector('.tag-suggestions')!.hasAttribute('hidden')).toBe(true);
  });

  test('the editor\'s common fields offer suggestions and still read the tags as a list', async () => {
    const common = commonFields(interview, [], 'Ảnh', undefined, async () => [tag('Xuân Giáp Thìn 2024', 4)]);
    const input = common.element.querySelector<HTMLInputElement>('[data-field="tags"] input')!;
    type(input, 'Sóc Trăng, xuan');
    await vi.advanceTimersByTimeAsync(SUGGEST_DELAY_MS);
    common.element.querySelector<HTMLButtonElement>('[data-field="tags"] .tag-suggestion')!.click();
    expect(common.read().tags).toEqual(['Sóc Trăng', 'Xuân Giáp Thìn 2024']);
    expect(common.element.querySelector('[data-field="tags"] label')?.getAttribute('for')).toBe(input.id);
  });
});
