// Numbered pages as the portal shows them ("1 2 3 4 5 ..."), improved: the first and
// last pages stay reachable, and a gap marks pages left out.

export type PageLink = { kind: 'page'; page: number; current: boolean } | { kind: 'gap' };

/**
 * The page numbers to show around `current`: a window of `width` pages, plus the
 * first and last page with gaps between. pageLinks(1, 13) → 1 2 3 4 5 … 13.
 */
export function pageLinks(current: number, totalPages: number, width = 5): PageLink[] {
  if (totalPages <= 1) return [];
  const page = Math.min(Math.max(1, Math.trunc(current) || 1), totalPages);
  const half = Math.floor(width / 2);
  let start = Math.max(1, page - half);
  const end = Math.min(totalPages, start + width - 1);
  start = Math.max(1, end - width + 1);

  const links: PageLink[] = [];
  const add = (n: number) => links.push({ kind: 'page', page: n, current: n === page });
  if (start > 1) {
    add(1);
    // A gap of exactly one page is shown as that page: "…" hiding one number helps nobody.
    if (start === 3) add(2);
    else if (start > 3) links.push({ kind: 'gap' });
  }
  for (let n = start; n <= end; n++) add(n);
  if (end < totalPages) {
    if (end === totalPages - 2) add(totalPages - 1);
    else if (end < totalPages - 2) links.push({ kind: 'gap' });
    add(totalPages);
  }
  return links;
}

/** A page number from the URL: anything that is not a whole number ≥ 1 means page 1. */
export function parsePage(value: string | null | undefined): number {
  if (!value || !/^\d{1,6}$/.test(value)) return 1;
  return Math.max(1, Number(value));
}
