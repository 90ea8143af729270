// A labelled form control with a place for its validation error. The wrapper carries
// data-field with the API's error key ("title", "exchanges[2].answer"), so errors from a
// 400 land beside the control they are about.
import { h, type Child } from '../../dom/h';

let counter = 0;
/** A unique id for label/control pairs (several editors may be built in one page). */
export const nextId = (prefix: string): string => `${prefix}-${++counter}`;

export interface FieldOptions {
  /** The API's error key for this control. */
  key: string;
  label: string;
  hint?: string;
  className?: string;
  /** What to place under the label when it is more than the control (a toolbar with its text area). */
  content?: HTMLElement;
}

/** Wraps a control: label, control, hint, error slot. The control gets an id if it has none. */
export function field(control: HTMLElement, options: FieldOptions): HTMLElement {
  if (!control.id) control.id = nextId('f');
  const hintId = options.hint ? `${control.id}-hint` : null;
  if (hintId) control.setAttribute('aria-describedby', hintId);
  return h('div', { class: ['field', options.className].filter(Boolean).join(' '), 'data-field': options.key },
    h('label', { for: control.id }, options.label),
    options.content ?? control,
    options.hint ? h('p', { class: 'hint', id: hintId }, options.hint) : null,
    h('p', { class: 'field-error', hidden: true, role: 'alert' }));
}

export function textInput(value: string | null | undefined, attrs: Record<string, string | number | boolean | null | undefined> = {}): HTMLInputElement {
  return h('input', { type: 'text', ...attrs, value: value ?? '' });
}

export function textArea(value: string | null | undefined, attrs: Record<string, string | number | boolean | null | undefined> = {}): HTMLTextAreaElement {
  const area = h('textarea', attrs);
  area.value = value ?? '';
  return area;
}

export function select(options: Array<{ value: string; label: string }>, selected: string | null | undefined, attrs: Record<string, string | boolean | null> = {}): HTMLSelectElement {
  const element = h('select', attrs, options.map((o) => h('option', { value: o.value }, o.label)));
  element.value = selected ?? '';
  return element;
}

export function fieldset(legend: string, ...children: Child[]): HTMLFieldSetElement {
  return h('fieldset', null, h('legend', null, legend), children);
}

/** Trimmed text, or null for nothing: the API distinguishes "no value" from "". */
export const valueOrNull = (control: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement): string | null =>
  control.value.trim() ? control.value.trim() : null;
