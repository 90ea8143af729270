import { resolve } from 'node:path';
import { defineConfig } from 'vite';

// The site builder (src/build/cli.ts) as one Node module, builder/cli.mjs: the same views as
// the browser's bundle, with linkedom standing in for the browser's document.
export default defineConfig({
  publicDir: false,
  build: {
    ssr: resolve(import.meta.dirname, 'src/build/cli.ts'),
    outDir: 'builder',
    emptyOutDir: true,
    target: 'node20',
    sourcemap: true,
    rolldownOptions: { output: { entryFileNames: 'cli.mjs' } },
  },
});
