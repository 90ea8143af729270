// Where each page of the site lives in the output folder, and how it gets there. Addresses
// are paths a static host serves as files: /bai-viet/x → bai-viet/x.html, / → index.html,
// /chuyen-muc/kinh-te/trang/3 → chuyen-muc/kinh-te/trang/3.html (nginx: try_files $uri.html).
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { rm, writeFile, rename } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { threadId } from 'node:worker_threads';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** Folders known to exist: asked of the file system once each, not once per page. */
const folders = new Set<string>();

/** The file (relative to the output folder) of a page's address. */
export function fileOf(address: string): string {
  const path = address.split('?', 1)[0]!.replace(/^\/+|\/+$/g, '');
  return path === '' ? 'index.html' : `${decodeURIComponent(path)}.html`;
}

/**
 * A page as its three files, side by side in one buffer: the HTML, then its Brotli copy, then
 * its gzip copy. One buffer, so it can go from the page worker that made it to the main
 * thread and back to be filled again (page-workers.ts): the main thread allocates little, so
 * it collects garbage rarely, and the bytes of pages it had written piled up until a
 * collection freed them (bench/README.md, "Figures behind the code").
 */
export interface PageFiles {
  buffer: ArrayBuffer;
  /** Where the HTML, the Brotli and the gzip copy end in the buffer. */
  ends: [number, number, number];
}

/**
 * Compresses a page, in a page worker (page-writer.ts): compressing is a quarter of a page's
 * time, so it runs on every core. Synchronous: the worker's thread has nothing better to do
 * meanwhile. Brotli at quality 5 and gzip at 6: on a page this size within a few percent of
 * their best, at a fraction of the time; the site's assets get the best (scripts/precompress.ts).
 * Brotli's window is the page's size, not its default: the same bytes out, and it no longer
 * prepares a window many times the page for each one (bench/README.md, "Figures behind the code").
 * `take` gives a buffer of at least the size asked (a reused one).
 */
export function compressPage(page: string, take: (size: number) => ArrayBuffer): PageFiles {
  const html = Buffer.from(page, 'utf8');
  const br = brotliCompressSync(html, { params: { [constants.BROTLI_PARAM_QUALITY]: 5, [constants.BROTLI_PARAM_SIZE_HINT]: html.length,
    [constants.BROTLI_PARAM_LGWIN]: windowBitsFor(html.length) } });
  const gz = gzipSync(html, { level: 6 });
  const ends: PageFiles['ends'] = [html.length, html.length + br.length, html.length + br.length + gz.length];
  const buffer = take(ends[2]);
  const bytes = new Uint8Array(buffer);
  bytes.set(html, 0);
  bytes.set(br, ends[0]);
  bytes.set(gz, ends[1]);
  return { buffer, ends };
}

/** The smallest Brotli window that holds the whole page (2^16 to Brotli's 2^24). */
function windowBitsFor(length: number): number {
  return Math.min(constants.BROTLI_MAX_WINDOW_BITS, Math.max(16, Math.ceil(Math.log2(length))));
}

/** The page's three files, as views of its buffer. */
export function filesOf({ buffer, ends }: PageFiles): { html: Uint8Array; br: Uint8Array; gz: Uint8Array } {
  return {
    html: new Uint8Array(buffer, 0, ends[0]),
    br: new Uint8Array(buffer, ends[0], ends[1] - ends[0]),
    gz: new Uint8Array(buffer, ends[1], ends[2] - ends[1]),
  };
}

/**
 * Writes a page and its .br and .gz copies, each to a temporary name first and then renamed
 * over the old one: a reader (or the server choosing a copy) gets the old file or the new,
 * never half of one. The plain file goes last, so its compressed copies are never older.
 *
 * On the main thread only, and synchronously: files created side by side from several threads
 * in one folder (75,000 pages in bai-viet/) wait on the folder's lock, which took a fifth of
 * each worker's time; one thread writing small files in place costs a fraction of that.
 */
export function writePage(root: string, file: string, page: PageFiles): void {
  const path = join(root, file);
  if (!folders.has(dirname(path))) {
    mkdirSync(dirname(path), { recursive: true });
    folders.add(dirname(path));
  }
  const { html, br, gz } = filesOf(page);
  atomicWriteSync(`${path}.br`, br);
  atomicWriteSync(`${path}.gz`, gz);
  atomicWriteSync(path, html);
}

/** Removes a page and its compressed copies: the server answers its address with the 404 page. */
export async function removePage(root: string, file: string): Promise<void> {
  const path = join(root, file);
  await Promise.all([path, `${path}.br`, `${path}.gz`].map((p) => rm(p, { force: true })));
}

/** Writes a file under a temporary name, then renames it over the old one. `content` may come in parts. */
export async function atomicWrite(path: string, content: Buffer | string | Iterable<string>): Promise<void> {
  const temporary = temporaryOf(path);
  await writeFile(temporary, content);
  await rename(temporary, path);
}

function atomicWriteSync(path: string, content: Uint8Array): void {
  const temporary = temporaryOf(path);
  writeFileSync(temporary, content);
  renameSync(temporary, path);
}

/** Temporary names unique to this process and thread: two writers never share one. */
let written = 0;
const temporaryOf = (path: string) => `${path}.${process.pid}-${threadId}-${++written}.tmp`;
