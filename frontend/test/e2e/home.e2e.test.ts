import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { ContentSummary, Interview, MostViewedList, Page, VisitorStats } from '../../src/api/types';
import { paths } from '../../src/routes';
import { apiJson, desktop, expectCleanPage, launchBrowser, newReader, phone, recordHits, screenshot, screenshotDir, settled, visit, vi } from './browser';

const apiUrl = inject('apiUrl');
const siteUrl = inject('siteUrl');
const seedSlug = 'nam-2024-dang-bo-thanh-pho-soc-trang-tap-trung-hoan-thien-cac-tieu-chi-do-thi-loai-i';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('home page', () => {
  test('lists the seed interview with its cover and summary, and every section', async () => {
    const { context, page, errors } = await newReader(browser);
    await visit(page, `${siteUrl}/`);
    const interview = await apiJson<Interview>(apiUrl, `/interviews/${seedSlug}`);

    const link = page.locator(`main a[href="/phong-van/${seedSlug}"]`, { hasText: interview.title });
    await expect(link.count()).resolves.toBeGreaterThan(0);
    const lead = page.locator('main .card-lead');
    await expect(lead.locator('.card-title').innerText()).resolves.toBe(interview.title);
    await expect(lead.locator('.summary').innerText()).resolves.toBe(interview.summary);
    await expect(lead.locator('img').getAttribute('alt')).resolves.toBe(interview.coverImage?.alt);
    // The stories editors chose ("Tiêu điểm") lead in their order, whatever their dates.
    const featured = await apiJson<{ items: Array<{ title: string }> }>(apiUrl, '/featured');
    expect(featured.items.length).toBeGreaterThan(1);
    await expect(page.locator('main .top-stories').getAttribute('aria-label')).resolves.toBe('Tiêu điểm');
    const top = [await lead.locator('.card-title').innerText(), ...await page.locator('main .top-list .card-title').allInnerTexts()];
    expect(top.slice(0, featured.items.length)).toEqual(featured.items.map((item) => item.title));
    // "Chủ đề nổi bật": the tags the newest items carry most, as the API ranks them.
    const topics = await apiJson<{ items: Array<{ name: string; slug: string }> }>(apiUrl, '/tags?limit=8');
    expect(topics.items.length).toBeGreaterThan(2);
    await expect(page.locator('main nav.topics a').allInnerTexts()).resolves.toEqual(topics.items.map((t) => `#${t.name}`));

    const sections = await apiJson<Array<{ name: string }>>(apiUrl, '/categories');
    const menu = await page.locator('.site-nav a').allInnerTexts();
    expect(menu).toEqual(['Trang chủ', ...sections.map((s) => s.name), 'Ảnh']);
    await expect(page.title()).resolves.toBe('Trang thông tin điện tử tổng hợp');
    await expectCleanPage(page);
    expect(errors).toEqual([]);

    // Following the link is client-side navigation to a shareable URL.
    await link.first().click();
    await settled(page);
    expect(new URL(page.url()).pathname).toBe(`/phong-van/${seedSlug}`);
    await expect(page.locator('main h1').innerText()).resolves.toBe(interview.title);
    await context.close();
  });

  test('sends the hit beacon once per page view, with one visitor id kept in localStorage', async () => {
    const { context, page } = await newReader(browser);
    const hits = recordHits(page);
    await visit(page, `${siteUrl}/`);
    await page.waitForTimeout(300);
    expect(hits).toHaveLength(1);
    expect(hits[0]?.contentId).toBeUndefined();
    expect(hits[0]?.visitorId).toMatch(/^[A-Za-z0-9_-]{8,64}$/);

    await page.locator(`main a[href="/phong-van/${seedSlug}"]`).first().click();
    await settled(page);
    await page.waitForTimeout(300);
    const interview = await apiJson<Interview>(apiUrl, `/interviews/${seedSlug}`);
    expect(hits).toHaveLength(2);
    expect(hits[1]).toEqual({ visitorId: hits[0]?.visitorId, contentId: interview.id });

    await page.goBack();
    await settled(page);
    await page.waitForTimeout(300);
    expect(hits).toHaveLength(3);
    const stored = await page.evaluate(() => localStorage.getItem('cms.visitorId'));
    expect(new Set(hits.map((h) => h.visitorId))).toEqual(new Set([stored]));
    await context.close();
  });

  test('the statistics box shows the four numbers the beacon answers, formatted for vi-VN', async () => {
    const { context, page } = await newReader(browser);
    const answer = page.waitForResponse((r) => r.url().endsWith('/api/v1/hits') && r.request().method() === 'POST');
    await visit(page, `${siteUrl}/`);
    const response = await answer;
    expect(response.status()).toBe(202);
    const stats = (await response.json()) as VisitorStats;

    const box = page.locator('.box-stats');
    await box.locator('dl.stats').waitFor();
    const labels = await box.locator('dt').allInnerTexts();
    expect(labels).toEqual(['Đang online', 'Hôm nay', 'Trong tuần', 'Tất cả']);
    const values = await box.locator('dd').allInnerTexts();
    const fmt = new Intl.NumberFormat('vi-VN');
    expect(values).toEqual([stats.online, stats.today, stats.thisWeek, stats.total].map((n) => fmt.format(n)));
    for (const value of values) expect(value).toMatch(/^\d{1,3}(\.\d{3})*$/);
    // The demo's all-time figure is in the millions, so the grouping is really exercised.
    expect(values[3]).toMatch(/^\d{1,3}\.\d{3}\.\d{3}$/);
    await context.close();
  });

  test('the sidebar "Phim tư liệu" pages on its own, without leaving the page', async () => {
    const { context, page } = await newReader(browser);
    await visit(page, `${siteUrl}/`);
    const box = page.locator('.box-videos');
    await box.locator('.mini-video').first().waitFor();
    const pageOne = await box.locator('.mini-video a:not(.thumb)').allInnerTexts();
    const api2 = await apiJson<Page<ContentSummary>>(apiUrl, `/videos?page=2&pageSize=${pageOne.length}`);

    const url = page.url();
    await box.getByRole('button', { name: 'Trang 2' }).click();
    await expect.poll(() => box.locator('.mini-video a:not(.thumb)').allInnerTexts()).toEqual(api2.items.map((v) => v.title));
    await expect(box.locator('[aria-current="page"]').innerText()).resolves.toBe('2');
    expect(page.url()).toBe(url);
    await expect(box.locator('.duration').first().innerText()).resolves.toMatch(/^\d+:\d{2}$/);
    await context.close();
  });

  test('the sidebar "Đọc nhiều" ranks the items read most this week, or of all time, with their reads', async () => {
    // A read this week (a new visitor's), written within about a second: the week has a ranking.
    const earlier = await newReader(browser);
    const counted = earlier.page.waitForResponse((r) => r.url().endsWith('/api/v1/hits'));
    await visit(earlier.page, `${siteUrl}/phong-van/${seedSlug}`);
    await counted;
    await earlier.context.close();
    await expect.poll(async () => (await apiJson<MostViewedList>(apiUrl, '/most-viewed?period=week&limit=5')).items.length, { timeout: 15_000 })
      .toBeGreaterThan(0);

    const { context, page } = await newReader(browser);
    const asked = (period: string) => page.waitForResponse((r) => r.url().includes(`/api/v1/most-viewed?period=${period}`));
    const week = asked('week');
    await visit(page, `${siteUrl}/`);
    const box = page.locator('.box-most-read');
    const shown = () => box.locator('.most-read-item').evaluateAll((items) => items.map((li) => [li.querySelector('a')?.textContent, li.querySelector('.reads')?.textContent]));
    const expected = (list: MostViewedList) => list.items.map((e) => [e.item.title, `${vi(e.views)} lượt xem`]);

    const thisWeek = (await (await week).json()) as MostViewedList;
    expect(thisWeek.items.length).toBeGreaterThan(0);
    await expect.poll(shown).toEqual(expected(thisWeek));
    await expect(box.locator('.period[aria-pressed="true"]').innerText()).resolves.toBe('Trong tuần');
    await box.screenshot({ path: `${screenshotDir}sidebar-most-read.png` });

    const all = asked('all');
    await box.getByRole('button', { name: 'Tất cả' }).click();
    const allTime = (await (await all).json()) as MostViewedList;
    await expect.poll(shown).toEqual(expected(allTime));
    expect(allTime.items.map((e) => e.views)).toEqual([...allTime.items.map((e) => e.views)].sort((a, b) => b - a));
    await box.locator('.most-read-item a').first().click();
    await settled(page);
    expect(new URL(page.url()).pathname).toBe(paths.item(allTime.items[0]!.item.type, allTime.items[0]!.item.slug));
    await context.close();
  });

  test('screenshots: desktop and phone', async () => {
    for (const [name, viewport] of [['home-desktop', desktop], ['home-phone', phone]] as const) {
      const { context, page } = await newReader(browser, viewport);
      await visit(page, `${siteUrl}/`);
      await page.locator('.box-stats dl').waitFor();
      await screenshot(page, name);
      await expectCleanPage(page);
      if (viewport === phone) {
        // Responsive: nothing wider than the phone's screen.
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow).toBeLessThanOrEqual(0);
      }
      await context.close();
    }
  });
});
