import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';

/**
 * linkedom gives every node it creates (elements, text, attributes) an entry in a WeakMap of
 * event listeners, in its EventTarget constructor. The builder creates millions of nodes and
 * listens to none: those entries were a fifth of a 20,000-item build's time plus most of its
 * garbage collection (bench/README.md, 2026-12-03). This makes the entry lazy: made by the
 * first addEventListener, and an absent one means no listeners.
 */
function lazyListenerMaps(): Plugin {
  const constructor = 'wm.set(this, new Map);';
  return {
    name: 'cms-linkedom-lazy-listener-maps',
    transform(code, id) {
      if (!id.replace(/\\/g, '/').endsWith('linkedom/esm/interface/event-target.js')) return null;
      if (!code.includes(constructor)) throw new Error('linkedom changed: review the lazy listener maps patch in vite.builder.config.ts');
      // map: null, the mappings stay: the edits keep every line where it was.
      const patched = code
        .replace(constructor, '')
        .replace('const map = wm.get(currentTarget);', 'const map = wm.get(currentTarget) || new Map;')
        .replace(/addEventListener\(type, listener, options\) \{\n\s*const map = wm.get\(this\);/, 'addEventListener(type, listener, options) {\n    let map = wm.get(this);\n    if (!map) wm.set(this, map = new Map);')
        .replace(/removeEventListener\(type, listener\) \{\n\s*const map = wm.get\(this\);/, 'removeEventListener(type, listener) {\n    const map = wm.get(this) || new Map;');
      return { code: patched, map: null };
    },
  };
}

// The site builder as Node modules: builder/cli.mjs (src/build/cli.ts) and the threads it
// starts, builder/page-worker.mjs, with the same views as the browser's bundle and linkedom
// (bundled in, patched above) standing in for the document.
export default defineConfig({
  publicDir: false,
  ssr: { noExternal: true },
  plugins: [lazyListenerMaps()],
  build: {
    ssr: true,
    outDir: 'builder',
    emptyOutDir: true,
    target: 'node20',
    sourcemap: true,
    rolldownOptions: {
      input: { cli: resolve(import.meta.dirname, 'src/build/cli.ts'), 'page-worker': resolve(import.meta.dirname, 'src/build/page-worker.ts') },
      output: { entryFileNames: '[name].mjs', chunkFileNames: '[name]-[hash].mjs' },
    },
  },
});
