// The real system for the end-to-end tests: a throwaway PostgreSQL cluster (or a fresh
// database on the server CMS_TEST_CONNECTION names), the API's Release build with its
// demo content, and the built site served by the project's static server, once with a
// config.json pointing at the API and once pointing at a port where nothing answers.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, chownSync, closeSync, cpSync, existsSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const frontend = fileURLToPath(new URL('../..', import.meta.url));
const repo = resolve(frontend, '..');
const apiProject = join(repo, 'Cms.Api');
const apiDll = join(apiProject, 'bin/Release/net10.0/Cms.Api.dll');
const staticServer = join(repo, 'scripts/lib/static-server.mjs');
const dist = join(frontend, 'dist');

const isRoot = process.getuid?.() === 0;

/** A port nothing listens on right now. */
export function freePort() {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
      server.close(() => resolvePort(port));
    });
  });
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Polls `url` until it answers 200, or fails with the log's tail after `timeoutMs`. */
async function waitForOk(url, timeoutMs, child, logFile) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child && child.exitCode !== null) break;
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2000) });
      if (response.ok) return;
    } catch {
      // not up yet
    }
    await sleep(200);
  }
  const tail = logFile && existsSync(logFile) ? readFileSync(logFile, 'utf8').split('\n').slice(-40).join('\n') : '';
  throw new Error(`${url} did not answer 200 within ${timeoutMs} ms${child?.exitCode != null ? ` (exited with ${child.exitCode})` : ''}\n${tail}`);
}

function pgBinDir() {
  try {
    const dir = execFileSync('pg_config', ['--bindir'], { encoding: 'utf8' }).trim();
    if (existsSync(join(dir, 'initdb'))) return dir;
  } catch {
    // no pg_config: look where Debian puts the server binaries
  }
  const base = '/usr/lib/postgresql';
  const versions = existsSync(base) ? readdirSync(base).filter((v) => existsSync(join(base, v, 'bin/initdb'))) : [];
  versions.sort((a, b) => Number(b) - Number(a));
  if (!versions.length) throw new Error('PostgreSQL server binaries (initdb, pg_ctl) not found; install postgresql or set CMS_TEST_CONNECTION');
  return join(base, versions[0], 'bin');
}

