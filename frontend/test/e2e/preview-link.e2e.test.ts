import { mkdirSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Article } from '../../src/api/types';
import { manage, signIn, siteUrl } from './admin-helpers';
import { launchBrowser, newReader, phone, recordHits, screenshotDir, visit } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
  mkdirSync(screenshotDir, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
});

describe('preview links ("Xem trước cho người ngoài")', () => {
  test('an editor makes a link to a draft; a reader without an account sees it as readers will, until it is revoked', async () => {
    const draft = await manage<Article>('POST', '/articles', {
      title: 'Nghị quyết Đại hội Đảng bộ chờ lãnh đạo duyệt',
      summary: 'Bản thảo trình Ban Thường vụ.',
      body: '<p>Đoạn mở đầu của bản thảo nghị quyết.</p>',
    });
    const { context, page, errors } = await newReader(browser);
    page.on('dialog', (dialog) => void dialog.accept());
    try {
      await signIn(page, `#/articles/${draft.json.id}`);
      await page.locator('details.preview-links summary').click();
      await page.getByRole('button', { name: 'Tạo liên kết xem trước' }).click();
      const created = page.locator('.preview-link-created');
      await created.waitFor();
      await expect(created.innerText()).resolves.toMatch(/Có hiệu lực đến \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}/);
      const url = await created.locator('input.preview-link-url').inputValue();
      expect(url).toMatch(new RegExp(`^${siteUrl}/xem-truoc/[A-Za-z0-9_-]{64}$`));
      await page.locator('.preview-links-table tbody tr[data-state="active"]').waitFor();
      await expect(page.locator('.preview-links-table tbody tr').first().locator('td').nth(4).innerText()).resolves.toBe('Còn hiệu lực');
      await page.locator('details.preview-links').screenshot({ path: `${screenshotDir}admin-preview-links.png` });

      // Someone without an account, on a phone: the site's own item page under the banner.
      const reader = await newReader(browser, phone);
      const hits = recordHits(reader.page);
      const response = await reader.page.goto(url);
      expect(response?.status()).toBe(200);
      expect(response?.headers()['cache-control']).toBe('private, no-store');
      expect(response?.headers()['x-robots-tag']).toBe('noindex');
      await reader.page.waitForSelector('main#main:not([aria-busy]) h1', { timeout: 20_000 });
      await expect(reader.page.locator('.preview-banner').innerText()).resolves.toContain('Bản xem trước');
      await expect(reader.page.locator('main h1').innerText()).resolves.toBe('Nghị quyết Đại hội Đảng bộ chờ lãnh đạo duyệt');
      await expect(reader.page.locator('.story-body').innerText()).resolves.toBe('Đoạn mở đầu của bản thảo nghị quyết.');
      await expect(reader.page.locator('meta[name="robots"]').evaluateAll((metas) => metas.map((m) => m.getAttribute('content')))).resolves
        .toEqual(expect.arrayContaining([expect.stringContaining('noindex')]));
      await reader.page.screenshot({ path: `${screenshotDir}preview-link-phone.png`, fullPage: true });
      await reader.page.waitForTimeout(500); // a beacon would have gone by now
      expect(hits).toEqual([]);
      expect(reader.errors).toEqual([]);

      // Revoked in the editor: the same address now says so.
      await page.getByRole('button', { name: 'Thu hồi' }).click();
      await page.locator('.preview-links-status', { hasText: 'Đã thu hồi liên kết.' }).waitFor();
      await expect(page.locator('.preview-links-table tbody tr').first().locator('td').nth(4).innerText()).resolves.toContain('Đã thu hồi');
      await visit(reader.page, url);
      await expect(reader.page.locator('main h1').innerText()).resolves.toBe('Liên kết xem trước đã bị thu hồi');
      expect(await reader.page.locator('.story').count()).toBe(0);
      expect(reader.errors).toEqual([]);
      expect(errors).toEqual([]);
      await reader.context.close();
    } finally {
      await manage('DELETE', `/articles/${draft.json.id}`, undefined, '*');
      await context.close();
    }
  });

  test('an address that is no link is a clear page, not an error', async () => {
    const { context, page, errors } = await newReader(browser);
    try {
      await visit(page, `${siteUrl}/xem-truoc/khong-phai-lien-ket`);
      await expect(page.locator('main h1').innerText()).resolves.toBe('Liên kết xem trước không hợp lệ');
      await expect(page.locator('main').innerText()).resolves.toContain('đề nghị tòa soạn gửi liên kết mới');
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
