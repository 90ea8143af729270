// Shows an ApiProblem's validation errors beside their fields (by data-field key) and the
// rest in the form's summary, so no error is ever lost because no field claimed it.
import { h } from '../../dom/h';
import { fieldMessage } from '../problem';

export function clearFieldErrors(form: HTMLElement): void {
  for (const slot of form.querySelectorAll<HTMLElement>('.field-error')) {
    slot.hidden = true;
    slot.textContent = '';
  }
  for (const wrapper of form.querySelectorAll('.field.invalid')) wrapper.classList.remove('invalid');
  for (const control of form.querySelectorAll('[aria-invalid]')) control.removeAttribute('aria-invalid');
}

/**
 * Puts each message beside the field with that key (case-insensitive: the API's keys are
 * camelCase paths). Returns the messages no field claimed, labelled with their key.
 */
export function showFieldErrors(form: HTMLElement, errors: Record<string, string[]>): string[] {
  clearFieldErrors(form);
  const fields = new Map<string, HTMLElement>();
  for (const wrapper of form.querySelectorAll<HTMLElement>('[data-field]')) fields.set(wrapper.dataset.field!.toLowerCase(), wrapper);
  const unclaimed: string[] = [];
  for (const [key, messages] of Object.entries(errors)) {
    const text = messages.map(fieldMessage).join(' ');
    const wrapper = ancestors(key.toLowerCase()).map((k) => fields.get(k)).find(Boolean);
    const slot = wrapper?.querySelector<HTMLElement>(':scope > .field-error');
    if (!wrapper || !slot) {
      unclaimed.push(key ? `${key}: ${text}` : text);
      continue;
    }
    wrapper.classList.add('invalid');
    wrapper.querySelector(':scope > input, :scope > textarea, :scope > select, :scope > [contenteditable]')?.setAttribute('aria-invalid', 'true');
    slot.textContent = slot.textContent ? `${slot.textContent} ${text}` : text;
    slot.hidden = false;
  }
  return unclaimed;
}

/** "exchanges[9].question", "exchanges[9]", "exchanges": a field that does not exist reports to its nearest parent. */
function ancestors(key: string): string[] {
  const keys: string[] = [];
  for (let k = key; k; k = k.slice(0, Math.max(k.lastIndexOf('.'), k.lastIndexOf('['), 0))) keys.push(k);
  return keys;
}

export interface MessageArea {
  element: HTMLElement;
  success(text: string): void;
  error(text: string, extra?: string[]): void;
  clear(): void;
}

/** A message area for a screen: status (polite) for success, alert for failures. */
export function messageArea(): MessageArea {
  const element = h('div', { class: 'messages' });
  return {
    element,
    success(text) {
      element.replaceChildren(h('p', { class: 'notice success', role: 'status' }, text));
    },
    error(text, extra = []) {
      element.replaceChildren(h('div', { class: 'notice error', role: 'alert' }, h('p', null, text),
        extra.length ? h('ul', null, extra.map((line) => h('li', null, line))) : null));
    },
    clear() {
      element.replaceChildren();
    },
  };
}
