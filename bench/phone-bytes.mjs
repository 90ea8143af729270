#!/usr/bin/env node
// bench/phone-bytes.mjs: the bytes a phone downloads for the home page (issue 21), not a test.
//
// Chromium (Debian's, driven by playwright-core from frontend/node_modules) opens the home page
// of a running site as a phone (390×844, DPR 2 and 3, touch, nothing cached), scrolls to the end
// so every lazy picture is asked for, waits until the network is quiet, and prints the bytes of
// the images and of everything (bodies as sent, compressed where they were, plus headers).
// With --seed it first puts photos into the media library and publishes one article per photo
// with it as cover (once per database: the articles are found by title after that), so the
// site before and after a change can be measured with the same library content.
//
// Usage: node bench/phone-bytes.mjs --site http://127.0.0.1:5173
//        node bench/phone-bytes.mjs --site URL --seed --api http://127.0.0.1:5080 --user admin --password PW
// Knobs: --runs N (3 per pixel ratio; the median is printed), --photos N (8).
import { createRequire } from 'node:module';

const require = createRequire(new URL('../frontend/package.json', import.meta.url));
const { chromium } = require('playwright-core');

const args = Object.fromEntries(process.argv.slice(2).reduce((pairs, arg, i, all) => {
  if (arg.startsWith('--')) pairs.push([arg.slice(2), all[i + 1] && !all[i + 1].startsWith('--') ? all[i + 1] : 'true']);
  return pairs;
}, []));
const site = (args.site ?? 'http://127.0.0.1:5173').replace(/\/$/, '');
const runs = Number(args.runs ?? 3);
const photoCount = Number(args.photos ?? 8);
const titleOf = (n) => `Ảnh đo dung lượng trên điện thoại số ${n}`;

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-quic'],
});
try {
  if (args.seed) await seed();
  console.log(`home page of ${site} as a phone (390×844), nothing cached; median of ${runs} runs`);
  console.log('DPR  images  image bytes  requests  total bytes');
  for (const dpr of [2, 3]) {
    const results = [];
    for (let run = 0; run < runs; run++) results.push(await measure(dpr));
    results.sort((a, b) => a.total - b.total);
    const m = results[Math.floor(results.length / 2)];
    console.log(`${String(dpr).padStart(3)}  ${String(m.images).padStart(6)}  ${String(m.imageBytes).padStart(11)}  ${String(m.requests).padStart(8)}  ${String(m.total).padStart(11)}`);
  }
} finally {
  await browser.close();
}

async function measure(dpr) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: dpr, isMobile: true, hasTouch: true, locale: 'vi-VN' });
  const page = await context.newPage();
  const finished = [];
  page.on('requestfinished', (request) => finished.push(request));
  await page.goto(`${site}/`, { waitUntil: 'load' });
  // Scroll down a screen at a time so lazy pictures load as a reader would bring them in.
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  for (let y = 0; y < height; y += 700) {
    await page.evaluate((top) => window.scrollTo(0, top), y);
    await page.waitForTimeout(150);
  }
  await quiet(page, finished);
  let total = 0, imageBytes = 0, images = 0;
  for (const request of finished) {
    const sizes = await request.sizes().catch(() => null);
    if (!sizes) continue;
    const bytes = sizes.responseBodySize + sizes.responseHeadersSize;
    total += bytes;
    if (request.resourceType() === 'image') {
      images++;
      imageBytes += bytes;
    }
  }
  await context.close();
  return { images, imageBytes, requests: finished.length, total };
}

/** Until no request has finished for a second. */
async function quiet(page, finished) {
  let seen = -1;
  while (seen !== finished.length) {
    seen = finished.length;
    await page.waitForTimeout(1000);
  }
}

