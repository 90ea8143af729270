// Tiny static file server for the built site (frontend/dist, with the pages the
// site builder writes), used by scripts/run.sh. Node built-ins only, so it works
// offline with nothing to install. It serves what frontend/nginx/default.conf serves.
//
// usage: node static-server.mjs <root-dir> <port> [host]
//
// - GET/HEAD only; content types for what a Vite build emits.
// - A page's address is its file without .html (/bai-viet/x → bai-viet/x.html),
//   as nginx's try_files $uri $uri.html $uri/index.html. An address with no file
//   is a 404 with the site's 404.html, as error_page 404 has it. Under /admin/ a
//   path without a file gets the admin UI's admin/index.html (the admin routes
//   with hashes, /admin/#/articles/12, so this only catches typed-in paths).
// - Every /xem-truoc/<token> (a preview link's page, drawn by the script) gets the shell
//   xem-truoc.html, never stored by any cache and never indexed (private, no-store;
//   X-Robots-Tag: noindex), as nginx's location /xem-truoc/ has it.
// - No directory traversal: the resolved real path must stay inside root.
// - Byte ranges, so <video> can seek in .mp4 files.
// - The build's pre-compressed copies (name.br, name.gz: frontend/scripts/precompress.ts) to
//   a browser that accepts them, as nginx's brotli_static and gzip_static do in the image.
// - Caching as frontend/nginx/default.conf has it: Vite's hashed /assets/ for a year
//   (immutable), everything else revalidated on every use (ETag, Last-Modified → 304).
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';

const [rootArg, portArg = '5173', host = '127.0.0.1'] = process.argv.slice(2);
if (!rootArg) {
  console.error('usage: node static-server.mjs <root-dir> <port> [host]');
  process.exit(2);
}
const root = fs.realpathSync(path.resolve(rootArg));
const port = Number.parseInt(portArg, 10);

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.mp4': 'video/mp4',
  '.webm': 'video/webm',
  '.vtt': 'text/vtt; charset=utf-8',
};

// Resolve a URL path to a file inside root, or null. Symlinks are resolved
// before the containment check so a link cannot point outside root.
function resolveFile(urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  // No NUL, and nothing hidden: the site builder's marker and template (.site-build, .shell.html).
  if (decoded.includes('\0') || /(^|\/)\./.test(decoded)) return null;
  let candidate = path.resolve(root, '.' + path.posix.normalize('/' + decoded));
  try {
    let stat = fs.statSync(candidate);
    if (stat.isDirectory()) {
      candidate = path.join(candidate, 'index.html');
      stat = fs.statSync(candidate);
    }
    if (!stat.isFile()) return null;
    const real = fs.realpathSync(candidate);
    if (real !== root && !real.startsWith(root + path.sep)) return null;
    return { file: real, stat };
  } catch {
    return null;
  }
}

// The build's Brotli and gzip copies of a file (frontend/scripts/precompress.ts decides which
// files get them; a file written at start, such as config.json, has none).
function compressedCopies(file) {
  const copies = [];
  for (const [encoding, suffix] of [['br', '.br'], ['gzip', '.gz']]) {
    try {
      const stat = fs.statSync(file + suffix);
      if (stat.isFile()) copies.push({ file: file + suffix, stat, encoding });
    } catch {
      // none of this kind
    }
  }
  return copies;
}

// The encodings an Accept-Encoding header takes (q=0 refuses one).
function acceptedEncodings(header = '') {
  return new Set(header.split(',').map((part) => part.trim().split(';'))
    .filter(([, q]) => !/^\s*q=0(\.0*)?\s*$/.test(q ?? ''))
    .map(([name]) => name.trim().toLowerCase()));
}

// A preview link's page: /xem-truoc and everything below it.
const PREVIEW_PAGE = /^\/xem-truoc(\/|$)/;

// Vite names what it puts in /assets/ by its content: a new build never reuses a name.
// Everything else (pages, config.json, robots.txt, the favicon) may change with a build or a
// start: revalidated on every use, as nginx has it.
function cacheControl(urlPath) {
  return urlPath.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache';
}

