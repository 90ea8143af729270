// The search form: in the page header and on the search page. A plain GET form, so it
// works before the script runs; the app turns its submit into a client-side navigation.
import { h } from '../dom/h';
import { MAX_QUERY_LENGTH } from '../routes';

/** The search form, filled with the current words; also used in the page header. */
export function searchForm(q = '', id = 'search-page-q'): HTMLFormElement {
  return h('form', { class: 'search-form', role: 'search', action: '/tim-kiem', method: 'get' },
    h('label', { for: id, class: 'visually-hidden' }, 'Tìm kiếm'),
    h('input', { id, type: 'search', name: 'q', value: q, maxlength: String(MAX_QUERY_LENGTH), placeholder: 'Tìm tin bài, phỏng vấn, video…', autocomplete: 'off' }),
    h('button', { type: 'submit' }, 'Tìm'));
}

