// Where each page of the site lives in the output folder, and how it gets there. Addresses
// are paths a static host serves as files: /bai-viet/x → bai-viet/x.html, / → index.html,
// /chuyen-muc/kinh-te/trang/3 → chuyen-muc/kinh-te/trang/3.html (nginx: try_files $uri.html).
import { randomBytes } from 'node:crypto';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

// Off the main thread (libuv's pool), so pages compress while the next ones render. Brotli at
// quality 5 and gzip at 6: on a 20 KB page within a few percent of their best, at a fraction of
// the time (bench/README.md, 2026-12-03); the site's assets get the best (scripts/precompress.ts).
const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);

/** Folders known to exist: asked of the file system once each, not once per page. */
const folders = new Set<string>();

/** The file (relative to the output folder) of a page's address. */
export function fileOf(address: string): string {
  const path = address.split('?', 1)[0]!.replace(/^\/+|\/+$/g, '');
  return path === '' ? 'index.html' : `${decodeURIComponent(path)}.html`;
}

/**
 * Writes a page and its .br and .gz copies, each to a temporary name first and then renamed
 * over the old one: a reader (or the server choosing a copy) gets the old file or the new,
 * never half of one. The plain file goes last, so its compressed copies are never older.
 */
export async function writePage(root: string, file: string, html: string): Promise<void> {
  const path = join(root, file);
  if (!folders.has(dirname(path))) {
    await mkdir(dirname(path), { recursive: true });
    folders.add(dirname(path));
  }
  const content = Buffer.from(html, 'utf8');
  const [br, gz] = await Promise.all([
    brotli(content, { params: { [constants.BROTLI_PARAM_QUALITY]: 5, [constants.BROTLI_PARAM_SIZE_HINT]: content.length } }),
    gzipped(content, { level: 6 }),
  ]);
  await Promise.all([atomicWrite(`${path}.br`, br), atomicWrite(`${path}.gz`, gz)]);
  await atomicWrite(path, content);
}

/** Removes a page and its compressed copies: the server answers its address with the 404 page. */
export async function removePage(root: string, file: string): Promise<void> {
  const path = join(root, file);
  await Promise.all([path, `${path}.br`, `${path}.gz`].map((p) => rm(p, { force: true })));
}

export async function atomicWrite(path: string, content: Buffer | string): Promise<void> {
  const temporary = `${path}.${randomBytes(4).toString('hex')}.tmp`;
  await writeFile(temporary, content);
  await rename(temporary, path);
}
