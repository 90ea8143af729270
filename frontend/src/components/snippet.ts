// Search snippets: the API sends the passage around a match as HTML-escaped text with
// <mark> around each matching word. Only those marks become elements; everything else is
// decoded into plain text nodes, so nothing in a snippet can ever become markup.

const MARK = /<mark>(.*?)<\/mark>/gs;
const ENTITY = /&(?:#(\d+)|#x([0-9a-f]+)|(amp|lt|gt|quot|apos));/gi;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Decodes the entities an HTML encoder writes (numeric and the five named ones). */
export function decodeEntities(text: string): string {
  return text.replace(ENTITY, (whole, dec: string | undefined, hex: string | undefined, name: string | undefined) => {
    if (name) return NAMED[name.toLowerCase()] ?? whole;
    const code = dec ? Number.parseInt(dec, 10) : Number.parseInt(hex ?? '', 16);
    return Number.isInteger(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/** A <p class="snippet"> with the marked words in <mark>, or null for no snippet. */
export function snippetNode(snippet: string | null | undefined): HTMLElement | null {
  if (!snippet) return null;
  const p = document.createElement('p');
  p.className = 'snippet';
  let at = 0;
  for (const match of snippet.matchAll(MARK)) {
    p.append(decodeEntities(snippet.slice(at, match.index)));
    const mark = document.createElement('mark');
    mark.textContent = decodeEntities(match[1] ?? '');
    p.append(mark);
    at = match.index + match[0].length;
  }
  p.append(decodeEntities(snippet.slice(at)));
  return p;
}
