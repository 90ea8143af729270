// The site as files: what readers without JavaScript, crawlers and share previews get from
// the pages the site builder wrote, and how its watch keeps them current (publish, edit,
// unpublish, delete, renames), touching only the files a change shows on.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { CategoryNode, ContentSummary, Interview, Page, Video } from '../../src/api/types';
import { archiveCount, olderThanLatest } from '../../src/archive';
import { SECTION_PAGE_SIZE } from '../../src/views/section';
import { manage } from './admin-helpers';
import { apiJson, launchBrowser, newReader, visit } from './browser';

const apiUrl = inject('apiUrl');
const siteUrl = inject('siteUrl');
const siteRoot = inject('siteRoot');
const seedSlug = 'nam-2024-dang-bo-thanh-pho-soc-trang-tap-trung-hoan-thien-cac-tieu-chi-do-thi-loai-i';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** A page as a crawler or a share preview fetches it: status, <title>, meta tags, JSON-LD. */
async function crawl(path: string) {
  const response = await fetch(`${siteUrl}${path}`);
  const html = await response.text();
  const attr = (tag: string, name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1];
  const meta: Record<string, string[]> = {};
  for (const tag of html.match(/<meta [^>]*>/g) ?? []) {
    const key = attr(tag, 'property') ?? attr(tag, 'name');
    const content = attr(tag, 'content');
    if (key && content !== undefined) (meta[key] ??= []).push(decode(content));
  }
  const jsonLd = [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => JSON.parse(m[1]!) as Record<string, unknown>);
  const canonical = /<link [^>]*rel="canonical"[^>]*>/.exec(html)?.[0];
  return {
    status: response.status,
    html,
    title: decode(/<title>([^<]*)<\/title>/.exec(html)?.[1] ?? ''),
    meta: (key: string) => meta[key]?.[0],
    metas: (key: string) => meta[key] ?? [],
    jsonLd,
    canonical: canonical ? decode(attr(canonical, 'href') ?? '') : undefined,
  };
}

