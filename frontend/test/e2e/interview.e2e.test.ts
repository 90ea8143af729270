import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Article, ContentSummary, Interview, Page } from '../../src/api/types';
import { apiJson, desktop, expectCleanPage, launchBrowser, newReader, phone, screenshot, visit, vi } from './browser';

const apiUrl = inject('apiUrl');
const siteUrl = inject('siteUrl');
const seedSlug = 'nam-2024-dang-bo-thanh-pho-soc-trang-tap-trung-hoan-thien-cac-tieu-chi-do-thi-loai-i';
const seedUrl = `${siteUrl}/phong-van/${seedSlug}`;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** The item's view count as the API has it now (the API writes hits within about a second). */
async function viewCount(type: 'interviews' | 'articles', slug: string): Promise<number> {
  return (await apiJson<{ viewCount: number }>(apiUrl, `/${type}/${slug}`)).viewCount;
}

/**
 * The view count once the API's write-behind has caught up: earlier tests' page views
 * reach the database up to a second after they were made, so a count read too soon
 * could still move. Stable across two reads 1.5 s apart means settled.
 */
async function settledViewCount(type: 'interviews' | 'articles', slug: string): Promise<number> {
  let last = await viewCount(type, slug);
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    const now = await viewCount(type, slug);
    if (now === last) return now;
    last = now;
  }
}

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

