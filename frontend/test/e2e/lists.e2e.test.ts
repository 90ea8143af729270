import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { ContentSummary, Page, Video } from '../../src/api/types';
import { archiveOfLegacyPage, archiveRange, olderThanLatest } from '../../src/archive';
import { SECTION_PAGE_SIZE } from '../../src/views/section';
import { paths } from '../../src/routes';
import { TAG_PAGE_SIZE } from '../../src/views/tag';
import { VIDEO_PAGE_SIZE } from '../../src/views/videos';
import { apiJson, desktop, expectCleanPage, launchBrowser, newReader, phone, screenshot, settled, visit } from './browser';

const apiUrl = inject('apiUrl');
const siteUrl = inject('siteUrl');

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const titlesOf = (list: Page<ContentSummary>) => list.items.map((item) => item.title);

/** The titles archive page `archive` (numbered from the oldest) of a whole list shows. */
function archiveTitles(all: Page<ContentSummary>, size: number, archive: number): string[] {
  const { start, end } = archiveRange(all.totalItems, size, archive);
  return titlesOf(all).slice(start, end);
}

describe('section pages', () => {
  test('list newest first with sub-sections included, then archive pages counted from the oldest, older and newer', async () => {
    const section = 'kinh-te';
    const api1 = await apiJson<Page<ContentSummary>>(apiUrl, `/content?category=${section}&pageSize=${SECTION_PAGE_SIZE}`);
    const all = await apiJson<Page<ContentSummary>>(apiUrl, `/content?category=${section}&pageSize=100`);
    expect(api1.totalPages).toBeGreaterThanOrEqual(2);
    expect(all.totalItems).toBeLessThanOrEqual(100);
    const older = olderThanLatest(all.totalItems, SECTION_PAGE_SIZE)!;
    // Items of the sub-sections are there too.
    expect(api1.items.some((item) => item.category?.slug !== section)).toBe(true);

    const { context, page, errors } = await newReader(browser);
    await visit(page, `${siteUrl}/chuyen-muc/${section}`);
    const titles = () => page.locator('main .story-list .card-title').allInnerTexts();
    await expect(page.locator('main h1').innerText()).resolves.toMatch(/^kinh tế$/i);
    await expect(titles()).resolves.toEqual(titlesOf(api1));
    // The newest page is none of the archive's numbered pages.
    await expect(page.locator('main .pager [aria-current="page"]').count()).resolves.toBe(0);
    await expect(page.locator('.subsections a').allInnerTexts()).resolves.toEqual(['Nông nghiệp', 'Công nghiệp - Thương mại', 'Đầu tư - Hạ tầng']);
    await expectCleanPage(page);

    // The section's RSS feed is discoverable, and lists the same newest items, linking to the site.
    const feed = page.locator('head link[rel="alternate"][type="application/rss+xml"]');
    await expect(feed.getAttribute('href')).resolves.toBe(`${apiUrl}/api/v1/feeds/rss?category=${section}`);
    const rss = await page.evaluate(async (url) => {
      const xml = new DOMParser().parseFromString(await (await fetch(url)).text(), 'application/xml');
      const text = (item: Element, name: string) => item.querySelector(name)?.textContent ?? '';
      return [...xml.querySelectorAll('item')].map((item) => ({ title: text(item, 'title'), link: text(item, 'link') }));
    }, `${apiUrl}/api/v1/feeds/rss?category=${section}`);
    expect(rss.slice(0, api1.items.length).map((item) => item.title)).toEqual(titlesOf(api1));
    expect(rss[0]?.link).toBe(`${siteUrl}${paths.item(api1.items[0]!.type, api1.items[0]!.slug)}`);

    await page.locator('main .pager').getByRole('link', { name: 'Trang cũ hơn' }).click();
    await settled(page);
    await expect.poll(titles).toEqual(archiveTitles(all, SECTION_PAGE_SIZE, older));
    expect(new URL(page.url()).pathname).toBe(`/chuyen-muc/${section}/trang/${older}`);
    await expect(page.locator('main .pager [aria-current="page"]').innerText()).resolves.toBe(String(older));
    await expect(page.title()).resolves.toMatch(new RegExp(`^Kinh tế - Trang ${older} \\|`));

    await page.locator('main .pager').getByRole('link', { name: 'Trang mới hơn' }).click();
    await settled(page);
    const newer = older + 1 <= Math.ceil(all.totalItems / SECTION_PAGE_SIZE) ? older + 1 : null;
    await expect.poll(titles).toEqual(newer ? archiveTitles(all, SECTION_PAGE_SIZE, newer) : titlesOf(api1));
    expect(new URL(page.url()).pathname).toBe(paths.section(section, newer));

    // The browser's Back button returns to the older page; a bookmark of it opens it, as a file.
    await page.goBack();
    await settled(page);
    await expect.poll(titles).toEqual(archiveTitles(all, SECTION_PAGE_SIZE, older));
    await visit(page, `${siteUrl}/chuyen-muc/${section}/trang/1`);
    await expect(titles()).resolves.toEqual(archiveTitles(all, SECTION_PAGE_SIZE, 1));
    // An old link (?trang=2, counted from the newest) lands on the archive page holding its first item.
    const forwarded = archiveOfLegacyPage(all.totalItems, SECTION_PAGE_SIZE, 2)!;
    await visit(page, `${siteUrl}/chuyen-muc/${section}?trang=2`);
    await expect.poll(() => new URL(page.url()).pathname).toBe(`/chuyen-muc/${section}/trang/${forwarded}`);
    await expect.poll(titles).toEqual(archiveTitles(all, SECTION_PAGE_SIZE, forwarded));
    await expect(page.locator('head link[rel="canonical"]').getAttribute('href')).resolves.toBe(`${siteUrl}/chuyen-muc/${section}/trang/${forwarded}`);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('keyboard: the skip link comes first, and pages can be followed with Enter', async () => {
    const { context, page } = await newReader(browser);
    await visit(page, `${siteUrl}/chuyen-muc/kinh-te`);
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Bỏ qua, đến nội dung chính');
    await page.locator('main .pager').getByRole('link', { name: 'Trang cũ hơn' }).focus();
    await page.keyboard.press('Enter');
    await settled(page);
    expect(new URL(page.url()).pathname).toMatch(/^\/chuyen-muc\/kinh-te\/trang\/\d+$/);
    // Focus moves to the new page's heading, where a screen reader should start.
    await expect(page.evaluate(() => document.activeElement?.tagName)).resolves.toBe('H1');
    await context.close();
  });
});

describe('tag pages', () => {
  test('a tag under a story opens every item carrying it, of every type, with archive pages', async () => {
    const interviewSlug = 'nam-2024-dang-bo-thanh-pho-soc-trang-tap-trung-hoan-thien-cac-tieu-chi-do-thi-loai-i';
    const api1 = await apiJson<Page<ContentSummary>>(apiUrl, `/content?tag=soc-trang&pageSize=${TAG_PAGE_SIZE}`);
    const all = await apiJson<Page<ContentSummary>>(apiUrl, `/content?tag=soc-trang&pageSize=100`);
    const older = olderThanLatest(all.totalItems, TAG_PAGE_SIZE)!;
    expect(api1.totalPages).toBeGreaterThanOrEqual(2);

    const { context, page, errors } = await newReader(browser);
    await visit(page, `${siteUrl}/phong-van/${interviewSlug}`);
    await page.locator('main .tags').getByRole('link', { name: 'Sóc Trăng', exact: true }).click();
    await settled(page);
    expect(new URL(page.url()).pathname).toBe('/tu-khoa/soc-trang');
    await expect(page.locator('main h1').innerText()).resolves.toBe('Từ khóa: Sóc Trăng');
    await expect(page.title()).resolves.toMatch(/^Từ khóa: Sóc Trăng \|/);
    await expect(page.locator('main .page-description').innerText()).resolves.toBe(`${api1.totalItems} tin bài`);
    // The tag's own RSS feed is discoverable, and lists the same newest items.
    const feed = page.locator('head link[rel="alternate"][type="application/rss+xml"]');
    await expect(feed.getAttribute('href')).resolves.toBe(`${apiUrl}/api/v1/feeds/rss?tag=soc-trang`);
    await expect(feed.getAttribute('title')).resolves.toMatch(/^Từ khóa: Sóc Trăng – /);
    const rssTitles = await page.evaluate(async (url) => {
      const xml = new DOMParser().parseFromString(await (await fetch(url)).text(), 'application/xml');
      return [...xml.querySelectorAll('item > title')].map((title) => title.textContent);
    }, `${apiUrl}/api/v1/feeds/rss?tag=soc-trang`);
    expect(rssTitles.slice(0, api1.items.length)).toEqual(titlesOf(api1));
    const titles = () => page.locator('main .story-list .card-title').allInnerTexts();
    await expect(titles()).resolves.toEqual(titlesOf(api1));
    await expectCleanPage(page);
    await screenshot(page, 'tag-desktop');

    await page.locator('main .pager').getByRole('link', { name: 'Trang cũ hơn' }).click();
    await settled(page);
    await expect.poll(titles).toEqual(archiveTitles(all, TAG_PAGE_SIZE, older));
    expect(new URL(page.url()).pathname).toBe(`/tu-khoa/soc-trang/trang/${older}`);
    expect(titlesOf(all)).toContain((await apiJson<{ title: string }>(apiUrl, `/interviews/${interviewSlug}`)).title);

    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('videos ("Phim tư liệu")', () => {
  test('the list shows thumbnails and durations and pages', async () => {
    const api1 = await apiJson<Page<ContentSummary>>(apiUrl, `/videos?pageSize=${VIDEO_PAGE_SIZE}`);
    const all = await apiJson<Page<ContentSummary>>(apiUrl, `/videos?pageSize=100`);
    const older = olderThanLatest(all.totalItems, VIDEO_PAGE_SIZE)!;
    expect(api1.totalPages).toBeGreaterThanOrEqual(2);

    const { context, page, errors } = await newReader(browser);
    await visit(page, `${siteUrl}/phim-tu-lieu`);
    const cards = page.locator('main .video-grid .card-video');
    await expect(page.locator('main h1').innerText()).resolves.toMatch(/^phim tư liệu$/i);
    await expect(cards.locator('.card-title').allInnerTexts()).resolves.toEqual(titlesOf(api1));
    await expect(cards.locator('img').count()).resolves.toBe(api1.items.length);
    const first = api1.items[0]!;
    const minutes = Math.floor(first.durationSeconds! / 60);
    const seconds = String(first.durationSeconds! % 60).padStart(2, '0');
    await expect(cards.first().locator('.duration').innerText()).resolves.toBe(`${minutes}:${seconds}`);
    await expectCleanPage(page);

    await page.locator('main .pager').getByRole('link', { name: 'Trang cũ hơn' }).click();
    await settled(page);
    await expect.poll(() => cards.locator('.card-title').allInnerTexts()).toEqual(archiveTitles(all, VIDEO_PAGE_SIZE, older));
    expect(new URL(page.url()).pathname).toBe(`/phim-tu-lieu/trang/${older}`);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('the video page plays the source in an HTML5 player', async () => {
    const list = await apiJson<Page<ContentSummary>>(apiUrl, '/videos?pageSize=1');
    const video = await apiJson<Video>(apiUrl, `/videos/${list.items[0]!.slug}`);
    expect(video.source.kind).toBe('file');

    const { context, page, errors } = await newReader(browser);
    await visit(page, `${siteUrl}/video/${video.slug}`);
    await expect(page.locator('main h1').innerText()).resolves.toBe(video.title);
    const player = page.locator('main .player video');
    await expect(player.getAttribute('src')).resolves.toBe(new URL(video.source.value, apiUrl).href);
    await expect(player.getAttribute('poster')).resolves.toBe(new URL(video.coverImage!.url, apiUrl).href);
    // The browser really loads the file: its metadata (the clip's length) arrives.
    await expect.poll(() => player.evaluate((v: HTMLVideoElement) => v.readyState), { timeout: 10_000 }).toBeGreaterThanOrEqual(1);
    await expect(player.evaluate((v: HTMLVideoElement) => v.duration)).resolves.toBeGreaterThan(1);
    // Other videos are fetched after the page shows: wait for them rather than count at once.
    await page.locator('main .related .card-video').first().waitFor();
    await expectCleanPage(page);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('screenshots: list and video page, desktop and phone', async () => {
    const list = await apiJson<Page<ContentSummary>>(apiUrl, '/videos?pageSize=1');
    for (const [name, viewport] of [['desktop', desktop], ['phone', phone]] as const) {
      const { context, page } = await newReader(browser, viewport);
      await visit(page, `${siteUrl}/phim-tu-lieu`);
      await screenshot(page, `videos-${name}`);
      await visit(page, `${siteUrl}/video/${list.items[0]!.slug}`);
      await page.locator('main .related .card-video').first().waitFor();
      await screenshot(page, `video-${name}`);
      await context.close();
    }
  });
});