function decode(text: string): string {
  return text.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

describe('readers without JavaScript', () => {
  test('read the seed interview whole: title, interviewee, every question and answer, byline, view count', async () => {
    const interview = await apiJson<Interview>(apiUrl, `/interviews/${seedSlug}`);
    const context = await browser.newContext({ javaScriptEnabled: false, locale: 'vi-VN' });
    const page = await context.newPage();
    await page.goto(`${siteUrl}/phong-van/${seedSlug}`);
    await expect(page.locator('main h1').innerText()).resolves.toBe(interview.title);
    await expect(page.locator('main .lead').innerText()).resolves.toBe(interview.summary);
    await expect(page.locator('main .interviewee-name').innerText()).resolves.toBe(interview.interviewee!.name);
    const questions = await page.locator('main .qa .exchange .question-text').allInnerTexts();
    expect(questions).toEqual(interview.exchanges.map((exchange) => exchange.question));
    const answers = await page.locator('main .qa .exchange .answer').allInnerTexts();
    expect(answers.map((text) => text.replace(/\s+/g, ' ').trim())).toEqual(interview.exchanges.map((exchange) =>
      `${exchange.speaker}: ${exchange.answer}`.replace(/\s+/g, ' ').trim()));
    await expect(page.locator('main .byline .author').innerText()).resolves.toBe(interview.author);
    await expect(page.locator('main .story-meta .views').innerText()).resolves.toMatch(/^Lượt xem: [\d.]+$/);
    // The menu and the latest videos are there; the boxes only the script fills are not shown.
    await expect(page.locator('.site-nav a').count()).resolves.toBeGreaterThan(3);
    await expect(page.locator('.box-videos .mini-videos li').count()).resolves.toBeGreaterThan(0);
    await expect(page.locator('.box-stats').isVisible()).resolves.toBe(false);
    await expect(page.locator('.box-most-read').isVisible()).resolves.toBe(false);
    await context.close();
  });

  test('page through a section to its archive, and open a video with its player', async () => {
    const section = 'kinh-te';
    const all = await apiJson<Page<ContentSummary>>(apiUrl, `/content?category=${section}&pageSize=100`);
    const context = await browser.newContext({ javaScriptEnabled: false, locale: 'vi-VN' });
    const page = await context.newPage();
    await page.goto(`${siteUrl}/chuyen-muc/${section}`);
    const titles = () => page.locator('main .story-list .card-title').allInnerTexts();
    expect((await titles()).length).toBeGreaterThan(0);
    await page.locator('main .pager').getByRole('link', { name: 'Trang cũ hơn' }).click();
    await page.waitForURL(`**/chuyen-muc/${section}/trang/${olderThanLatest(all.totalItems, SECTION_PAGE_SIZE)}`);
    await expect(page.locator('main h1').textContent()).resolves.toMatch(/^Kinh tế - Trang \d+$/);
    expect((await titles()).length).toBe(SECTION_PAGE_SIZE);

    const videos = await apiJson<Page<ContentSummary>>(apiUrl, '/videos?pageSize=1');
    const video = await apiJson<Video>(apiUrl, `/videos/${videos.items[0]!.slug}`);
    await page.goto(`${siteUrl}/video/${video.slug}`);
    await expect(page.locator('main h1').innerText()).resolves.toBe(video.title);
    await expect(page.locator('main .player video').getAttribute('src')).resolves.toBe(new URL(video.source.value, apiUrl).href);
    await context.close();
  });
});

describe('crawlers and share previews (plain HTTP, no script)', () => {
  test('every kind of page carries its title, description, Open Graph, Twitter card and JSON-LD', async () => {
    const interview = await apiJson<Interview>(apiUrl, `/interviews/${seedSlug}`);
    const videos = await apiJson<Page<ContentSummary>>(apiUrl, '/videos?pageSize=1');
    const video = await apiJson<Video>(apiUrl, `/videos/${videos.items[0]!.slug}`);
    const articles = await apiJson<Page<ContentSummary>>(apiUrl, '/articles?pageSize=1');
    const tree = await apiJson<CategoryNode[]>(apiUrl, '/categories');
    const pages = [
      { path: '/', type: 'website', title: 'Trang thông tin điện tử tổng hợp', ld: [] as string[] },
      { path: `/phong-van/${seedSlug}`, type: 'article', title: interview.title, ld: ['NewsArticle', 'BreadcrumbList'] },
      { path: `/bai-viet/${articles.items[0]!.slug}`, type: 'article', title: articles.items[0]!.title, ld: ['NewsArticle', 'BreadcrumbList'] },
      { path: `/video/${video.slug}`, type: 'video.other', title: video.title, ld: ['VideoObject', 'BreadcrumbList'] },
      { path: `/chuyen-muc/${tree[1]!.slug}`, type: 'website', title: tree[1]!.name, ld: ['BreadcrumbList'] },
      { path: '/tu-khoa/soc-trang', type: 'website', title: 'Từ khóa: Sóc Trăng', ld: ['BreadcrumbList'] },
      { path: '/phim-tu-lieu', type: 'website', title: 'Phim tư liệu', ld: ['BreadcrumbList'] },
    ];
    for (const expected of pages) {
      const page = await crawl(`${expected.path}?utm_source=zalo&fbclid=x`);
      const where = expected.path;
      expect(page.status, where).toBe(200);
      expect(page.title, where).toMatch(new RegExp(`^${expected.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}( \\||$)`));
      expect(page.html, where).not.toContain('undefined');
      // Shares of one page with tracking parameters count as one: the clean address.
      expect(page.canonical, where).toBe(`${siteUrl}${expected.path}`);
      expect(page.meta('og:url'), where).toBe(`${siteUrl}${expected.path}`);
      expect(page.meta('og:type'), where).toBe(expected.type);
      expect(page.meta('og:title'), where).toBe(expected.title);
      expect(page.meta('og:description')?.length, where).toBeGreaterThan(10);
      expect(page.meta('description'), where).toBe(page.meta('og:description'));
      expect(page.meta('og:locale'), where).toBe('vi_VN');
      expect(page.meta('twitter:card'), where).toBe('summary_large_image');
      // A raster picture with its size, at an absolute address that answers with an image.
      const image = page.meta('og:image')!;
      expect(image, where).toMatch(/^https?:\/\/.+\.(png|jpe?g|webp|gif)$/);
      expect(Number(page.meta('og:image:width')), where).toBeGreaterThanOrEqual(1200);
      expect(Number(page.meta('og:image:height')), where).toBeGreaterThan(0);
      const picture = await fetch(image);
      expect(picture.status, image).toBe(200);
      expect(picture.headers.get('content-type'), image).toMatch(/^image\/(png|jpeg|webp|gif)$/);
      expect(page.jsonLd.map((block) => block['@type']), where).toEqual(expected.ld);
    }

    const seed = await crawl(`/phong-van/${seedSlug}`);
    const [news] = seed.jsonLd as [Record<string, unknown>];
    expect(news).toMatchObject({
      headline: interview.title,
      datePublished: interview.publishedAt,
      dateModified: interview.updatedAt,
      author: [{ '@type': 'Person', name: interview.author }],
      publisher: { '@type': 'Organization', logo: { '@type': 'ImageObject', url: `${siteUrl}/logo.png` } },
      image: [seed.meta('og:image')],
    });
    expect(seed.meta('article:published_time')).toBe(interview.publishedAt);
    expect(seed.meta('article:modified_time')).toBe(interview.updatedAt);
    expect(seed.meta('article:section')).toBe(interview.category!.name);
    expect(seed.metas('article:tag')).toEqual(interview.tags.map((tag) => tag.name));
    // The share preview: the story's title and lead, the picture.
    expect(seed.meta('og:title')).toBe(interview.title);
    expect(interview.summary!.startsWith(seed.meta('og:description')!.replace(/…$/, ''))).toBe(true);
    expect((await fetch(`${siteUrl}/logo.png`)).headers.get('content-type')).toBe('image/png');

    const clip = await crawl(`/video/${video.slug}`);
    expect(clip.jsonLd[0]).toMatchObject({
      '@type': 'VideoObject',
      name: video.title,
      uploadDate: video.publishedAt,
      contentUrl: new URL(video.source.value, apiUrl).href,
      thumbnailUrl: [clip.meta('og:image')],
    });
    expect(clip.jsonLd[0]!.duration).toMatch(/^PT(\d+H)?(\d+M)?(\d+S)?$/);
  });
});

/** Every page file of the site and when it was last written. */
function pageFiles(): Map<string, number> {
  const files = new Map<string, number>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'assets' && entry.name !== 'admin') walk(path);
      } else if (entry.name.endsWith('.html') && !entry.name.startsWith('.')) {
        files.set(relative(siteRoot, path), statSync(path).mtimeMs);
      }
    }
  };
  walk(siteRoot);
  return files;
}

