import { copyFile, readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import { precompress } from './scripts/precompress.ts';

/**
 * Finishes the build's folder, in this order: copies index.html to .shell.html (the template
 * the site builder, src/build, writes every page from; index.html itself becomes the home
 * page), writes xem-truoc.html (the shell the servers send for every /xem-truoc/<token>: a
 * preview link's page, drawn in the browser and never indexed), then writes a Brotli and a
 * gzip copy of every text file for the servers to send as they are (scripts/precompress.ts).
 */
function finishDist(): Plugin {
  let outDir = 'dist';
  return {
    name: 'cms-finish-dist',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    async closeBundle() {
      await copyFile(resolve(outDir, 'index.html'), resolve(outDir, '.shell.html'));
      await writeFile(resolve(outDir, 'xem-truoc.html'), previewShell(await readFile(resolve(outDir, 'index.html'), 'utf8')));
      await precompress(outDir);
    },
  };
}

/** The site's shell for preview links: the same page, with robots told to keep out before any script runs. */
function previewShell(indexHtml: string): string {
  return indexHtml.replace('</head>', '  <meta name="robots" content="noindex, nofollow" />\n  </head>');
}

export default defineConfig({
  // Absolute base: pages live at nested paths (/bai-viet/slug) and must still find /assets.
  base: '/',
  build: {
    target: 'es2022',
    sourcemap: true,
    // Two pages with separate bundles: the public site and the admin UI (/admin/). The
    // site's bundle never carries admin code; shared modules go into shared chunks.
    rolldownOptions: {
      input: {
        site: resolve(import.meta.dirname, 'index.html'),
        admin: resolve(import.meta.dirname, 'admin/index.html'),
      },
    },
  },
  plugins: [finishDist()],
});
