import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { expect, inject, test } from 'vitest';
import { fetchOpenApiDocument } from '../../scripts/api-types.mjs';

const run = promisify(execFile);
const root = fileURLToPath(new URL('../../', import.meta.url));

interface Problem {
  ruleId: string;
  severity: string;
  message: string;
  location: { pointer?: string }[];
}

// The document a client generator reads, linted as served: Redocly's recommended rules
// (redocly.yaml), no error and no warning. A problem is listed with where it is.
test('the OpenAPI document the API serves passes Redocly lint with no error or warning', async () => {
  const document = await fetchOpenApiDocument(inject('apiUrl'));
  const folder = await mkdtemp(join(tmpdir(), 'cms-openapi-'));
  try {
    const file = join(folder, 'openapi.json');
    await writeFile(file, JSON.stringify(document));
    const cli = join(root, 'node_modules/@redocly/cli/bin/cli.js');
    const args = [cli, 'lint', '--config', join(root, 'redocly.yaml'), '--format', 'json', file];
    // Exit code 1 on errors; the JSON report on stdout says which.
    const { stdout } = await run(process.execPath, args, {
      env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
      maxBuffer: 64 * 1024 * 1024,
    }).catch((failure: { stdout?: string }) => ({ stdout: failure.stdout ?? '' }));
    const report = JSON.parse(stdout) as { problems: Problem[] };
    const problems = report.problems.map((p) => `${p.severity} ${p.ruleId} at ${p.location[0]?.pointer ?? '?'}: ${p.message}`);
    expect(problems).toEqual([]);
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}, 60_000);
