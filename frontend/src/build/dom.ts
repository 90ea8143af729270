// The browser's document, in Node: the views build DOM with document.createElement (dom/h.ts),
// so the site builder gives them linkedom's, made from the built index.html. Each page worker
// (page-writer.ts) has one document for every page it draws: views build detached nodes while
// their data loads (concurrently), and a page is put into the document and serialized in one
// synchronous step (page-html.ts).
import { parseHTML } from 'linkedom';

export function installDom(shellHtml: string): Document {
  const { window, document } = parseHTML(shellHtml);
  const globals = globalThis as Record<string, unknown>;
  for (const name of ['Node', 'Element', 'HTMLElement', 'SVGElement', 'DocumentFragment', 'Text', 'Event', 'HTMLAnchorElement'] as const) {
    globals[name] = (window as unknown as Record<string, unknown>)[name];
  }
  globals.document = document;
  globals.window = window;
  return document as unknown as Document;
}