/** initdb and pg_ctl refuse to run as root: then they run as the postgres user. */
function runPg(bin, args) {
  const [command, commandArgs] = isRoot ? ['runuser', ['-u', 'postgres', '--', bin, ...args]] : [bin, args];
  const result = spawnSync(command, commandArgs, { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${bin} ${args.join(' ')} failed:\n${result.stdout}\n${result.stderr}`);
}

/** A throwaway cluster in its own temp dir: trust auth, no fsync, gone after stop(). */
async function startCluster(work) {
  const bin = pgBinDir();
  const dir = join(work, 'pg');
  mkdirSync(dir);
  if (isRoot) {
    const id = (flag) => Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }));
    chownSync(dir, id('-u'), id('-g'));
  }
  const port = await freePort();
  runPg(join(bin, 'initdb'), ['-D', join(dir, 'data'), '--auth=trust', '-U', 'postgres', '-E', 'UTF8', '--no-locale']);
  runPg(join(bin, 'pg_ctl'), ['-D', join(dir, 'data'), '-l', join(dir, 'log'), '-w', '-t', '60', 'start',
    '-o', `-c listen_addresses=127.0.0.1 -p ${port} -k ${dir} -c fsync=off -c synchronous_commit=off -c full_page_writes=off`]);
  return {
    connection: `Host=127.0.0.1;Port=${port};Username=postgres;Database=cms_e2e`,
    stop() {
      try {
        runPg(join(bin, 'pg_ctl'), ['-D', join(dir, 'data'), '-m', 'immediate', '-w', 'stop']);
      } catch (error) {
        console.error(String(error));
      }
    },
  };
}

/** Npgsql "Host=..;Port=..;Username=..;Password=.." → libpq keywords, for psql. */
function libpqFrom(npgsql, database) {
  const map = { host: 'host', server: 'host', port: 'port', username: 'user', 'user id': 'user', user: 'user', userid: 'user', password: 'password', pwd: 'password' };
  const parts = [`dbname=${database}`];
  for (const pair of npgsql.split(';')) {
    const index = pair.indexOf('=');
    if (index < 0) continue;
    const key = map[pair.slice(0, index).trim().toLowerCase()];
    if (key) parts.push(`${key}='${pair.slice(index + 1).trim().replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`);
  }
  return parts.join(' ');
}

/**
 * A uniquely named database on the given server. The API creates it (EF migrations
 * create a missing database); dropping it at the end needs psql, when there is one.
 */
function useServer(adminConnection) {
  const name = `cms_fe_e2e_${randomBytes(5).toString('hex')}`;
  const withoutDatabase = adminConnection.split(';').filter((pair) => pair.trim() && !/^\s*(database|initial catalog)\s*=/i.test(pair)).join(';');
  return {
    connection: `${withoutDatabase};Database=${name}`,
    stop() {
      const result = spawnSync('psql', ['-X', '-q', '-c', `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`, libpqFrom(adminConnection, 'postgres')], { encoding: 'utf8' });
      if (result.status !== 0) console.error(`could not drop test database ${name}: ${result.error?.message ?? result.stderr}`);
    },
  };
}

function ensureApiBuilt() {
  if (existsSync(apiDll)) return;
  console.error('The API is not built: dotnet build Cms.Api -c Release');
  const result = spawnSync('dotnet', ['build', apiProject, '-c', 'Release', '--nologo', '-v', 'quiet'], { stdio: 'inherit' });
  if (result.status !== 0 || !existsSync(apiDll)) throw new Error('dotnet build Cms.Api -c Release failed');
}

/** Starts a server process with stdout and stderr in `logFile` (shown when it fails to start). */
function startProcess(command, args, options, logFile) {
  const out = openSync(logFile, 'w');
  try {
    return spawn(command, args, { ...options, stdio: ['ignore', out, out] });
  } finally {
    closeSync(out); // the child has its own copy
  }
}

function stopProcess(child) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((done) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('exit', () => {
      clearTimeout(timer);
      done();
    });
    child.kill('SIGTERM');
  });
}

const builderCli = join(frontend, 'builder/cli.mjs');

/**
 * A copy of the built site with its own config.json, its pages written by the site builder
 * from the API (a full build, then a watch following the changes feed every 250 ms, as run.sh
 * runs it), served on a free port. `from` copies an already built site instead (the site
 * whose API is down: its pages were written while the API was up).
 */
async function startSite(work, name, apiBaseUrl, port, { from, watch = true } = {}) {
  if (!existsSync(join(dist, '.shell.html')) || !existsSync(builderCli)) throw new Error('frontend/dist or frontend/builder is missing: run `npm run build` first');
  const root = join(work, name);
  cpSync(from ?? dist, root, { recursive: true });
  writeFileSync(join(root, 'config.json'), JSON.stringify({ apiBaseUrl }));
  port ??= await freePort();
  const url = `http://127.0.0.1:${port}`;
  const children = [];
  const state = join(work, `${name}.state`);
  const builderArgs = [builderCli, '--out', root, '--state', state, '--api', apiBaseUrl, '--site-url', url];
  if (!from) {
    const built = spawnSync(process.execPath, [builderCli, 'build', ...builderArgs.slice(1)], { encoding: 'utf8' });
    if (built.status !== 0) throw new Error(`the site builder failed:\n${built.stdout}\n${built.stderr}`);
  }
  if (!from && watch) {
    children.push(startProcess(process.execPath, [builderCli, 'watch', ...builderArgs.slice(1), '--interval', '250'], {}, join(work, `${name}-builder.log`)));
  }
  const logFile = join(work, `${name}.log`);
  const child = startProcess(process.execPath, [staticServer, root, String(port), '127.0.0.1'], {}, logFile);
  children.push(child);
  await waitForOk(`${url}/config.json`, 10_000, child, logFile);
  return { url, root, state, children, builderLog: join(work, `${name}-builder.log`) };
}

