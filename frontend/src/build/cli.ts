// The site builder's command line (npm run site -- build|watch, or node builder/cli.mjs):
//
//   build   write the site: everything on the first run (an empty state folder), afterwards
//           what changed since the last run (a restart resumes from the saved feed token)
//   watch   build, then follow the API's changes feed, writing what each change touches;
//           every written or removed address is logged ("written /bai-viet/x") for a CDN purge
//
// Options (flags win over environment variables):
//   --out DIR        the built site to write into (default: dist); it must hold `npm run build`'s output
//   --state DIR      the builder's own folder, not served (default: DIR.state beside --out)
//   --api URL        the API's public address, which pages link to (CMS_API_URL; default:
//                    apiBaseUrl of DIR/config.json)
//   --api-internal URL  where the builder reaches the API, if not at that address (CMS_API_INTERNAL_URL;
//                    e.g. http://api:8080 between containers)
//   --site-url URL   the site's public address for canonical URLs (CMS_SITE_URL; required)
//   --site-name TEXT the portal's name (CMS_SITE_NAME; default: config.json's siteName)
//   --interval MS    watch: how often the feed is read (default 2000)
//   --workers N      threads drawing pages (default: one per core)
//   --concurrency N  pages fetched and drawn at once, over all threads (default: 4 per thread)
//   --batch N        changes read per request of the feed, and saved as one step (default 1000)
//   --clean          forget the state: a full build from the feed's beginning
import { readFile, rm } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { parseConfig } from '../config';
import { SiteBuilder } from './site-builder';

async function main(): Promise<void> {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: {
      out: { type: 'string', default: 'dist' },
      state: { type: 'string' },
      api: { type: 'string' },
      'api-internal': { type: 'string' },
      'site-url': { type: 'string' },
      'site-name': { type: 'string' },
      interval: { type: 'string', default: '2000' },
      workers: { type: 'string' },
      concurrency: { type: 'string' },
      batch: { type: 'string', default: '1000' },
      clean: { type: 'boolean', default: false },
    },
  });
  const command = positionals[0];
  if (command !== 'build' && command !== 'watch') throw new Error('usage: cli build|watch [--out DIR] [--api URL] --site-url URL');
  const out = resolve(values.out);
  const stateDir = resolve(values.state ?? `${out}.state`);
  const fromFile = await readFile(resolve(out, 'config.json'), 'utf8').then((text) => JSON.parse(text) as Record<string, unknown>, () => ({}));
  const config = parseConfig({
    ...fromFile,
    ...(values.api ?? process.env.CMS_API_URL ? { apiBaseUrl: values.api ?? process.env.CMS_API_URL } : {}),
    ...(values['site-name'] ?? process.env.CMS_SITE_NAME ? { siteName: values['site-name'] ?? process.env.CMS_SITE_NAME } : {}),
  });
  const siteUrl = values['site-url'] ?? process.env.CMS_SITE_URL;
  if (!siteUrl || !/^https?:\/\/\S+$/.test(siteUrl)) throw new Error('--site-url (or CMS_SITE_URL) must be the site\'s public http(s) address');
  if (values.clean) await rm(stateDir, { recursive: true, force: true });

  const apiFetchUrl = values['api-internal'] ?? process.env.CMS_API_INTERNAL_URL;
  const builder = await SiteBuilder.open({
    config, siteUrl, out, stateDir, batch: Number(values.batch) || 1000,
    // Bundled beside this file (vite.builder.config.ts).
    workerScript: join(dirname(fileURLToPath(import.meta.url)), 'page-worker.mjs'),
    ...(Number(values.workers) > 0 ? { workers: Number(values.workers) } : {}),
    ...(Number(values.concurrency) > 0 ? { concurrency: Number(values.concurrency) } : {}),
    ...(apiFetchUrl ? { apiFetchUrl } : {}),
  });
  try {
    const started = performance.now();
    if (command === 'build') {
      const result = await builder.sync();
      console.log(`site: ${result.pages} pages written, ${result.removed.length} removed in ${((performance.now() - started) / 1000).toFixed(1)} s`);
      return;
    }
    const stop = new AbortController();
    for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => stop.abort());
    console.log(`site: watching ${config.apiBaseUrl}/api/v1/changes every ${values.interval} ms`);
    await builder.watch(Number(values.interval) || 2000, stop.signal);
  } finally {
    await builder.close();
  }
}

main().catch((error: unknown) => {
  console.error(`site builder: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
