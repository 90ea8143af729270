import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Interview } from '../../src/api/types';
import { launchBrowser, newReader, screenshotDir, visit } from './browser';
import { adminUrl, manage, signIn, siteUrl } from './admin-helpers';

let browser: Browser;
beforeAll(async () => {
  mkdirSync(screenshotDir, { recursive: true });
  browser = await launchBrowser();
});
/** Items this file published: deleted at the end even when a test failed halfway. */
const published = new Set<number>();
afterAll(async () => {
  await browser?.close();
  for (const id of published) {
    const current = await manage('GET', `/interviews/${id}`);
    if (current.etag) await manage('DELETE', `/interviews/${id}`, undefined, current.etag);
  }
});

const exchanges = [
  { q: 'Đồng chí đánh giá thế nào về năm 2025?', a: 'Năm 2025 là năm bản lề.\n\nKinh tế tăng trưởng khá.' },
  { q: 'Nhiệm vụ trọng tâm năm tới là gì?', a: 'Hoàn thiện tiêu chí đô thị loại I.' },
  { q: 'Đồng chí nhắn gửi gì tới người dân?', a: 'Chúc bà con một năm mới an khang.' },
];

/** The id in the editor's URL (#/interviews/12). */
const idInUrl = (page: Page) => Number(/#\/\w+\/(\d+)/.exec(page.url())?.[1]);

describe('admin UI', () => {
  test('an editor writes an interview with three exchanges, previews it, publishes it, and readers see it', async () => {
    const { context, page, errors } = await newReader(browser);
    await signIn(page, '#/interviews');
    await expect(page.locator('.admin-header .user-role').innerText()).resolves.toBe('Quản trị viên');
    await expect(page.locator('main h1').innerText()).resolves.toBe('Phỏng vấn');
    // The seed interview is in the list, with its status.
    await expect(page.locator('.content-table tbody tr').first().locator('.status').innerText()).resolves.toBe('Đã xuất bản');

    await page.getByRole('link', { name: '+ Thêm bài phỏng vấn' }).click();
    await page.locator('main h1', { hasText: 'Thêm bài phỏng vấn mới' }).waitFor();
    const title = `Phỏng vấn thử nghiệm ${Date.now()}`;
    await page.getByLabel('Tiêu đề').fill(title);
    await page.getByLabel('Sapo (đoạn dẫn)').fill('Cuộc trao đổi đầu năm.');
    // Typed without tone marks, the tag the newsroom already uses is offered, and taken.
    const tags = page.getByLabel('Từ khoá', { exact: true });
    await tags.pressSequentially('dong bao');
    const suggestion = page.locator('[data-field="tags"] .tag-suggestion', { hasText: 'Đồng bào Khmer' });
    await suggestion.waitFor();
    await page.locator('[data-field="tags"]').screenshot({ path: `${screenshotDir}admin-tag-suggestions.png` });
    await suggestion.click();
    await expect(tags.inputValue()).resolves.toBe('Đồng bào Khmer, ');
    await page.getByLabel('Họ và tên').fill('Trần Văn Bình');
    await page.getByLabel('Chức vụ').fill('Chủ tịch UBND phường');
    // One empty exchange to start with; add two more, fill them in the wrong order and fix it with ↑.
    await page.getByRole('button', { name: '+ Thêm câu hỏi' }).click();
    await page.getByRole('button', { name: '+ Thêm câu hỏi' }).click();
    const rows = page.locator('.exchange-row');
    await expect(rows.count()).resolves.toBe(3);
    const order = [exchanges[0]!, exchanges[2]!, exchanges[1]!];
    for (const [index, exchange] of order.entries()) {
      await rows.nth(index).locator('.exchange-question').fill(exchange.q);
      await rows.nth(index).locator('.exchange-answer').fill(exchange.a);
    }
    await page.getByRole('button', { name: 'Đưa câu hỏi 3 lên' }).click();
    await expect(rows.locator('.exchange-question').evaluateAll((els) => els.map((e) => (e as HTMLTextAreaElement).value)))
      .resolves.toEqual(exchanges.map((e) => e.q));
    await page.getByLabel('Lời kết (câu cuối của phóng viên)').fill('Xin cảm ơn đồng chí!');

    await page.getByRole('button', { name: 'Lưu', exact: true }).click();
    await page.locator('.notice.success', { hasText: 'Đã lưu.' }).waitFor();
    await expect(page.locator('.status-line .status').innerText()).resolves.toBe('Nháp');
    const id = idInUrl(page);
    expect(id).toBeGreaterThan(0);
    published.add(id);

    // Preview: the public site's own view of the draft, in the sandboxed frame.
    await page.getByRole('button', { name: 'Xem trước' }).click();
    const preview = page.frameLocator('.preview-frame');
    await expect(preview.locator('article.story h1').innerText()).resolves.toBe(title);
    await expect(preview.locator('.qa .exchange .question-text').allInnerTexts()).resolves.toEqual(exchanges.map((e) => e.q));
    await expect(preview.locator('.interviewee-name').innerText()).resolves.toBe('Trần Văn Bình');
    await page.screenshot({ path: `${screenshotDir}admin-interview-editor.png`, fullPage: true });

    await page.getByRole('button', { name: 'Xuất bản' }).click();
    await page.locator('.notice.success', { hasText: 'Đã xuất bản.' }).waitFor();
    await expect(page.locator('.status-line .status').innerText()).resolves.toBe('Đã xuất bản');
    expect(errors).toEqual([]);

    const saved = (await manage<Interview>('GET', `/interviews/${id}`)).json;
    expect(saved.tags.map((t) => t.name)).toEqual(['Đồng bào Khmer']);
    const reader = await newReader(browser);
    await visit(reader.page, `${siteUrl}/phong-van/${saved.slug}`);
    await expect(reader.page.locator('main article.story h1').innerText()).resolves.toBe(title);
    await expect(reader.page.locator('.qa .exchange .question-text').allInnerTexts()).resolves.toEqual(exchanges.map((e) => e.q));
    await reader.context.close();

    // Deleted again through the UI (after a confirmation), so the other e2e files find the
    // seed interview still the newest on the home page.
    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByRole('button', { name: 'Xoá', exact: true }).click();
    await page.locator('main:not([aria-busy]) h1', { hasText: /^Phỏng vấn$/ }).waitFor();
    expect(page.url()).toMatch(/#\/interviews$/);
    expect((await manage('GET', `/interviews/${id}`)).status).toBe(404);
    published.delete(id);
    await context.close();
  });

  test('a change made behind the editor\'s back is a conflict with a reload, never an overwrite', async () => {
    const created = await manage<Interview>('POST', '/interviews', {
      title: 'Bài để thử xung đột',
      interviewee: { name: 'Lê Thị Hoa' },
      exchanges: [{ question: 'Câu hỏi?', answer: 'Trả lời.' }],
    });
    expect(created.status).toBe(201);
    const { context, page } = await newReader(browser);
    await signIn(page, `#/interviews/${created.json.id}`);
    await page.getByLabel('Tiêu đề').fill('Tiêu đề của biên tập viên A');

    // Someone else saves first.
    const theirs = { title: 'Tiêu đề của biên tập viên B', interviewee: { name: 'Lê Thị Hoa' }, exchanges: [{ question: 'Câu hỏi?', answer: 'Trả lời.' }] };
    expect((await manage('PUT', `/interviews/${created.json.id}`, theirs, created.etag!)).status).toBe(200);

    await page.getByRole('button', { name: 'Lưu', exact: true }).click();
    const conflict = page.locator('.conflict');
    await conflict.waitFor();
    await expect(conflict.innerText()).resolves.toContain('Bài đã được người khác sửa');
    // Nothing was overwritten.
    expect((await manage<Interview>('GET', `/interviews/${created.json.id}`)).json.title).toBe(theirs.title);

    await conflict.getByRole('button', { name: 'Tải bản mới nhất' }).click();
    await page.locator('.notice.success', { hasText: 'Đã tải bản mới nhất.' }).waitFor();
    await expect(page.getByLabel('Tiêu đề').inputValue()).resolves.toBe(theirs.title);
    await expect(conflict.isHidden()).resolves.toBe(true);
    // Saving now works: it carries the new version.
    await page.getByLabel('Tiêu đề').fill('Tiêu đề đã hợp nhất');
    await page.getByRole('button', { name: 'Lưu', exact: true }).click();
    await page.locator('.notice.success', { hasText: 'Đã lưu.' }).waitFor();
    expect((await manage<Interview>('GET', `/interviews/${created.json.id}`)).json.title).toBe('Tiêu đề đã hợp nhất');
    await context.close();
  });

  test('a transcript pasted as rich text becomes a draft interview with its exchanges', async () => {
    const { context, page } = await newReader(browser);
    await signIn(page, '#/interviews/import');
    await page.getByLabel('HTML (dán từ Word hoặc trang web, giữ định dạng)').check();
    const html = [
      '<p>Phường 5 đổi mới từ cơ sở</p>',
      '<p>Trao đổi với lãnh đạo phường về kết quả năm qua.</p>',
      '<ul><li>Xin ông cho biết kết quả nổi bật?</li></ul>',
      '<p>Ông Phạm Văn Tâm: Thu ngân sách vượt kế hoạch.</p>',
      '<ul><li>Khó khăn lớn nhất là gì?</li></ul>',
      '<p>Ông Phạm Văn Tâm: Nguồn lực còn hạn chế.</p>',
      '<ul><li>Xin cảm ơn ông!</li></ul>',
    ].join('');
    // A real paste event carrying text/html, as a word processor puts it on the clipboard.
    await page.locator('textarea.transcript').evaluate((box, content) => {
      const data = new DataTransfer();
      data.setData('text/html', content);
      data.setData('text/plain', 'plain fallback');
      box.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    }, html);
    await expect(page.locator('textarea.transcript').inputValue()).resolves.toBe(html);
    await page.getByLabel('Tác giả (bút danh)').fill('Lê Vũ');
    await page.getByRole('button', { name: 'Tạo bản nháp' }).click();

    await page.locator('main h1', { hasText: 'Sửa bài phỏng vấn' }).waitFor();
    await expect(page.getByLabel('Tiêu đề').inputValue()).resolves.toBe('Phường 5 đổi mới từ cơ sở');
    await expect(page.getByLabel('Họ và tên').inputValue()).resolves.toBe('Phạm Văn Tâm');
    await expect(page.locator('.exchange-question').evaluateAll((els) => els.map((e) => (e as HTMLTextAreaElement).value)))
      .resolves.toEqual(['Xin ông cho biết kết quả nổi bật?', 'Khó khăn lớn nhất là gì?']);
    await expect(page.locator('.status-line .status').innerText()).resolves.toBe('Nháp');
    const saved = (await manage<Interview>('GET', `/interviews/${idInUrl(page)}`)).json;
    expect(saved.status).toBe('draft');
    expect(saved.closing).toBe('Xin cảm ơn ông!');
    expect(saved.author).toBe('Lê Vũ');

    // A transcript without questions is refused with the reason.
    await page.goto(`${adminUrl}#/interviews/import`);
    await page.locator('textarea.transcript').fill('Chỉ có một dòng tiêu đề');
    await page.getByRole('button', { name: 'Tạo bản nháp' }).click();
    await expect(page.locator('.notice.error').innerText()).resolves.toContain('Không có câu hỏi nào');
    await context.close();
  });
});