/** The page files written or removed since `before`. */
function changedSince(before: Map<string, number>): string[] {
  const now = pageFiles();
  const changed = [...now].filter(([file, at]) => before.get(file) !== at).map(([file]) => file);
  const removed = [...before.keys()].filter((file) => !now.has(file));
  return [...changed, ...removed].sort();
}

/** Waits until `done` holds (the watch has read the feed), then one more round of the watch, so its sync is over. */
async function afterWatch(done: () => Promise<boolean> | boolean): Promise<void> {
  await expect.poll(done, { timeout: 15_000, interval: 200 }).toBe(true);
  await new Promise((resolve) => setTimeout(resolve, 1_500));
}

const status = async (path: string) => (await fetch(`${siteUrl}${path}`)).status;

describe('the watch keeps the files current from the changes feed', () => {
  test('publish, edit, unpublish and delete: the item\'s page and the lists it is on, and no other file', async () => {
    const section = 'van-hoa-xa-hoi';
    const tree = await apiJson<CategoryNode[]>(apiUrl, '/categories');
    const sectionId = tree.find((node) => node.slug === section)!.id;
    const created = await manage<{ id: number; slug: string }>('POST', '/articles', {
      title: 'Trang tĩnh: lễ hội Oóc Om Bóc 2026', summary: 'Bài thử của trang tĩnh.', body: '<p>Nội dung.</p>', categoryId: sectionId, tags: ['Trang tĩnh kiểm thử'],
    });
    expect(created.status).toBe(201);
    const { id, slug } = created.json;
    const path = `/bai-viet/${slug}`;
    const allowed = (file: string) => file === `bai-viet/${slug}.html` || file === 'index.html'
      || file === `chuyen-muc/${section}.html` || file.startsWith(`chuyen-muc/${section}/trang/`)
      || file.startsWith('tu-khoa/trang-tinh-kiem-thu');
    await afterWatch(() => true);

    // Publish: the item's page, its section's newest page listing it, its tag's page.
    let before = pageFiles();
    const draft = await manage('GET', `/articles/${id}`);
    expect((await manage('POST', `/articles/${id}/publish`, undefined, draft.etag!)).status).toBe(200);
    await afterWatch(async () => (await status(path)) === 200);
    const total = (await apiJson<Page<ContentSummary>>(apiUrl, `/content?category=${section}&pageSize=1`)).totalItems;
    let changed = changedSince(before);
    expect(changed).toContain(`bai-viet/${slug}.html`);
    expect(changed).toContain(`chuyen-muc/${section}.html`);
    expect(changed).toContain('tu-khoa/trang-tinh-kiem-thu.html');
    expect(changed).toContain(`chuyen-muc/${section}/trang/${archiveCount(total, SECTION_PAGE_SIZE)}.html`);
    expect(changed.filter((file) => !allowed(file))).toEqual([]);
    expect(changed.length).toBeLessThanOrEqual(10);
    expect((await crawl(`/chuyen-muc/${section}`)).html).toContain('Trang tĩnh: lễ hội Oóc Om Bóc 2026');

    // Edit: the page changes; what else changes is where its card shows.
    before = pageFiles();
    const current = await manage('GET', `/articles/${id}`);
    const edit = { title: 'Trang tĩnh: lễ hội Oóc Om Bóc, bản sửa', summary: 'Bài thử của trang tĩnh.', body: '<p>Nội dung.</p>', categoryId: sectionId, tags: ['Trang tĩnh kiểm thử'] };
    expect((await manage('PUT', `/articles/${id}`, edit, current.etag!)).status).toBe(200);
    await afterWatch(async () => (await crawl(path)).title.startsWith('Trang tĩnh: lễ hội Oóc Om Bóc, bản sửa'));
    changed = changedSince(before);
    expect(changed).toContain(`bai-viet/${slug}.html`);
    expect(changed.filter((file) => !allowed(file))).toEqual([]);
    expect((await crawl(`/chuyen-muc/${section}`)).html).toContain('Trang tĩnh: lễ hội Oóc Om Bóc, bản sửa');

    // Unpublish: the page is gone (a 404 with the 404 page), and so is the tag no item carries now.
    before = pageFiles();
    const edited = await manage('GET', `/articles/${id}`);
    expect((await manage('POST', `/articles/${id}/unpublish`, undefined, edited.etag!)).status).toBe(200);
    await afterWatch(async () => (await status(path)) === 404);
    changed = changedSince(before);
    expect(changed).toContain(`bai-viet/${slug}.html`);
    expect(changed.filter((file) => !allowed(file))).toEqual([]);
    expect(existsSync(join(siteRoot, `bai-viet/${slug}.html`))).toBe(false);
    expect(await status('/tu-khoa/trang-tinh-kiem-thu')).toBe(404);
    expect((await crawl(`/chuyen-muc/${section}`)).html).not.toContain('Oóc Om Bóc');

    // Delete a published item: its page goes the same way.
    const other = await manage<{ id: number; slug: string }>('POST', '/articles', { title: 'Trang tĩnh: bài sẽ xóa', summary: 'Xóa.', body: '<p>x</p>', categoryId: sectionId });
    const otherDraft = await manage('GET', `/articles/${other.json.id}`);
    await manage('POST', `/articles/${other.json.id}/publish`, undefined, otherDraft.etag!);
    await afterWatch(async () => (await status(`/bai-viet/${other.json.slug}`)) === 200);
    const published = await manage('GET', `/articles/${other.json.id}`);
    expect((await manage('DELETE', `/articles/${other.json.id}`, undefined, published.etag!)).status).toBe(204);
    await afterWatch(async () => (await status(`/bai-viet/${other.json.slug}`)) === 404);
  });

  test('a cover from the media library is shared with the size the API gives; another with the size its file says', async () => {
    const tree = await apiJson<CategoryNode[]>(apiUrl, '/categories');
    const categoryId = tree.find((node) => node.slug === 'van-hoa-xa-hoi')!.id;
    const form = new FormData();
    form.append('file', new Blob([readFileSync(new URL('../../public/og-image.png', import.meta.url))], { type: 'image/png' }), 'le-hoi.png');
    const uploaded = await manage<{ id: number; url: string; width: number; height: number }>('POST', '/media', form);
    expect(uploaded.status).toBe(201);
    expect([uploaded.json.width, uploaded.json.height]).toEqual([1200, 630]);
    const publish = async (title: string, cover: string) => {
      const created = await manage<{ id: number; slug: string }>('POST', '/articles', { title, summary: 'Ảnh bìa có cỡ.', body: '<p>Nội dung.</p>', categoryId, coverImage: { url: cover, alt: 'Lễ hội' } });
      expect(created.status).toBe(201);
      return created.json;
    };
    const fromLibrary = await publish('Trang tĩnh: ảnh bìa từ thư viện', uploaded.json.url);
    const fromElsewhere = await publish('Trang tĩnh: ảnh bìa nơi khác', `${siteUrl}/logo.png`);
    // The library's file goes before the page is drawn: its size can only come from the API.
    const asset = await manage('GET', `/media/${uploaded.json.id}`);
    expect((await manage('DELETE', `/media/${uploaded.json.id}`, undefined, asset.etag!)).status).toBe(204);
    for (const item of [fromLibrary, fromElsewhere]) {
      const draft = await manage('GET', `/articles/${item.id}`);
      expect((await manage('POST', `/articles/${item.id}/publish`, undefined, draft.etag!)).status).toBe(200);
    }
    await afterWatch(async () => (await status(`/bai-viet/${fromLibrary.slug}`)) === 200 && (await status(`/bai-viet/${fromElsewhere.slug}`)) === 200);

    const library = await crawl(`/bai-viet/${fromLibrary.slug}`);
    expect(library.meta('og:image')).toBe(new URL(uploaded.json.url, apiUrl).href);
    expect([library.meta('og:image:width'), library.meta('og:image:height')]).toEqual(['1200', '630']);
    const elsewhere = await crawl(`/bai-viet/${fromElsewhere.slug}`);
    expect(elsewhere.meta('og:image')).toBe(`${siteUrl}/logo.png`);
    expect([elsewhere.meta('og:image:width'), elsewhere.meta('og:image:height')]).toEqual(['512', '512']);

    for (const item of [fromLibrary, fromElsewhere]) {
      const published = await manage('GET', `/articles/${item.id}`);
      expect((await manage('DELETE', `/articles/${item.id}`, undefined, published.etag!)).status).toBe(204);
    }
    await afterWatch(async () => (await status(`/bai-viet/${fromLibrary.slug}`)) === 404);
  });

  test('an item\'s search and share overrides are its built page\'s head; the page shows the story\'s own title', async () => {
    const created = await manage<{ id: number; slug: string }>('POST', '/articles', {
      title: 'Trang tĩnh: tiêu đề của bài trên trang', summary: 'Sapo của bài.', body: '<p>Nội dung.</p>',
      seo: { title: 'Tiêu đề cho máy tìm kiếm', description: 'Mô tả viết cho kết quả tìm kiếm.', image: { url: `${siteUrl}/logo.png`, alt: 'Logo' },
        canonicalUrl: 'https://baogoc.example.vn/bai-goc' },
    });
    expect(created.status).toBe(201);
    const { id, slug } = created.json;
    const draft = await manage('GET', `/articles/${id}`);
    expect((await manage('POST', `/articles/${id}/publish`, undefined, draft.etag!)).status).toBe(200);
    await afterWatch(async () => (await status(`/bai-viet/${slug}`)) === 200);

    const page = await crawl(`/bai-viet/${slug}`);
    expect(page.title).toMatch(/^Tiêu đề cho máy tìm kiếm \| /);
    expect(page.meta('og:title')).toBe('Tiêu đề cho máy tìm kiếm');
    expect([page.meta('description'), page.meta('og:description')]).toEqual(['Mô tả viết cho kết quả tìm kiếm.', 'Mô tả viết cho kết quả tìm kiếm.']);
    expect([page.meta('og:image'), page.meta('og:image:width')]).toEqual([`${siteUrl}/logo.png`, '512']);
    expect([page.canonical, page.meta('og:url')]).toEqual(['https://baogoc.example.vn/bai-goc', 'https://baogoc.example.vn/bai-goc']);
    expect(page.html).toContain('<h1');
    expect(page.html).toContain('Trang tĩnh: tiêu đề của bài trên trang');

    const published = await manage('GET', `/articles/${id}`);
    expect((await manage('DELETE', `/articles/${id}`, undefined, published.etag!)).status).toBe(204);
    await afterWatch(async () => (await status(`/bai-viet/${slug}`)) === 404);
  });

  test('an item whose slug changed leaves a redirect page at its old address; both go with the item', async () => {
    const created = await manage<{ id: number; slug: string; title: string }>('POST', '/articles', {
      title: 'Trang tĩnh: bài sẽ đổi đường dẫn', summary: 'Đổi đường dẫn.', body: '<p>Nội dung.</p>',
    });
    const { id, slug: oldSlug } = created.json;
    const draft = await manage('GET', `/articles/${id}`);
    expect((await manage('POST', `/articles/${id}/publish`, undefined, draft.etag!)).status).toBe(200);
    await afterWatch(async () => (await status(`/bai-viet/${oldSlug}`)) === 200);

    const before = pageFiles();
    const current = await manage('GET', `/articles/${id}`);
    const renamed = { title: 'Trang tĩnh: bài sẽ đổi đường dẫn', summary: 'Đổi đường dẫn.', body: '<p>Nội dung.</p>', slug: 'trang-tinh-duong-dan-moi' };
    expect((await manage('PUT', `/articles/${id}`, renamed, current.etag!)).status).toBe(200);
    await afterWatch(async () => (await status('/bai-viet/trang-tinh-duong-dan-moi')) === 200);

    const newAddress = `${siteUrl}/bai-viet/trang-tinh-duong-dan-moi`;
    const old = await crawl(`/bai-viet/${oldSlug}`);
    expect(old.status).toBe(200);
    expect(old.canonical).toBe(newAddress);
    expect(old.meta('robots')).toBe('noindex');
    expect(old.html).toContain(`<meta http-equiv="refresh" content="0; url=${newAddress}">`);
    expect(changedSince(before)).toEqual(expect.arrayContaining([`bai-viet/${oldSlug}.html`, 'bai-viet/trang-tinh-duong-dan-moi.html']));
    const reader = await newReader(browser);
    try {
      await visit(reader.page, `${siteUrl}/bai-viet/${oldSlug}`);
      expect(reader.page.url()).toBe(newAddress);
      await expect(reader.page.locator('main article.story h1').innerText()).resolves.toBe('Trang tĩnh: bài sẽ đổi đường dẫn');
    } finally {
      await reader.context.close();
    }

    const published = await manage('GET', `/articles/${id}`);
    expect((await manage('DELETE', `/articles/${id}`, undefined, published.etag!)).status).toBe(204);
    await afterWatch(async () => (await status('/bai-viet/trang-tinh-duong-dan-moi')) === 404);
    expect(await status(`/bai-viet/${oldSlug}`)).toBe(404);
  });

  test('a renamed tag moves its pages; a renamed section shows its new name on every page', async () => {
    const tree = await apiJson<CategoryNode[]>(apiUrl, '/categories');
    const sectionId = tree.find((node) => node.slug === 'van-hoa-xa-hoi')!.id;
    const created = await manage<{ id: number; slug: string }>('POST', '/articles', {
      title: 'Trang tĩnh: đổi tên từ khóa', summary: 'Thử.', body: '<p>x</p>', categoryId: sectionId, tags: ['Ghe ngo kiểm thử'],
    });
    const draft = await manage('GET', `/articles/${created.json.id}`);
    await manage('POST', `/articles/${created.json.id}/publish`, undefined, draft.etag!);
    await afterWatch(async () => (await status('/tu-khoa/ghe-ngo-kiem-thu')) === 200);

    let before = pageFiles();
    expect((await manage('POST', '/tags/ghe-ngo-kiem-thu/rename', { name: 'Đua ghe ngo kiểm thử' })).status).toBe(200);
    await afterWatch(async () => (await status('/tu-khoa/dua-ghe-ngo-kiem-thu')) === 200 && (await status('/tu-khoa/ghe-ngo-kiem-thu')) === 404);
    expect((await crawl(`/bai-viet/${created.json.slug}`)).metas('article:tag')).toEqual(['Đua ghe ngo kiểm thử']);
    let changed = changedSince(before);
    expect(changed.filter((file) => !(file === `bai-viet/${created.json.slug}.html` || file === 'index.html'
      || file.startsWith('tu-khoa/') || file.startsWith('chuyen-muc/van-hoa-xa-hoi')))).toEqual([]);

    // A section's name is in the menu of every page: all of them are rewritten.
    const section = tree.find((node) => node.slug === 'van-hoa-xa-hoi')!;
    const all = pageFiles();
    before = all;
    const read = await manage('GET', `/categories/${section.id}`);
    const stored = read.json as { description?: string; parentId?: number | null; sortOrder?: number };
    const named = (name: string) => ({ name, slug: section.slug, description: stored.description, parentId: stored.parentId, sortOrder: stored.sortOrder });
    expect((await manage('PUT', `/categories/${section.id}`, named('Văn hóa - Xã hội (mới)'), read.etag!)).status).toBe(200);
    try {
      await afterWatch(async () => (await crawl('/phim-tu-lieu')).html.includes('Văn hóa - Xã hội (mới)'));
      changed = changedSince(before);
      expect(changed.length).toBeGreaterThanOrEqual(all.size - 1);
      expect((await crawl(`/bai-viet/${created.json.slug}`)).html).toContain('Văn hóa - Xã hội (mới)');
    } finally {
      // As it was, for the other tests: the section's name, and no test article on the site.
      const again = await manage('GET', `/categories/${section.id}`);
      await manage('PUT', `/categories/${section.id}`, named(section.name), again.etag!);
      const article = await manage('GET', `/articles/${created.json.id}`);
      await manage('DELETE', `/articles/${created.json.id}`, undefined, article.etag!);
      await afterWatch(async () => !(await crawl('/phim-tu-lieu')).html.includes('Văn hóa - Xã hội (mới)'));
    }
  });
});

