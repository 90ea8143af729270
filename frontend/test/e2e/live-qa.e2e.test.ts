import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Interview } from '../../src/api/types';
import { apiUrl, manage, signIn, siteUrl } from './admin-helpers';
import { expectCleanPage, launchBrowser, newReader, visit } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** A published interview of its own (the seed interview stays as other tests expect it) with a session open now. */
async function openInterview(): Promise<Interview> {
  const title = `Giao lưu trực tuyến về đô thị loại I ${Date.now()}`;
  const created = await manage<Interview>('POST', '/interviews', {
    title,
    summary: 'Bí thư Thành ủy trả lời bạn đọc.',
    interviewee: { name: 'Nguyễn Văn Quận', position: 'Bí thư Thành ủy Sóc Trăng' },
    exchanges: [{ question: 'Xin đồng chí cho biết mục tiêu năm nay?', answer: 'Hoàn thiện các tiêu chí đô thị loại I.' }],
  });
  expect(created.status).toBe(201);
  const published = await manage<Interview>('POST', `/interviews/${created.json.id}/publish`, {});
  expect(published.status).toBe(200);
  const now = Date.now();
  const session = await manage('PUT', `/interviews/${created.json.id}/live`, {
    opensAt: new Date(now - 60_000).toISOString(),
    closesAt: new Date(now + 3_600_000).toISOString(),
  });
  expect(session.status).toBe(200);
  return published.json;
}

describe('live online Q&A', () => {
  test('a reader sends a question, the newsroom answers it, and the answer appears on the open page without a reload', async () => {
    const interview = await openInterview();
    const { context, page, errors } = await newReader(browser);
    await visit(page, `${siteUrl}/phong-van/${interview.slug}`);
    const form = page.locator('.live-qa-form');
    await form.waitFor({ timeout: 10_000 });
    await expect(page.locator('.live-qa-status').innerText()).resolves.toMatch(/^Buổi giao lưu đang diễn ra/);

    await form.getByLabel('Họ và tên').fill('Trần Thị Bình');
    await form.getByLabel('Nơi ở (không bắt buộc)').fill('Vĩnh Châu');
    await form.getByLabel('Câu hỏi').fill('<b>Khi nào</b> có công viên mới?');
    await form.getByRole('button', { name: 'Gửi câu hỏi' }).click();
    await page.locator('.live-qa-message[data-state="sent"]').waitFor({ timeout: 10_000 });
    await expect(page.locator('.live-qa-message').innerText()).resolves.toMatch(/^Cảm ơn bạn!/);

    // Not shown before it is answered.
    await expect(page.locator('.qa .exchange').count()).resolves.toBe(1);
    const queue = await manage<Array<{ id: number; text: string; state: string }>>('GET', `/interviews/${interview.id}/questions`);
    const question = queue.json.find((q) => q.text === '<b>Khi nào</b> có công viên mới?');
    expect(question?.state).toBe('pending');

    const answered = await manage('POST', `/interviews/${interview.id}/questions/${question!.id}/answer`, { answer: 'Quý III năm nay sẽ khởi công.' });
    expect(answered.status).toBe(200);

    const added = page.locator('.qa .exchange').nth(1);
    await added.waitFor({ timeout: 5_000 });
    await expect(added.locator('.asker').innerText()).resolves.toBe('Bạn đọc Trần Thị Bình (Vĩnh Châu) hỏi:');
    // The reader's HTML is text, never markup.
    await expect(added.locator('.question-text').innerText()).resolves.toBe('<b>Khi nào</b> có công viên mới?');
    await expect(added.locator('.question-text b').count()).resolves.toBe(0);
    await expect(added.locator('.answer').innerText()).resolves.toBe('Nguyễn Văn Quận: Quý III năm nay sẽ khởi công.');
    await expectCleanPage(page);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('after the session closes the page is an ordinary interview: no form, its exchanges as built', async () => {
    const interview = await openInterview();
    const now = Date.now();
    expect((await manage('PUT', `/interviews/${interview.id}/live`, { opensAt: new Date(now - 7_200_000).toISOString(), closesAt: new Date(now - 1_000).toISOString() })).status).toBe(200);
    const { context, page } = await newReader(browser);
    const asked = page.waitForResponse((r) => r.url() === `${apiUrl}/api/v1/interviews/${interview.slug}/live`, { timeout: 15_000 });
    await visit(page, `${siteUrl}/phong-van/${interview.slug}`);
    await asked; // the script asked the API about the session, and drew nothing
    await expect(page.locator('.live-qa').count()).resolves.toBe(0);
    await expect(page.locator('.qa .exchange').count()).resolves.toBe(1);
    await context.close();
  });

  test('in the admin, an editor sees the new question arrive, corrects it and publishes the answer; the page of the reader shows it', async () => {
    const interview = await openInterview();
    const reader = await newReader(browser);
    await visit(reader.page, `${siteUrl}/phong-van/${interview.slug}`);
    await reader.page.locator('.live-qa-form').waitFor({ timeout: 10_000 });
    const editor = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'vi-VN' });
    const admin = await editor.newPage();
    await signIn(admin, `#/interviews/${interview.id}`);
    const panel = admin.locator('.live-qa-panel');
    await panel.locator('.live-qa-session-state', { hasText: /^Đang diễn ra/ }).waitFor({ timeout: 10_000 }); // once the panel has read the session

    const sent = await fetch(`${apiUrl}/api/v1/interviews/${interview.slug}/questions`, {
      method: 'POST', headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ name: 'Lâm Văn Cường', place: 'Mỹ Xuyên', text: 'bao gio mo rong duong Le Duan?' }),
    });
    expect(sent.status).toBe(202);
    const row = panel.locator('.live-qa-question').filter({ hasText: 'Lâm Văn Cường' });
    await row.waitFor({ timeout: 10_000 }); // the queue is asked every 5 s
    await row.getByLabel('Câu hỏi của Lâm Văn Cường', { exact: true }).fill('Bao giờ mở rộng đường Lê Duẩn?');
    await row.getByLabel('Trả lời câu hỏi của Lâm Văn Cường').fill('Dự án khởi công trong năm nay.');
    await row.getByRole('button', { name: 'Đăng câu trả lời' }).click();
    await panel.locator('.notice.success').waitFor({ timeout: 10_000 });

    const added = reader.page.locator('.qa .exchange').nth(1);
    await added.waitFor({ timeout: 5_000 });
    await expect(added.locator('.asker').innerText()).resolves.toBe('Bạn đọc Lâm Văn Cường (Mỹ Xuyên) hỏi:');
    await expect(added.locator('.question-text').innerText()).resolves.toBe('Bao giờ mở rộng đường Lê Duẩn?');
    expect(reader.errors).toEqual([]);
    await editor.close();
    await reader.context.close();
  });
});
