// Tidies what contenteditable produces before it is saved. Browsers write <b> and <i>
// where the newsroom's HTML (and the sanitizer's allow-list) means <strong> and <em>, wrap
// text in attribute-less or styled <span>s, and leave the first line as a bare text node;
// the site's styles expect paragraphs. Only the shape changes, never the words.

const INLINE = new Set(['A', 'B', 'STRONG', 'I', 'EM', 'U', 'S', 'SPAN', 'BR', 'CODE', 'SUB', 'SUP', 'MARK', 'SMALL']);
const RENAME: Record<string, string> = { B: 'strong', I: 'em' };

function rename(element: Element, tag: string): Element {
  const replacement = element.ownerDocument.createElement(tag);
  for (const attr of Array.from(element.attributes)) replacement.setAttribute(attr.name, attr.value);
  replacement.append(...Array.from(element.childNodes));
  element.replaceWith(replacement);
  return replacement;
}

export function normalizeBodyHtml(html: string): string {
  const template = document.createElement('template');
  template.innerHTML = html;
  const root = template.content;
  for (const element of Array.from(root.querySelectorAll('b, i'))) rename(element, RENAME[element.tagName]!);
  // Spans carry only the editor's inline styles, which the API drops anyway.
  for (const span of Array.from(root.querySelectorAll('span'))) span.replaceWith(...Array.from(span.childNodes));
  for (const element of Array.from(root.querySelectorAll('[style]'))) {
    // text-align is the one style the API keeps; everything else is the browser's noise.
    const align = (element as HTMLElement).style.textAlign;
    element.removeAttribute('style');
    if (align) (element as HTMLElement).style.textAlign = align;
  }

  // Runs of text and inline elements at the top level become paragraphs.
  let paragraph: HTMLParagraphElement | null = null;
  for (const node of Array.from(root.childNodes)) {
    const inline = node.nodeType === Node.TEXT_NODE || (node.nodeType === Node.ELEMENT_NODE && INLINE.has((node as Element).nodeName));
    if (!inline) {
      paragraph = null;
      continue;
    }
    if (!paragraph) {
      if (node.nodeType === Node.TEXT_NODE && !node.textContent?.trim()) continue;
      paragraph = document.createElement('p');
      node.before(paragraph);
    }
    paragraph.append(node);
  }
  // A paragraph left with only a <br> (an emptied line) is dropped.
  for (const p of Array.from(root.querySelectorAll('p'))) if (!p.textContent?.trim() && !p.querySelector('img, iframe')) p.remove();

  const container = document.createElement('div');
  container.append(root);
  return container.innerHTML.trim();
}
