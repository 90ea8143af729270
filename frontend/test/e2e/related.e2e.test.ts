// "Tin liên quan": the stories under an item are in its built file (readers without the script
// and crawlers get them), and an editor's pin leads them, on the API and then on the page the
// builder rewrites.
import { mkdirSync } from 'node:fs';
import type { Browser, Page as BrowserPage } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { ContentSummary, Page } from '../../src/api/types';
import { apiUrl, manage, signIn, siteUrl } from './admin-helpers';
import { apiJson, expectCleanPage, launchBrowser, newReader, screenshotDir } from './browser';

let browser: Browser;
beforeAll(async () => {
  mkdirSync(screenshotDir, { recursive: true });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

interface Related {
  items: ContentSummary[];
}

const seedSlug = 'nam-2024-dang-bo-thanh-pho-soc-trang-tap-trung-hoan-thien-cac-tieu-chi-do-thi-loai-i';
const pagoda = 'Chùa Dơi – điểm đến văn hóa, tâm linh hấp dẫn du khách khi đến Sóc Trăng';

/** The titles of the "Tin liên quan" cards as the built file has them (JavaScript off). */
async function builtRelated(page: BrowserPage, path: string): Promise<string[]> {
  await page.goto(`${siteUrl}${path}`);
  return page.locator('main .related-stories .card-title').allInnerTexts();
}

interface Managed {
  title: string;
  summary: string | null;
  body: string;
  author: string | null;
  category: { id: number } | null;
  tags: { name: string }[];
}

/** Gives an article another title through the management API, the rest as it is. */
async function retitle(id: number, title: string): Promise<void> {
  const current = await manage<Managed>('GET', `/articles/${id}`);
  const { summary, body, author, category, tags } = current.json;
  const saved = await manage('PUT', `/articles/${id}`, { title, summary, body, author, categoryId: category?.id, tags: tags.map((tag) => tag.name) }, current.etag!);
  expect(saved.status).toBe(200);
}

describe('related stories ("Tin liên quan")', () => {
  test('stand under the seed interview in its built file: a heading, then a card with picture and title per story, as the API lists them', async () => {
    const related = await apiJson<Related>(apiUrl, `/interviews/${seedSlug}/related`);
    expect(related.items.length).toBeGreaterThan(0);
    const context = await browser.newContext({ javaScriptEnabled: false, locale: 'vi-VN' });
    const page = await context.newPage();

    expect(await builtRelated(page, `/phong-van/${seedSlug}`)).toEqual(related.items.map((item) => item.title));
    const block = page.locator('main .related-stories');
    await expect(block.locator('h2').innerText()).resolves.toMatch(/^tin liên quan$/i);
    const cards = block.locator('.card-tile');
    for (const [index, item] of related.items.entries()) {
      await expect(cards.nth(index).locator('.card-title a').getAttribute('href')).resolves.toMatch(new RegExp(`/${item.slug}$`));
      await expect(cards.nth(index).locator('img').count()).resolves.toBe(item.coverImage ? 1 : 0);
    }
    await context.close();
  });

  test('an editor pins a story under an article; it leads the list on the API and on the rewritten page', async () => {
    const found = await apiJson<Page<ContentSummary>>(apiUrl, '/search?q=gao%20st25%20lan%20thu%20hai&pageSize=1');
    const article = found.items[0]!;
    const pagodaId = (await apiJson<Page<ContentSummary>>(apiUrl, '/search?q=chua%20doi%20diem%20den&pageSize=1')).items[0]!.id;
    const { context, page, errors } = await newReader(browser);
    const reader = await browser.newContext({ javaScriptEnabled: false, locale: 'vi-VN' });
    try {
      await signIn(page, `#/articles/${article.id}`);
      const panel = page.locator('.related-panel');
      await panel.locator('.related-pins .empty').waitFor();
      await panel.getByLabel('Tìm tin để ghim').fill('chua doi diem den');
      await panel.getByRole('button', { name: 'Tìm' }).click();
      await panel.getByRole('button', { name: `Ghim “${pagoda}”` }).click();
      await expect(panel.locator('.related-pins .featured-title').allInnerTexts()).resolves.toEqual([pagoda]);
      await panel.getByRole('button', { name: 'Lưu tin liên quan' }).click();
      await expect(panel.locator('.messages [role="status"]').innerText()).resolves.toBe('Đã lưu tin liên quan.');
      await expect(panel.locator('.related-shown .featured-title').first().innerText()).resolves.toBe(pagoda);
      await panel.screenshot({ path: `${screenshotDir}admin-related.png` });
      expect(errors).toEqual([]);

      expect((await apiJson<Related>(apiUrl, `/articles/${article.slug}/related`)).items[0]!.title).toBe(pagoda);
      // The pins name the article in the changes feed: the builder's watch rewrites its page.
      const readerPage = await reader.newPage();
      await expect.poll(async () => (await builtRelated(readerPage, `/bai-viet/${article.slug}`))[0], { timeout: 15_000, interval: 500 }).toBe(pagoda);
      await expectCleanPage(readerPage);

      // The pinned story retitled: the builder rewrites the pages that show it, this one too.
      await retitle(pagodaId, `${pagoda} (sửa)`);
      await expect.poll(async () => (await builtRelated(readerPage, `/bai-viet/${article.slug}`))[0], { timeout: 15_000, interval: 500 }).toBe(`${pagoda} (sửa)`);
    } finally {
      await retitle(pagodaId, pagoda);
      await manage('PUT', `/articles/${article.id}/related`, { itemIds: [] });
      await reader.close();
      await context.close();
    }
  });
});
