import { mkdirSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { ContentSummary } from '../../src/api/types';
import { apiUrl, manage, signIn, siteUrl } from './admin-helpers';
import { apiJson, expectCleanPage, launchBrowser, newReader, screenshotDir, visit } from './browser';

let browser: Browser;
beforeAll(async () => {
  mkdirSync(screenshotDir, { recursive: true });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

interface Featured {
  items: ContentSummary[];
}

// A section other e2e files do not page through: its first page changes while it has a list.
const section = 'van-hoa-xa-hoi';
const pagoda = 'Chùa Dơi – điểm đến văn hóa, tâm linh hấp dẫn du khách khi đến Sóc Trăng';
const festival = 'Sóc Trăng chăm lo đồng bào Khmer đón Lễ Sene Đôlta năm 2023';

describe('featured stories ("Tiêu điểm")', () => {
  test('an editor picks two stories for a section, puts the older first and saves; readers see them lead the section', async () => {
    const { context, page, errors } = await newReader(browser);
    try {
      await signIn(page, `#/featured?category=${section}`);
      await expect(page.locator('main h1').innerText()).resolves.toBe('Tiêu điểm');
      await expect(page.locator('.featured-list .empty').innerText()).resolves.toContain('Chưa chọn tin nào');

      // Found by words typed without tone marks, drafts included; added in turn.
      const find = async (words: string) => {
        await page.getByLabel('Tìm tin để thêm').fill(words);
        await page.locator('.featured-add').getByRole('button', { name: 'Tìm' }).click();
      };
      await find('chua doi diem den');
      await page.getByRole('button', { name: `Thêm “${pagoda}”` }).click();
      await find('sene dolta');
      await page.getByRole('button', { name: `Thêm “${festival}”` }).click();
      await expect(page.getByRole('button', { name: `Thêm “${festival}”` }).isDisabled()).resolves.toBe(true);
      await page.getByRole('button', { name: `Đưa “${festival}” lên` }).click();
      await expect(page.locator('.featured-list .featured-title').allInnerTexts()).resolves.toEqual([festival, pagoda]);
      await page.getByRole('button', { name: 'Lưu thứ tự' }).click();
      await expect(page.locator('.messages [role="status"]').innerText()).resolves.toBe('Đã lưu tiêu điểm của chuyên mục Văn hóa - Xã hội.');
      await expect(page.locator('.saved-info').innerText()).resolves.toMatch(/^Lưu lần cuối \d\d\/\d\d\/\d{4} \d\d:\d\d · admin$/);
      await page.screenshot({ path: `${screenshotDir}admin-featured.png`, fullPage: true });
      expect((await apiJson<Featured>(apiUrl, `/featured?category=${section}`)).items.map((item) => item.title)).toEqual([festival, pagoda]);

      // The home page's own list is the next choice in the same screen: the seed interview leads it.
      await page.locator('select[name="place"]').selectOption('');
      await page.locator('main:not([aria-busy]) .featured-list li.lead').waitFor();
      const home = await apiJson<Featured>(apiUrl, '/featured');
      await expect(page.locator('.featured-list .featured-title').allInnerTexts()).resolves.toEqual(home.items.map((item) => item.title));
      expect(errors).toEqual([]);

      const reader = await newReader(browser);
      const lead = reader.page.locator('main .section-featured');
      // The site builder's watch rewrites the section's page from the changes feed: within its poll.
      await expect.poll(async () => {
        await visit(reader.page, `${siteUrl}/chuyen-muc/${section}`);
        return lead.count();
      }, { timeout: 15_000, interval: 500 }).toBe(1);
      // A region named by its (visually hidden) heading.
      await expect(reader.page.locator('main').getByRole('region', { name: 'Tiêu điểm' }).count()).resolves.toBe(1);
      await expect(lead.locator('.card-lead .card-title').innerText()).resolves.toBe(festival);
      await expect(lead.locator('.top-list .card-title').allInnerTexts()).resolves.toEqual([pagoda]);
      // Not shown a second time in the list below.
      const listed = await reader.page.locator('main .story-list .card-title').allInnerTexts();
      expect(listed).not.toContain(festival);
      expect(listed).not.toContain(pagoda);
      await expectCleanPage(reader.page);
      expect(reader.errors).toEqual([]);
      await reader.context.close();
    } finally {
      await manage('PUT', `/featured?category=${section}`, { itemIds: [] }, '*');
      await context.close();
    }
  });
});