describe('the builder restarted mid-stream', () => {
  test('resumes from its saved token and ends with the same files as a full build', async () => {
    const cli = new URL('../../builder/cli.mjs', import.meta.url).pathname;
    const work = mkdtempSync(join(tmpdir(), 'cms-site-resume-'));
    try {
      const copy = (name: string) => {
        spawnSync('cp', ['-R', `${siteRoot}/.`, join(work, name)]);
        // Only the build's own files: the pages are the builder's to write.
        for (const dir of ['bai-viet', 'phong-van', 'video', 'chuyen-muc', 'tu-khoa', 'phim-tu-lieu']) rmSync(join(work, name, dir), { recursive: true, force: true });
        rmSync(join(work, name, '.site-build'), { force: true });
        return join(work, name);
      };
      const args = (out: string) => ['--out', out, '--state', `${out}.state`, '--api', apiUrl, '--site-url', siteUrl, '--batch', '10'];
      const full = copy('full');
      const resumed = copy('resumed');

      // Killed (SIGKILL: nothing saved on the way out) once it has saved its place in the feed.
      const first = spawn(process.execPath, [cli, 'build', ...args(resumed)], { stdio: 'ignore' });
      await expect.poll(() => existsSync(`${resumed}.state/state.json`), { timeout: 20_000, interval: 20 }).toBe(true);
      first.kill('SIGKILL');
      await new Promise((resolve) => first.once('exit', resolve));
      const saved = JSON.parse(readFileSync(`${resumed}.state/state.json`, 'utf8')) as { token: string | null; complete: boolean };
      expect(saved.token).not.toBeNull();
      expect(saved.complete).toBe(false);

      const again = spawnSync(process.execPath, [cli, 'build', ...args(resumed)], { encoding: 'utf8' });
      expect(again.status, again.stderr).toBe(0);
      const whole = spawnSync(process.execPath, [cli, 'build', ...args(full)], { encoding: 'utf8' });
      expect(whole.status, whole.stderr).toBe(0);

      const listing = (root: string) => {
        const files: string[] = [];
        const walk = (dir: string) => {
          for (const entry of readdirSync(dir, { withFileTypes: true })) {
            if (entry.isDirectory()) walk(join(dir, entry.name));
            else if (entry.name.endsWith('.html') && !entry.name.startsWith('.')) files.push(relative(root, join(dir, entry.name)));
          }
        };
        walk(root);
        return files.sort();
      };
      const files = listing(full);
      expect(files.length).toBeGreaterThan(100);
      expect(listing(resumed)).toEqual(files);
      // The same pages, byte for byte, apart from view counts read at different moments.
      const comparable = (html: string) => html.replace(/Lượt xem: [\d.]+/g, 'Lượt xem: N').replace(/"viewCount":\d+/g, '');
      const differing = files.filter((file) => comparable(readFileSync(join(full, file), 'utf8')) !== comparable(readFileSync(join(resumed, file), 'utf8')));
      expect(differing).toEqual([]);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });
});