function notModified(req, etag, stat) {
  const ifNoneMatch = req.headers['if-none-match'];
  if (ifNoneMatch) return ifNoneMatch.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag || tag.trim() === '*');
  const since = Date.parse(req.headers['if-modified-since'] ?? '');
  return !Number.isNaN(since) && Math.floor(stat.mtimeMs / 1000) * 1000 <= since;
}

function send(res, status, body, headers = {}) {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', ...headers });
  res.end(body);
}

const server = http.createServer((req, res) => {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    send(res, 405, 'Method Not Allowed\n', { Allow: 'GET, HEAD' });
    return;
  }
  const urlPath = (req.url || '/').split(/[?#]/, 1)[0];
  const preview = PREVIEW_PAGE.test(urlPath);
  let found = preview ? resolveFile('/xem-truoc.html') : resolveFile(urlPath);
  if (!found && !urlPath.endsWith('/')) found = resolveFile(`${urlPath}.html`);
  let status = 200;
  if (!found && (urlPath === '/admin' || urlPath.startsWith('/admin/')) && path.posix.extname(urlPath) === '') {
    found = resolveFile('/admin/index.html');
  }
  if (!found) {
    found = resolveFile('/404.html');
    status = 404;
    if (!found) {
      send(res, 404, 'Not Found\n');
      return;
    }
  }

  const ext = path.extname(found.file).toLowerCase();
  const copies = compressedCopies(found.file);
  const accepted = acceptedEncodings(req.headers['accept-encoding']);
  // Ranges are of the file itself (a <video> seeking), never of a compressed copy.
  const encoded = req.headers.range ? undefined : copies.find((copy) => accepted.has(copy.encoding));
  const { file, stat } = encoded ?? found;
  const etag = `"${stat.size.toString(16)}-${Math.floor(stat.mtimeMs).toString(16)}${encoded ? '-' + encoded.encoding : ''}"`;
  const headers = {
    'Content-Type': TYPES[ext] || 'application/octet-stream',
    'X-Content-Type-Options': 'nosniff',
    'Accept-Ranges': 'bytes',
    'Last-Modified': stat.mtime.toUTCString(),
    ETag: etag,
    'Cache-Control': preview ? 'private, no-store' : cacheControl(urlPath),
  };
  if (preview) headers['X-Robots-Tag'] = 'noindex';
  if (copies.length > 0) headers.Vary = 'Accept-Encoding';
  if (encoded) headers['Content-Encoding'] = encoded.encoding;
  if (status === 200 && !preview && notModified(req, etag, stat)) {
    delete headers['Content-Type'];
    res.writeHead(304, headers);
    res.end();
    return;
  }

  let start = 0;
  let end = stat.size - 1;
  const range = /^bytes=(\d*)-(\d*)$/.exec(req.headers.range || '');
  if (range && stat.size > 0 && status === 200) {
    if (range[1] === '') {
      start = Math.max(0, stat.size - Number(range[2])); // suffix range: last N bytes
    } else {
      start = Number(range[1]);
      if (range[2] !== '') end = Math.min(end, Number(range[2]));
    }
    if (start > end || start >= stat.size) {
      send(res, 416, '', { 'Content-Range': `bytes */${stat.size}` });
      return;
    }
    status = 206;
    headers['Content-Range'] = `bytes ${start}-${end}/${stat.size}`;
  }
  headers['Content-Length'] = stat.size === 0 ? 0 : end - start + 1;
  res.writeHead(status, headers);
  if (req.method === 'HEAD' || stat.size === 0) {
    res.end();
    return;
  }
  const stream = fs.createReadStream(file, { start, end });
  stream.on('error', () => res.destroy());
  stream.pipe(res);
});

server.on('error', (err) => {
  console.error(`static-server: ${err.message}`);
  process.exit(1);
});
server.listen(port, host, () => {
  console.error(`static-server: serving ${root} on ${host}:${port}`);
});

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    server.close();
    server.closeAllConnections?.();
    process.exit(0);
  });
}
