// A tiny DOM builder. Text is always inserted as text nodes, so anything that came from
// the API is escaped by construction: there is no string-to-HTML path here except
// `sanitizedHtml`, which exists for the one field the API sanitizes (article bodies).

export type Child = Node | string | number | null | undefined | false | readonly Child[];

type AttrValue = string | number | boolean | null | undefined;
type Handler = (event: Event) => void;
export type Attrs = Record<string, AttrValue | Handler>;

function append(parent: Node, child: Child): void {
  if (child === null || child === undefined || child === false) return;
  if (Array.isArray(child)) {
    for (const c of child as readonly Child[]) append(parent, c);
  } else if (child instanceof Node) {
    parent.appendChild(child);
  } else {
    parent.appendChild(document.createTextNode(String(child)));
  }
}

/**
 * h('a', { href: '/x', class: 'link' }, 'text', child). Attributes that are null,
 * undefined or false are left out, so optional data never renders as "undefined";
 * `on<event>` keys with a function become listeners.
 */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs?: Attrs | null,
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs ?? {})) {
    if (typeof value === 'function') {
      element.addEventListener(name.replace(/^on/, ''), value);
    } else if (value === true) {
      element.setAttribute(name, '');
    } else if (value !== null && value !== undefined && value !== false) {
      element.setAttribute(name, String(value));
    }
  }
  append(element, children);
  return element;
}

export function fragment(...children: Child[]): DocumentFragment {
  const f = document.createDocumentFragment();
  append(f, children);
  return f;
}

/** An element from the SVG namespace, for the few inline icons. */
export function svg(tag: string, attrs: Record<string, string>, ...children: SVGElement[]): SVGElement {
  const element = document.createElementNS('http://www.w3.org/2000/svg', tag);
  for (const [name, value] of Object.entries(attrs)) element.setAttribute(name, value);
  for (const child of children) element.appendChild(child);
  return element;
}

const dropTags = 'script,style,iframe,object,embed,frame,frameset,link,meta,base,form';

/**
 * Parses HTML the API has already sanitized (article bodies are cleaned on write). The
 * API's sanitizer is the line of defence; this only adds a cheap second one, so a body
 * that somehow escaped it still cannot run script here.
 */
export function sanitizedHtml(html: string, resolveUrl: (url: string) => string | null): DocumentFragment {
  const template = document.createElement('template');
  template.innerHTML = html;
  const root = template.content;
  root.querySelectorAll(dropTags).forEach((el) => el.remove());
  root.querySelectorAll('*').forEach((el) => {
    for (const attr of Array.from(el.attributes)) {
      const name = attr.name.toLowerCase();
      if (name.startsWith('on') || name === 'style' || name === 'srcdoc') el.removeAttribute(attr.name);
      if ((name === 'href' || name === 'src') && /^\s*(javascript|vbscript|data):/i.test(attr.value)) {
        el.removeAttribute(attr.name);
      }
    }
  });
  root.querySelectorAll('img').forEach((img) => {
    // Media in bodies may be root-relative to the API, like every other media URL.
    const src = img.getAttribute('src');
    const resolved = src ? resolveUrl(src) : null;
    if (!resolved) {
      img.remove();
      return;
    }
    img.setAttribute('src', resolved);
    img.setAttribute('loading', 'lazy');
    img.setAttribute('decoding', 'async');
    if (!img.hasAttribute('alt')) img.setAttribute('alt', '');
  });
  root.querySelectorAll('a[href]').forEach((a) => {
    if (/^https?:\/\//i.test(a.getAttribute('href') ?? '')) a.setAttribute('rel', 'noopener');
  });
  return root;
}
