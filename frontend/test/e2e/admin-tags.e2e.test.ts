import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Article } from '../../src/api/types';
import { manage, signIn, siteUrl } from './admin-helpers';
import { launchBrowser, newReader, visit } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const article = (title: string, tag: string) => ({ title, body: '<p>Nội dung thử.</p>', tags: [tag] });

describe('tags ("Từ khoá")', () => {
  test('an editor merges a stray spelling into the right tag, then renames it; every item carrying it follows', async () => {
    const stray = await manage<Article>('POST', '/articles', article('Bài gắn từ khoá viết tắt', 'HT số hoá'));
    const right = await manage<Article>('POST', '/articles', article('Bài gắn từ khoá đúng', 'Hội thảo số hoá'));
    const { context, page, errors } = await newReader(browser);
    page.on('dialog', (dialog) => void dialog.accept());
    try {
      await signIn(page, '#/tags?q=so hoa');
      const names = () => page.locator('tbody .tag-name').allInnerTexts();
      await expect(names()).resolves.toEqual(expect.arrayContaining(['HT số hoá', 'Hội thảo số hoá']));

      // Written like the tag to keep: refused, with the way out named.
      await page.getByRole('button', { name: 'Đổi tên “HT số hoá”' }).click();
      await page.getByLabel('Tên mới của “HT số hoá”').fill('Hội thảo Số hoá');
      await page.locator('.tag-form').getByRole('button', { name: 'Lưu' }).click();
      await expect(page.locator('.messages [role="alert"]').innerText()).resolves.toContain('Hãy dùng “Gộp vào…”');

      await page.getByRole('button', { name: 'Gộp “HT số hoá” vào từ khoá khác' }).click();
      await page.getByLabel('Từ khoá giữ lại thay cho “HT số hoá”').fill('hoi thao so hoa');
      await page.locator('.tag-form').getByRole('button', { name: 'Gộp' }).click();
      await expect(page.locator('.messages [role="status"]').innerText()).resolves.toBe('Đã gộp “HT số hoá” vào “Hội thảo số hoá”, nay có 2 mục.');
      await expect(names()).resolves.not.toContain('HT số hoá');
      expect((await manage<Article>('GET', `/articles/${stray.json.id}`)).json.tags.map((t) => t.name)).toEqual(['Hội thảo số hoá']);

      await page.getByRole('button', { name: 'Đổi tên “Hội thảo số hoá”' }).click();
      await page.getByLabel('Tên mới của “Hội thảo số hoá”').fill('Hội thảo số hóa 2024');
      await page.locator('.tag-form').getByRole('button', { name: 'Lưu' }).click();
      await expect(page.locator('.messages [role="status"]').innerText()).resolves.toBe('Đã đổi “Hội thảo số hoá” thành “Hội thảo số hóa 2024” trên 2 mục.');
      await expect(page.locator('tr[data-slug="hoi-thao-so-hoa-2024"] td').nth(2).innerText()).resolves.toBe('2');
      for (const id of [stray.json.id, right.json.id]) {
        expect((await manage<Article>('GET', `/articles/${id}`)).json.tags.map((t) => t.name)).toEqual(['Hội thảo số hóa 2024']);
      }
      expect(errors).toEqual([]);

      // A reader following an old link (the stray's tag page) lands on the tag it became.
      expect((await manage('POST', `/articles/${right.json.id}/publish`, undefined, '*')).status).toBe(200);
      const reader = await newReader(browser);
      await visit(reader.page, `${siteUrl}/tu-khoa/ht-so-hoa`);
      await expect(reader.page.locator('main h1').innerText()).resolves.toBe('Từ khóa: Hội thảo số hóa 2024');
      expect(new URL(reader.page.url()).pathname).toBe('/tu-khoa/hoi-thao-so-hoa-2024');
      expect(reader.errors).toEqual([]);
      await reader.context.close();
    } finally {
      for (const id of [stray.json.id, right.json.id]) await manage('DELETE', `/articles/${id}`, undefined, '*');
      await context.close();
    }
  });
});
