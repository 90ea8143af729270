// Draws the portal's own share images into public/ with headless Chromium, from the favicon's
// star and the site's colours: og-image.png (1200×630, what a shared page shows when its own
// picture cannot be shown: none, or an SVG, which Facebook and Zalo do not preview) and
// logo.png (512×512, the publisher's logo in NewsArticle JSON-LD, which must be raster).
// The PNGs are committed; run this again only to change them:
//   node scripts/make-share-images.mjs ["Tên cổng thông tin"]
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';

const name = process.argv[2] ?? 'Trang thông tin điện tử tổng hợp';
const star = readFileSync(new URL('../public/favicon.svg', import.meta.url), 'utf8');
const escape = (text) => text.replace(/[&<>]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c]);

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
try {
  const page = await browser.newPage({ viewport: { width: 1200, height: 630 } });
  await page.setContent(`<!doctype html><html lang="vi"><body style="margin:0">
    <div style="width:1200px;height:630px;box-sizing:border-box;padding:80px;display:flex;flex-direction:column;justify-content:center;gap:48px;
      background:linear-gradient(160deg,#a50e0e 0%,#7d0a0a 100%);color:#fff;font-family:'DejaVu Sans','Noto Sans',sans-serif">
      <div style="width:160px;height:160px">${star.replace('<svg ', '<svg width="160" height="160" ')}</div>
      <div style="font-size:64px;font-weight:700;line-height:1.15">${escape(name)}</div>
      <div style="font-size:32px;color:#ffd24a">Tin tức · Phỏng vấn · Phim tư liệu</div>
    </div></body></html>`);
  await page.screenshot({ path: new URL('../public/og-image.png', import.meta.url).pathname });
  await page.setViewportSize({ width: 512, height: 512 });
  await page.setContent(`<!doctype html><body style="margin:0">${star.replace('<svg ', '<svg width="512" height="512" style="display:block" ')}</body>`);
  await page.screenshot({ path: new URL('../public/logo.png', import.meta.url).pathname, omitBackground: true });
} finally {
  await browser.close();
}
