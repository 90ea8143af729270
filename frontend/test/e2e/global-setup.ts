// Vitest global setup of the e2e project: start the real stack once for all e2e files,
// hand its URLs to the tests, and tear it down afterwards, pass or fail.
import type { TestProject } from 'vitest/node';
import { startStack } from './stack.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    apiUrl: string;
    siteUrl: string;
    /** The folder the site builder writes the live site's pages into (its watch keeps them current). */
    siteRoot: string;
    /** The watch's log: "written /bai-viet/x" per page it writes. */
    builderLog: string;
    deadSiteUrl: string;
    adminUser: string;
    adminPassword: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const started = Date.now();
  const stack = await startStack({ log: (line: string) => console.log(`[e2e] ${line}`) });
  console.log(`[e2e] stack up in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  project.provide('apiUrl', stack.apiUrl);
  project.provide('siteUrl', stack.siteUrl);
  project.provide('siteRoot', stack.siteRoot);
  project.provide('builderLog', stack.builderLog);
  project.provide('deadSiteUrl', stack.deadSiteUrl);
  project.provide('adminUser', stack.adminUser);
  project.provide('adminPassword', stack.adminPassword);
  return stack.stop;
}