/**
 * @param {{ log?: (line: string) => void }} [options]
 * Starts everything; returns the URLs and a stop() that tears down whatever was started,
 * also when starting failed halfway (then the error is rethrown after the cleanup).
 */
export async function startStack({ log = () => {} } = {}) {
  const work = mkdtempSync(join(tmpdir(), 'cms-fe-e2e-'));
  // The postgres user must pass through to its cluster's folder; nobody may list it.
  if (isRoot) chmodSync(work, 0o711);
  const children = [];
  let database;
  let stopped = false;
  const stop = async () => {
    stopped = true;
    await Promise.all(children.map(stopProcess));
    database?.stop();
    rmSync(work, { recursive: true, force: true });
  };
  process.once('exit', () => {
    // Last resort when the run ends without teardown (a crash): no orphaned API or cluster.
    if (stopped) return;
    for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
    database?.stop();
  });

  try {
    ensureApiBuilt();
    const admin = process.env.CMS_TEST_CONNECTION;
    log(admin ? 'database: a new database on CMS_TEST_CONNECTION' : 'database: a throwaway PostgreSQL cluster');
    database = admin ? useServer(admin) : await startCluster(work);

    const apiPort = await freePort();
    const apiUrl = `http://127.0.0.1:${apiPort}`;
    // Chosen now: the API puts the site's URLs in its feeds and sitemaps.
    const sitePort = await freePort();
    const apiLog = join(work, 'api.log');
    // The admin UI signs in with it; the tests drive the UI and call /manage with it.
    const adminPassword = randomBytes(18).toString('base64url');
    // From the project folder, as run.sh starts it: the demo media live in its wwwroot.
    const api = startProcess('dotnet', [apiDll, '--urls', apiUrl], {
      cwd: apiProject,
      env: {
        ...process.env,
        ConnectionStrings__Cms: database.connection,
        Cms__DataDirectory: join(work, 'api-data'),
        Cms__Admin__Password: adminPassword,
        Cms__Site__BaseUrl: `http://127.0.0.1:${sitePort}`,
        // The admin UI (/admin/ of the site) calls /auth and /manage from the site's origin.
        Cms__Cors__AdminOrigins__0: `http://127.0.0.1:${sitePort}`,
        // Small enough for the admin's test to send a larger image (a 413) without megabytes of data.
        Cms__Media__MaxUploadBytes: '1000000',
        // Every test file signs in from 127.0.0.1 against this one API: past 20 a minute (the
        // default per address) the suite's own sign-ins were refused (429) and a test timed out
        // waiting for the admin. The limit itself is tested in SignInProtectionTests.
        Cms__RateLimits__SignInPerMinute: '0',
        Logging__LogLevel__Default: 'Warning',
        DOTNET_NOLOGO: '1',
      },
    }, apiLog);
    children.push(api);
    log(`API: starting on ${apiUrl}`);
    await waitForOk(`${apiUrl}/health`, 90_000, api, apiLog);

    const site = await startSite(work, 'site', apiUrl, sitePort);
    children.push(...site.children);
    // Where "the API is down": a port that was free a moment ago and stays unused; its pages
    // are the live site's, written while the API was up.
    const deadSite = await startSite(work, 'site-api-down', `http://127.0.0.1:${await freePort()}`, undefined, { from: site.root });
    children.push(...deadSite.children);
    log(`site: ${site.url} (API down: ${deadSite.url})`);
    return { apiUrl, siteUrl: site.url, siteRoot: site.root, builderLog: site.builderLog, deadSiteUrl: deadSite.url, adminUser: 'admin', adminPassword, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
