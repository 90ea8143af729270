import { expect, inject, test } from 'vitest';

// The static server run.sh uses (scripts/lib/static-server.mjs) serves the build the way the
// image's nginx does (frontend/nginx/default.conf): the build's own Brotli and gzip copies,
// hashed assets cached for a year, pages revalidated, an unknown address a 404 with the 404 page.
const siteUrl = inject('siteUrl');

/** The first script the home page loads: a hashed asset of the build. */
async function scriptPath(): Promise<string> {
  const html = await (await fetch(`${siteUrl}/`)).text();
  const src = /<script[^>]+src="(\/assets\/[^"]+\.js)"/.exec(html)?.[1];
  expect(src, 'the home page loads no /assets/*.js').toBeTruthy();
  return src!;
}

test('a browser that takes Brotli gets the build\'s Brotli copy, one that takes gzip the gzip copy, same bytes', async () => {
  const path = await scriptPath();
  const plain = Buffer.from(await (await fetch(`${siteUrl}${path}`, { headers: { 'Accept-Encoding': 'identity' } })).arrayBuffer());
  // Node's fetch decodes what it is sent (so the bytes compare with the file's); the headers say what was sent.
  const raw = async (encoding: string) => {
    const response = await fetch(`${siteUrl}${path}`, { headers: { 'Accept-Encoding': encoding } });
    return { response, bytes: Buffer.from(await response.arrayBuffer()) };
  };

  const br = await raw('gzip, deflate, br');
  expect(br.response.headers.get('content-encoding')).toBe('br');
  expect(br.response.headers.get('vary')).toBe('Accept-Encoding');
  expect(br.response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
  const gzip = await raw('gzip');
  expect(gzip.response.headers.get('content-encoding')).toBe('gzip');
  const none = await raw('identity');
  expect(none.response.headers.get('content-encoding')).toBeNull();
  expect(Number(none.response.headers.get('content-length'))).toBe(plain.length);
  expect(br.bytes.equals(plain) && gzip.bytes.equals(plain)).toBe(true);
  expect(Number(gzip.response.headers.get('content-length'))).toBeLessThan(plain.length / 2);
  expect(Number(br.response.headers.get('content-length'))).toBeLessThan(Number(gzip.response.headers.get('content-length')));
});

test('hashed assets are cached for a year, pages and config.json are revalidated, and a match answers 304', async () => {
  const path = await scriptPath();
  const asset = await fetch(`${siteUrl}${path}`);
  expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');

  for (const page of ['/', '/chuyen-muc/kinh-te', '/config.json']) {
    const first = await fetch(`${siteUrl}${page}`);
    expect(first.status).toBe(200);
    expect(first.headers.get('cache-control'), page).toBe('no-cache');
    const etag = first.headers.get('etag');
    expect(etag, page).toMatch(/^"[0-9a-f]+-[0-9a-f]+(-br|-gzip)?"$/);
    const again = await fetch(`${siteUrl}${page}`, { headers: { 'If-None-Match': etag! } });
    expect(again.status, page).toBe(304);
    expect(await again.text()).toBe('');
  }
});

test('an address the site has is its page; any other is a 404 with the 404 page, never revalidated as a match', async () => {
  const seed = await fetch(`${siteUrl}/phong-van/nam-2024-dang-bo-thanh-pho-soc-trang-tap-trung-hoan-thien-cac-tieu-chi-do-thi-loai-i?fbclid=x`);
  expect(seed.status).toBe(200);
  expect(await seed.text()).toContain('<h1 tabindex="-1">Năm 2024, Đảng bộ thành phố Sóc Trăng');
  for (const path of ['/bai-viet/khong-co-bai-viet-nay', '/khong/co/trang/nay', '/chuyen-muc/kinh-te/trang/999', '/shell', '/.site-build']) {
    const response = await fetch(`${siteUrl}${path}`);
    expect(response.status, path).toBe(404);
    expect(response.headers.get('content-type'), path).toBe('text/html; charset=utf-8');
    expect(await response.text(), path).toContain('Không tìm thấy trang');
    const etag = response.headers.get('etag')!;
    expect((await fetch(`${siteUrl}${path}`, { headers: { 'If-None-Match': etag } })).status, path).toBe(404);
  }
});

test('every preview link address gets the preview shell, private, never stored, never indexed, never a 304', async () => {
  for (const path of ['/xem-truoc/AAAAAAAAAAEAAAAAAAAAAQ', '/xem-truoc/khong-co', '/xem-truoc']) {
    const first = await fetch(`${siteUrl}${path}`);
    expect(first.status, path).toBe(200);
    expect(first.headers.get('cache-control'), path).toBe('private, no-store');
    expect(first.headers.get('x-robots-tag'), path).toBe('noindex');
    expect(await first.text(), path).toContain('<meta name="robots" content="noindex, nofollow" />');
    const again = await fetch(`${siteUrl}${path}`, { headers: { 'If-None-Match': first.headers.get('etag') ?? '*' } });
    expect(again.status, path).toBe(200);
  }
});
