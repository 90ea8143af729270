import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Article } from '../../src/api/types';
import type { AuthorResponse } from '../../src/admin/types';
import { manage, signIn, siteUrl } from './admin-helpers';
import { launchBrowser, newReader, visit } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Today in the portal's zone, as the report's period takes it. */
const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date());

describe('authors (tác giả) and royalties (nhuận bút)', () => {
  test('an editor adds an author, credits them on a story, pays them; readers follow the byline to their page', async () => {
    const suffix = Date.now().toString(36);
    const name = `Lê Vũ ${suffix}`;
    const title = `Mùa nước nổi, "tôm" và lúa ${suffix}`;
    const { context, page, errors } = await newReader(browser);
    let articleId: number | undefined;
    let author: AuthorResponse | undefined;
    try {
      // "Tác giả": a new author.
      await signIn(page, '#/authors');
      const form = page.locator('.author-form');
      await form.getByLabel('Tên (như in ở dòng tác giả)').fill(name);
      await form.getByLabel('Chức danh').fill('Phóng viên');
      await form.getByLabel('Giới thiệu').fill('Hai mươi năm viết về đồng bằng.');
      await form.getByRole('button', { name: 'Thêm' }).click();
      await expect(page.locator('.messages [role="status"]').innerText()).resolves.toBe('Đã thêm tác giả.');
      await expect(page.locator('.author-table .author-name').allInnerTexts()).resolves.toContain(name);
      author = (await manage<{ items: AuthorResponse[] }>('GET', `/authors?q=${encodeURIComponent(name)}`)).json.items[0]!;

      // The item editor: credited for text and photos, in that order.
      const created = await manage<Article>('POST', '/articles', { title, body: '<p>Nội dung thử.</p>' });
      articleId = created.json.id;
      await page.goto(`${page.url().split('#')[0]}#/articles/${articleId}`);
      await page.locator('main:not([aria-busy]) .editor-form').waitFor();
      for (const role of ['Bài', 'Ảnh']) {
        await page.getByRole('button', { name: 'Thêm tác giả' }).click();
        const row = page.locator('.credit-row').last();
        await row.getByLabel('Tác giả').selectOption({ label: `${name} (Phóng viên)` });
        await row.getByLabel('Vai trò').selectOption({ label: role });
      }
      await page.locator('.action-bar').getByRole('button', { name: 'Lưu', exact: true }).click();
      await expect.poll(async () => (await manage<Article>('GET', `/articles/${articleId}`)).json.credits.map((c) => c.role)).toEqual(['text', 'photo']);
      expect((await manage('POST', `/articles/${articleId}/publish`, undefined, '*')).status).toBe(200);

      // Published: the royalty lines appear; the editor pays the author.
      await page.reload();
      await page.locator('main:not([aria-busy]) .royalty-form').waitFor();
      await page.getByLabel(`Điểm của ${name}`).fill('12.5');
      await page.getByLabel(`Số tiền (đồng) của ${name}`).fill('350000');
      await page.getByRole('button', { name: 'Lưu nhuận bút' }).click();
      await expect(page.locator('.royalty-panel [role="status"]').innerText()).resolves.toBe('Đã lưu nhuận bút.');

      // "Nhuận bút": today's report, with the totals and the CSV.
      await page.goto(`${page.url().split('#')[0]}#/royalties?from=${today()}&to=${today()}`);
      await page.locator('main:not([aria-busy]) .royalty-table').waitFor();
      const group = page.locator('.royalty-table tbody', { hasText: name });
      await expect(group.locator('tr').first().innerText()).resolves.toContain(title);
      await expect(group.locator('tr.subtotal').innerText()).resolves.toContain('350.000');
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Tải CSV' }).click()]);
      expect(download.suggestedFilename()).toBe(`nhuan-but-${today()}-${today()}.csv`);
      const bytes = await new Response(await download.createReadStream() as unknown as ReadableStream).arrayBuffer();
      expect(Array.from(new Uint8Array(bytes).slice(0, 3))).toEqual([0xef, 0xbb, 0xbf]);
      expect(new TextDecoder().decode(bytes)).toContain(`"${title.replace(/"/g, '""')}"`);
      expect(errors).toEqual([]);

      // A reader: "Bài và ảnh: <name>" under the story, a link to the author's page.
      const reader = await newReader(browser);
      await visit(reader.page, `${siteUrl}/bai-viet/${created.json.slug}`);
      await expect(reader.page.locator('.story .byline').innerText()).resolves.toBe(`Bài và ảnh: ${name}`);
      await reader.page.locator('.story .byline a').click();
      await reader.page.locator('.author-page h1').waitFor();
      expect(new URL(reader.page.url()).pathname).toBe(`/tac-gia/${author.slug}`);
      await expect(reader.page.locator('.author-page h1').innerText()).resolves.toBe(`Tác giả: ${name}`);
      await expect(reader.page.locator('.author-title').innerText()).resolves.toBe('Phóng viên');
      await expect(reader.page.locator('.author-page .story-list').innerText()).resolves.toContain(title);
      expect(reader.errors).toEqual([]);

      // The builder writes the author's page as a file too: crawlers and readers without JavaScript get it whole.
      await expect.poll(async () => {
        const built = await fetch(`${siteUrl}/tac-gia/${author!.slug}`);
        return built.status === 200 ? await built.text() : String(built.status);
      }, { timeout: 15_000 }).toContain(`Tác giả: ${name}`);
      const html = await (await fetch(`${siteUrl}/tac-gia/${author.slug}`)).text();
      expect(html).toContain(`/bai-viet/${created.json.slug}`);
      expect(html).toContain('"@type":"ProfilePage"');

      // An unknown author's page is the 404 page.
      const missing = await fetch(`${siteUrl}/tac-gia/khong-co-ai-${suffix}`);
      expect(missing.status).toBe(404);
      await visit(reader.page, `${siteUrl}/tac-gia/khong-co-ai-${suffix}`);
      await expect(reader.page.locator('main h1').innerText()).resolves.not.toContain('Tác giả:');
      await reader.context.close();
    } finally {
      if (articleId) await manage('DELETE', `/articles/${articleId}`, undefined, '*');
      if (author) await manage('DELETE', `/authors/${author.id}`, undefined, '*');
      await context.close();
    }
  });
});
