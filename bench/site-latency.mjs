// Publish-to-page latency, for bench/site.sh: publishes articles one at a time through the API
// and times each from the publish call's answer until its page's file is in the site folder
// (the builder's watch writes it). Prints "p50 X ms, p99 Y ms, max Z ms".
//   node bench/site-latency.mjs API_URL ADMIN_PASSWORD SITE_DIR COUNT
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const [apiUrl, password, siteDir, countArg = '50'] = process.argv.slice(2);
const count = Number(countArg);
const json = async (response) => {
  if (!response.ok) throw new Error(`${response.url}: HTTP ${response.status} ${await response.text()}`);
  return response.json();
};
const { accessToken } = await json(await fetch(`${apiUrl}/api/v1/auth/token`, {
  method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ userName: 'admin', password }),
}));
const headers = { Authorization: `Bearer ${accessToken}`, 'Content-Type': 'application/json' };
const categories = await json(await fetch(`${apiUrl}/api/v1/categories`));

const waits = [];
for (let i = 0; i < count; i++) {
  const draft = await json(await fetch(`${apiUrl}/api/v1/manage/articles`, {
    method: 'POST', headers,
    body: JSON.stringify({ title: `Bài đo thời gian đăng số ${i + 1}`, summary: 'Đo từ lúc đăng đến lúc trang có trên site.', body: '<p>Nội dung.</p>',
      categoryId: categories[i % categories.length].id, tags: ['Sóc Trăng'] }),
  }));
  const read = await fetch(`${apiUrl}/api/v1/manage/articles/${draft.id}`, { headers });
  await read.arrayBuffer();
  await json(await fetch(`${apiUrl}/api/v1/manage/articles/${draft.id}/publish`, { method: 'POST', headers: { ...headers, 'If-Match': read.headers.get('etag') } }));
  const published = performance.now();
  const file = join(siteDir, 'bai-viet', `${draft.slug}.html`);
  while (!existsSync(file)) {
    if (performance.now() - published > 60_000) throw new Error(`${file} did not appear within 60 s`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  waits.push(performance.now() - published);
  // Readers' pace, not a burst: the next one after a short pause.
  await new Promise((resolve) => setTimeout(resolve, 200));
}
waits.sort((a, b) => a - b);
const at = (q) => waits[Math.min(waits.length - 1, Math.ceil(q * waits.length) - 1)];
console.log(`p50 ${at(0.5).toFixed(0)} ms, p99 ${at(0.99).toFixed(0)} ms, max ${waits.at(-1).toFixed(0)} ms`);
