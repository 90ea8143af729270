// Where each page of the site lives in the output folder, and how it gets there. Addresses
// are paths a static host serves as files: /bai-viet/x → bai-viet/x.html, / → index.html,
// /chuyen-muc/kinh-te/trang/3 → chuyen-muc/kinh-te/trang/3.html (nginx: try_files $uri.html).
import { randomBytes } from 'node:crypto';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

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
  await mkdir(dirname(path), { recursive: true });
  const content = Buffer.from(html, 'utf8');
  await atomicWrite(`${path}.br`, brotliCompressSync(content, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 9, [constants.BROTLI_PARAM_SIZE_HINT]: content.length },
  }));
  await atomicWrite(`${path}.gz`, gzipSync(content, { level: 9 }));
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
