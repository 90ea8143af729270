import { readdir, readFile, writeFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/**
 * What the build compresses once, at build time: the text files it writes itself. The files
 * written when the site starts (config.json, robots.txt) are not among them, so a stale
 * compressed copy can never be sent in their place.
 */
const compressible = new Set(['.js', '.css', '.html', '.svg', '.map']);

async function* files(dir: string): AsyncGenerator<string> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else if (entry.isFile()) yield path;
  }
}

/**
 * Writes name.br (Brotli, best) and name.gz (gzip -9) beside every compressible file of the
 * build, so the servers (scripts/lib/static-server.mjs for run.sh, nginx's brotli_static and
 * gzip_static in the image) send them as they are instead of compressing on every request.
 */
export async function precompress(dir: string): Promise<void> {
  for await (const file of files(dir)) {
    if (!compressible.has(extname(file))) continue;
    const content = await readFile(file);
    await writeFile(`${file}.br`, brotliCompressSync(content, {
      params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY, [constants.BROTLI_PARAM_SIZE_HINT]: content.length },
    }));
    await writeFile(`${file}.gz`, gzipSync(content, { level: 9 }));
  }
}