describe('interview page', () => {
  test('shows the title, date, view count, lead, photo caption, interviewee, every question and answer, and the byline', async () => {
    await settledViewCount('interviews', seedSlug); // the home page tests viewed it just before
    const interview = await apiJson<Interview>(apiUrl, `/interviews/${seedSlug}`);
    const { context, page, errors } = await newReader(browser);
    await visit(page, seedUrl);
    const story = page.locator('main article.story');

    await expect(story.locator('h1').innerText()).resolves.toBe(interview.title);
    await expect(story.locator('.views').innerText()).resolves.toBe(`Lượt xem: ${vi(interview.viewCount)}`);
    // 2024-02-08T00:30Z is 07:30 in Asia/Ho_Chi_Minh, whatever the browser's time zone (UTC here).
    await expect(story.locator('.story-meta time').first().innerText()).resolves.toBe('08/02/2024 07:30');
    await expect(story.locator('.lead').innerText()).resolves.toBe(interview.summary);
    await expect(story.locator('figure.photo figcaption').innerText()).resolves.toBe(interview.coverImage?.caption);
    await expect(story.locator('.interviewee-name').innerText()).resolves.toBe(interview.interviewee.name);
    await expect(story.locator('.interviewee-position').innerText()).resolves.toBe(interview.interviewee.position);
    await expect(story.locator('.interviewee img').getAttribute('alt')).resolves.toBe(interview.interviewee.portrait?.alt);

    const exchanges = story.locator('.qa .exchange');
    await expect(exchanges.count()).resolves.toBe(interview.exchanges.length);
    for (const [index, exchange] of interview.exchanges.entries()) {
      const block = exchanges.nth(index);
      // Visibly a question: marked "PV" and set apart from the answer.
      await expect(block.locator('.question .qa-mark').innerText()).resolves.toBe('PV');
      await expect(block.locator('.question-text').innerText()).resolves.toBe(exchange.question);
      // The answer opens with the speaker's name; every paragraph is there, in order.
      await expect(block.locator('.answer p').first().locator('.speaker').innerText()).resolves.toBe(`${exchange.speaker}:`);
      const shown = (await block.locator('.answer p').allInnerTexts()).map(collapse);
      const expected = exchange.answer.split(/\n\s*\n/).map(collapse);
      expected[0] = `${exchange.speaker}: ${expected[0]}`;
      expect(shown).toEqual(expected);
    }
    await expect(story.locator('.question.closing .question-text').innerText()).resolves.toBe(interview.closing);
    await expect(story.locator('.byline .author').innerText()).resolves.toBe(interview.author);

    await expect(page.title()).resolves.toBe(`${interview.title} | Trang thông tin điện tử tổng hợp`);
    const meta = (selector: string) => page.locator(selector).getAttribute('content');
    await expect(meta('meta[property="og:title"]')).resolves.toBe(interview.title);
    await expect(meta('meta[name="description"]')).resolves.toMatch(/^Trong không khí rộn ràng đón Xuân Giáp Thìn 2024/);
    // The seed's cover is an SVG, which share previews do not show: the portal's own PNG instead.
    expect(interview.coverImage?.url).toMatch(/\.svg$/);
    await expect(meta('meta[property="og:image"]')).resolves.toBe(`${siteUrl}/og-image.png`);
    await expect(meta('meta[property="og:url"]')).resolves.toBe(seedUrl);
    await expectCleanPage(page);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('opened from a share link with tracking parameters, the page names its own address as canonical and og:url', async () => {
    const { context, page } = await newReader(browser);
    await visit(page, `${seedUrl}?fbclid=IwAR0abc&utm_source=zalo&utm_medium=social`);
    await page.locator('main h1').waitFor();
    await expect(page.locator('link[rel="canonical"]').getAttribute('href')).resolves.toBe(seedUrl);
    await expect(page.locator('meta[property="og:url"]').getAttribute('content')).resolves.toBe(seedUrl);
    await context.close();
  });

  test('the page describes the interview to search engines: NewsArticle and BreadcrumbList JSON-LD, article:* properties', async () => {
    const interview = await apiJson<Interview>(apiUrl, `/interviews/${seedSlug}`);
    const { context, page } = await newReader(browser);
    await visit(page, seedUrl);
    await page.locator('main h1').waitFor();
    const blocks = (await page.locator('script[type="application/ld+json"]').allTextContents()).map((text) => JSON.parse(text));
    expect(blocks.map((block) => block['@type'])).toEqual(['NewsArticle', 'BreadcrumbList']);
    expect(blocks[0]).toMatchObject({ headline: interview.title, datePublished: interview.publishedAt, author: [{ name: interview.author }], mainEntityOfPage: seedUrl });
    expect(blocks[1].itemListElement.at(-1)).toMatchObject({ name: interview.title, item: seedUrl });
    await expect(page.locator('meta[property="article:published_time"]').getAttribute('content')).resolves.toBe(interview.publishedAt);
    await context.close();
  });

  test('a first visit adds one view; a reload within 30 minutes adds none', async () => {
    const before = await settledViewCount('interviews', seedSlug);
    const { context, page } = await newReader(browser);
    await visit(page, seedUrl);
    // The page's file has the count as of its build; the script puts the API's current one in
    // its place (read as the beacon is counted: this visit may be in it or not yet).
    await expect.poll(() => page.locator('.views').innerText()).toMatch(new RegExp(`^Lượt xem: (${vi(before)}|${vi(before + 1)})$`));
    await expect.poll(() => viewCount('interviews', seedSlug), { timeout: 5_000, interval: 250 }).toBe(before + 1);

    await page.reload();
    await page.locator('main h1').waitFor();
    await page.waitForTimeout(2_500); // longer than the API's write-behind interval
    expect(await viewCount('interviews', seedSlug)).toBe(before + 1);
    await context.close();
  });

  test('screenshots: desktop and phone', async () => {
    for (const [name, viewport] of [['interview-desktop', desktop], ['interview-phone', phone]] as const) {
      const { context, page } = await newReader(browser, viewport);
      await visit(page, seedUrl);
      await screenshot(page, name);
      await context.close();
    }
  });
});

describe('article page', () => {
  test('shows title, date, view count, lead, body, byline and related items of its section', async () => {
    const newest = await apiJson<Page<ContentSummary>>(apiUrl, '/articles?pageSize=1');
    const slug = newest.items[0]!.slug;
    await settledViewCount('articles', slug);
    const article = await apiJson<Article>(apiUrl, `/articles/${slug}`);
    const { context, page, errors } = await newReader(browser);
    await visit(page, `${siteUrl}/bai-viet/${slug}`);
    const story = page.locator('main article.story');

    await expect(story.locator('h1').innerText()).resolves.toBe(article.title);
    await expect(story.locator('.views').innerText()).resolves.toBe(`Lượt xem: ${vi(article.viewCount)}`);
    await expect(story.locator('.lead').innerText()).resolves.toBe(article.summary);
    const bodyText = collapse(await story.locator('.story-body').innerText());
    expect(bodyText.length).toBeGreaterThan(100);
    expect(bodyText).toContain(collapse(await page.evaluate((html) => {
      const div = document.createElement('div');
      div.innerHTML = html;
      return div.querySelector('p')?.textContent ?? '';
    }, article.body)));
    await expect(story.locator('.byline .author').innerText()).resolves.toBe(article.author);
    // No cover in the demo articles: then no picture at all, not a placeholder.
    if (!article.coverImage) await expect(story.locator('figure').count()).resolves.toBe(0);
    await expect(page.locator('.breadcrumbs').innerText()).resolves.toContain(article.category!.name);

    const related = page.locator('section.related');
    await related.locator('li').first().waitFor();
    const hrefs = await related.locator('li > a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(hrefs.length).toBeGreaterThan(0);
    expect(hrefs).not.toContain(`/bai-viet/${slug}`);
    await expect(page.locator('meta[property="og:type"]').getAttribute('content')).resolves.toBe('article');
    await expectCleanPage(page);
    expect(errors).toEqual([]);
    await context.close();
  });
});
