// The transcript paste box: a newsroom transcript (plain text, or rich text pasted from a
// word processor or web page) becomes a draft interview through POST
// /manage/interviews/import, which then opens in the interview editor to check and publish.
import { h } from '../../dom/h';
import { categoryOptions } from '../category-tree';
import { messageArea, showFieldErrors } from '../components/errors';
import { field, select, textArea, textInput, valueOrNull } from '../components/field';
import type { AdminContext } from '../context';
import { ApiProblem, fieldMessage, problemMessage } from '../problem';
import { adminPaths } from '../routes';

/** What a missing field means in a transcript, so the newsroom knows what to add. */
const transcriptHints: Record<string, string> = {
  title: 'Thiếu tiêu đề: dòng đầu tiên của bản ghi.',
  'interviewee.name': 'Không nhận ra người được phỏng vấn: câu trả lời cần mở đầu bằng tên, ví dụ "Đồng chí Nguyễn Văn Quận: …".',
  exchanges: 'Không có câu hỏi nào: mỗi câu hỏi là một dòng bắt đầu bằng dấu * (hoặc một mục danh sách).',
};

export type PasteFormat = 'text' | 'html';

/**
 * A paste into the box: with "HTML" chosen and rich text on the clipboard, the HTML itself
 * is inserted (the API reads paragraphs and list items from it); otherwise the browser
 * pastes plain text as usual. Returns whether it took the paste over.
 */
export function pasteHtml(event: Pick<ClipboardEvent, 'clipboardData' | 'preventDefault'>, format: PasteFormat, box: HTMLTextAreaElement): boolean {
  const html = format === 'html' ? event.clipboardData?.getData('text/html') : '';
  if (!html) return false;
  event.preventDefault();
  const start = box.selectionStart ?? box.value.length;
  const end = box.selectionEnd ?? box.value.length;
  box.value = box.value.slice(0, start) + html + box.value.slice(end);
  return true;
}

export async function importPage(context: AdminContext): Promise<HTMLElement> {
  const categories = await context.categories();
  const transcript = textArea('', { rows: 18, class: 'transcript', spellcheck: false });
  const formatText = h('input', { type: 'radio', name: 'format', value: 'text', checked: true });
  const formatHtml = h('input', { type: 'radio', name: 'format', value: 'html' });
  const category = select([{ value: '', label: '(Không thuộc chuyên mục nào)' }, ...categoryOptions(categories, (c) => String(c.id))], '');
  const author = textInput('', { maxlength: 200 });
  const messages = messageArea();
  const submit = h('button', { type: 'submit', class: 'primary' }, 'Tạo bản nháp');
  const format = (): PasteFormat => (formatHtml.checked ? 'html' : 'text');

  transcript.addEventListener('paste', (event) => {
    if (pasteHtml(event, format(), transcript)) messages.success('Đã dán nội dung có định dạng (HTML).');
  });

  const form = h('form', { class: 'import-form', novalidate: true, onsubmit: (event: Event) => {
    event.preventDefault();
    void send();
  } },
    h('h1', null, 'Nhập bài phỏng vấn từ bản ghi'),
    h('p', { class: 'hint' }, 'Dán bản ghi: dòng đầu là tiêu đề, tiếp theo là sapo, có thể có chú thích ảnh "Đồng chí Nguyễn Văn Quận - Bí thư Thành ủy"; mỗi câu hỏi bắt đầu bằng dấu *; câu trả lời mở đầu bằng tên người trả lời ("Đồng chí Nguyễn Văn Quận: …"); câu hỏi cuối không có trả lời là lời kết. Bài được tạo ở trạng thái Nháp để bạn kiểm tra.'),
    messages.element,
    h('fieldset', { class: 'formats', 'data-field': 'format' }, h('legend', null, 'Định dạng'),
      h('label', null, formatText, ' Văn bản'), ' ',
      h('label', null, formatHtml, ' HTML (dán từ Word hoặc trang web, giữ định dạng)'),
      h('p', { class: 'field-error', hidden: true, role: 'alert' })),
    field(transcript, { key: 'transcript', label: 'Bản ghi' }),
    h('div', { class: 'field-row' },
      field(category, { key: 'categoryId', label: 'Chuyên mục' }),
      field(author, { key: 'author', label: 'Tác giả (bút danh)' })),
    submit);

  async function send(): Promise<void> {
    messages.clear();
    submit.disabled = true;
    try {
      const created = await context.api.importTranscript({
        transcript: transcript.value,
        format: format(),
        categoryId: category.value ? Number(category.value) : null,
        author: valueOrNull(author),
      });
      context.navigate(adminPaths.edit('interview', created.value.id));
    } catch (error) {
      if (error instanceof ApiProblem && error.kind === 'validation') {
        const unclaimed = showFieldErrors(form, error.errors);
        const explained = unclaimed.map((line) => {
          const key = line.slice(0, line.indexOf(':'));
          return transcriptHints[key] ?? fieldMessage(line);
        });
        messages.error('Chưa tạo được bài từ bản ghi này:', explained);
      } else {
        messages.error(problemMessage(error));
      }
    } finally {
      submit.disabled = false;
    }
  }

  return h('div', { class: 'import-page' }, form);
}