async function seed() {
  const api = (args.api ?? 'http://127.0.0.1:5080').replace(/\/$/, '');
  const token = await fetch(`${api}/api/v1/auth/token`, {
    method: 'POST', headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ userName: args.user ?? 'admin', password: args.password }),
  }).then(async (r) => (r.ok ? (await r.json()).accessToken : Promise.reject(new Error(`sign-in: HTTP ${r.status}`))));
  const manage = async (method, path, body, ifMatch) => {
    const headers = { Authorization: `Bearer ${token}` };
    if (body && !(body instanceof FormData)) headers['Content-Type'] = 'application/json';
    if (ifMatch) headers['If-Match'] = ifMatch;
    const r = await fetch(`${api}/api/v1/manage${path}`, { method, headers, body: body instanceof FormData ? body : body && JSON.stringify(body) });
    if (!r.ok) throw new Error(`${method} ${path}: HTTP ${r.status} ${await r.text()}`);
    return { etag: r.headers.get('ETag'), json: r.status === 204 ? null : await r.json() };
  };
  const existing = (await fetch(`${api}/api/v1/content?q=${encodeURIComponent('Ảnh đo dung lượng')}&pageSize=20`).then((r) => r.json())).items ?? [];
  const sections = await fetch(`${api}/api/v1/categories`).then((r) => r.json());
  const page = await browser.newPage();
  for (let n = 1; n <= photoCount; n++) {
    if (existing.some((item) => item.title === titleOf(n))) continue;
    const form = new FormData();
    form.append('file', new Blob([await photo(page, n)], { type: 'image/jpeg' }), `anh-do-${n}.jpg`);
    const media = (await manage('POST', '/media', form)).json;
    const created = await manage('POST', '/articles', {
      title: titleOf(n), summary: 'Bài có ảnh bìa từ thư viện ảnh, để đo dung lượng trang chủ.', body: '<p>Nội dung.</p>',
      categoryId: sections[n % sections.length]?.id, coverImage: { url: media.url, alt: `Ảnh số ${n}` },
    });
    await manage('POST', `/articles/${created.json.id}/publish`, undefined, created.etag);
    console.log(`seeded ${titleOf(n)} with ${media.url} (${media.sizeBytes} bytes)`);
  }
  await page.close();
  // The site's watch writes the home page again within moments of the changes.
  for (let waited = 0; waited < 60; waited++) {
    const html = await fetch(`${site}/`).then((r) => r.text());
    if (html.includes(titleOf(photoCount)) || html.includes(titleOf(1))) return;
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  console.log('warning: the home page does not show the seeded articles yet');
}

/** A 1600×1067 photo-like JPEG (gradients, shapes, grain), the same for the same n. */
async function photo(page, n) {
  const base64 = await page.evaluate((seed) => {
    let state = seed * 7919;
    const random = () => ((state = (state * 1103515245 + 12345) % 2147483648) / 2147483648);
    const canvas = document.createElement('canvas');
    [canvas.width, canvas.height] = [1600, 1067];
    const c = canvas.getContext('2d');
    const sky = c.createLinearGradient(0, 0, 0, 1067);
    sky.addColorStop(0, `hsl(${200 + random() * 30}, 60%, 70%)`);
    sky.addColorStop(1, `hsl(${90 + random() * 60}, 40%, 35%)`);
    c.fillStyle = sky;
    c.fillRect(0, 0, 1600, 1067);
    for (let i = 0; i < 120; i++) {
      c.fillStyle = `hsla(${random() * 360}, ${30 + random() * 50}%, ${20 + random() * 60}%, ${0.3 + random() * 0.6})`;
      c.beginPath();
      c.ellipse(random() * 1600, random() * 1067, 10 + random() * 160, 10 + random() * 90, random() * 3, 0, Math.PI * 2);
      c.fill();
    }
    const pixels = c.getImageData(0, 0, 1600, 1067);
    for (let i = 0; i < pixels.data.length; i += 4) {
      const grain = (random() - 0.5) * 24;
      pixels.data[i] += grain;
      pixels.data[i + 1] += grain;
      pixels.data[i + 2] += grain;
    }
    c.putImageData(pixels, 0, 0);
    return canvas.toDataURL('image/jpeg', 0.85).split(',')[1];
  }, n);
  return Buffer.from(base64, 'base64');
}
