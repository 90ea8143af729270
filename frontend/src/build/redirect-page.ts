// The file left at an item's old address (its slug changed: the API lists the item's
// oldSlugs): a small page that sends readers on to the current address at once, with no
// script (a meta refresh, which every browser and crawler follows) and a canonical naming the
// current address, so search engines move their entry; noindex, so the old one is dropped.
// A static host cannot answer 301 by itself; this is what it can serve instead.
import { compressPage, type PageFiles } from './site-files';

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** @param target The current address, absolute. @param title The item's title, for the reader who sees the page a moment. */
export function redirectHtml(target: string, title: string): string {
  const href = escape(target);
  return `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>${escape(title)}</title>
<meta name="robots" content="noindex">
<link rel="canonical" href="${href}">
<meta http-equiv="refresh" content="0; url=${href}">
</head>
<body>
<p>Bài đã chuyển sang địa chỉ mới: <a href="${href}">${escape(title)}</a>.</p>
</body>
</html>
`;
}

/** The redirect page's files (HTML, Brotli, gzip), as writePage takes them. */
export function redirectPage(target: string, title: string): PageFiles {
  return compressPage(redirectHtml(target, title), (size) => new ArrayBuffer(size));
}
