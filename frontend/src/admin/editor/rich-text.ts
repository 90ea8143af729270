// The article body editor: a contenteditable area with a small toolbar. It uses the
// browser's own editing commands (execCommand) instead of an editor library: the toolbar
// needs only a handful, every browser has them, and the API sanitizes whatever HTML comes
// out (Cms.Api/Security/RichTextSanitizer.cs), so the editor need not police it.
import { h } from '../../dom/h';
import { bodyForEditing, bodyForSaving, figureFor, type ImageServices } from '../media-library';
import { normalizeBodyHtml } from './body-html';

interface Tool {
  label: string;
  title: string;
  run: () => void;
}

export interface RichText {
  element: HTMLElement;
  /** The editing area itself (for the label and error markers). */
  area: HTMLElement;
  html(): string;
}

const exec = (command: string, value?: string) => document.execCommand(command, false, value);

/**
 * Puts `node` after the top-level block holding `range` (the caret when the dialog
 * opened), or at the end: a <figure> never lands inside a paragraph.
 */
export function insertBlockAt(area: HTMLElement, range: Range | null, node: Node): void {
  let block: Node | null = range && area.contains(range.startContainer) ? range.startContainer : null;
  while (block && block.parentNode !== area) block = block.parentNode;
  if (block) (block as ChildNode).after(node);
  else area.append(node);
}

export function richTextEditor(initialHtml: string, onChange: () => void, id?: string, services?: ImageServices): RichText {
  const area = h('div', { class: 'rich-text', contenteditable: 'true', role: 'textbox', 'aria-multiline': 'true', id });
  // Existing bodies were sanitized by the API on write; the area is inert (no script runs in
  // contenteditable). Library images (/media/…) are shown from the API's address.
  area.innerHTML = services ? bodyForEditing(initialHtml, services.apiBaseUrl) : initialHtml;
  area.addEventListener('input', onChange);
  area.addEventListener('focus', () => {
    exec('defaultParagraphSeparator', 'p');
    exec('styleWithCSS', 'false'); // <b> rather than <span style="font-weight: bold">
  });

  const tools: Tool[] = [
    { label: 'B', title: 'Chữ đậm', run: () => exec('bold') },
    { label: 'I', title: 'Chữ nghiêng', run: () => exec('italic') },
    { label: 'H2', title: 'Tiêu đề mục', run: () => exec('formatBlock', '<h2>') },
    { label: 'H3', title: 'Tiêu đề nhỏ', run: () => exec('formatBlock', '<h3>') },
    { label: '¶', title: 'Đoạn văn thường', run: () => exec('formatBlock', '<p>') },
    { label: '• Danh sách', title: 'Danh sách dấu chấm', run: () => exec('insertUnorderedList') },
    { label: '1. Danh sách', title: 'Danh sách đánh số', run: () => exec('insertOrderedList') },
    { label: '“ Trích dẫn', title: 'Trích dẫn', run: () => exec('formatBlock', '<blockquote>') },
    { label: 'Liên kết', title: 'Chèn liên kết cho đoạn chữ đang chọn', run: () => {
      const url = window.prompt('Địa chỉ liên kết (https://…):', 'https://');
      if (url && /^(https?:|mailto:|tel:|\/)/i.test(url.trim())) exec('createLink', url.trim());
    } },
    { label: 'Bỏ liên kết', title: 'Bỏ liên kết', run: () => exec('unlink') },
  ];
  if (services) {
    tools.push({ label: 'Ảnh', title: 'Chèn ảnh từ thư viện', run: () => {
      const selection = document.getSelection();
      const range = selection?.rangeCount ? selection.getRangeAt(0).cloneRange() : null;
      void services.pickImage().then((media) => {
        if (!media) return;
        insertBlockAt(area, range, figureFor(media, services.apiBaseUrl));
        onChange();
      });
    } });
  }

  const toolbar = h('div', { class: 'toolbar', role: 'toolbar', 'aria-label': 'Định dạng nội dung' },
    tools.map((tool) => h('button', {
      type: 'button',
      title: tool.title,
      'aria-label': tool.title,
      // mousedown would move the focus (and the selection) out of the text first.
      onmousedown: (event: Event) => event.preventDefault(),
      onclick: () => {
        area.focus();
        tool.run();
        onChange();
      },
    }, tool.label)));

  return { element: h('div', { class: 'rich-text-editor' }, toolbar, area), area, html: () => normalizeBodyHtml(services ? bodyForSaving(area.innerHTML, services.apiBaseUrl) : area.innerHTML) };
}
