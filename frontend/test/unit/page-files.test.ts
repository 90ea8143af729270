// A page's three files travel in one buffer between a page worker and the main thread, and the
// same buffers are filled again (site-files.ts): what is written must be exactly this page,
// whatever an earlier, longer page left in the buffer.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterEach, expect, test } from 'vitest';
import { compressPage, writePage } from '../../src/build/site-files';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

test('a page written from a reused buffer is that page, with Brotli and gzip copies of it', () => {
  const dir = mkdtempSync(join(tmpdir(), 'page-files-'));
  dirs.push(dir);
  const long = `<!doctype html><p>${'Đảng bộ thành phố Sóc Trăng. '.repeat(2000)}</p>`;
  const short = '<!doctype html><title>Kinh tế</title><p>Tăng trưởng 7,5%</p>';
  let buffer: ArrayBuffer | undefined;
  const take = (size: number) => (buffer && buffer.byteLength >= size ? buffer : (buffer = new ArrayBuffer(size * 2)));

  const first = compressPage(long, take);
  writePage(dir, 'chuyen-muc/kinh-te.html', first);
  const second = compressPage(short, take);
  writePage(dir, 'chuyen-muc/kinh-te.html', second);

  expect(second.buffer).toBe(first.buffer); // the same bytes, filled again
  const path = join(dir, 'chuyen-muc/kinh-te.html');
  expect(readFileSync(path, 'utf8')).toBe(short);
  expect(brotliDecompressSync(readFileSync(`${path}.br`)).toString('utf8')).toBe(short);
  expect(gunzipSync(readFileSync(`${path}.gz`)).toString('utf8')).toBe(short);
});
