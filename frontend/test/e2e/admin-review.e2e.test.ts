// Review with comments (issue 20): an editor returns an author's article in review with a
// reason; the author signs in and finds it marked in their list and explained on opening it;
// notes are a thread the two answer in. Each person signs in in a browser context of their own.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Article } from '../../src/api/types';
import { launchBrowser, newReader, screenshot } from './browser';
import { adminUrl, apiUrl, manage } from './admin-helpers';

const stamp = Date.now() % 100000;
const writer = { userName: `phongvien${stamp}`, displayName: 'Phóng viên Lan', password: 'mat-khau-phong-vien-1', role: 'author' };
const reviewer = { userName: `bientap${stamp}`, displayName: 'Biên tập Minh', password: 'mat-khau-bien-tap-1', role: 'editor' };

let browser: Browser;
const contexts: BrowserContext[] = [];
let articleId: number;

/** A token for one of the test's accounts, to set things up as that person through the API. */
async function tokenOf(user: typeof writer): Promise<string> {
  const response = await fetch(`${apiUrl}/api/v1/auth/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ userName: user.userName, password: user.password }),
  });
  expect(response.status).toBe(200);
  return ((await response.json()) as { accessToken: string }).accessToken;
}

/** A page signed in as `user` through the form, at `hash`. */
async function signedIn(user: typeof writer, hash: string): Promise<{ page: Page; errors: string[] }> {
  const reader = await newReader(browser);
  contexts.push(reader.context);
  reader.page.on('dialog', (dialog) => void dialog.accept()); // the confirmations (delete a note)
  await reader.page.goto(`${adminUrl}${hash}`);
  await reader.page.getByLabel('Tên đăng nhập').fill(user.userName);
  await reader.page.getByLabel('Mật khẩu').fill(user.password);
  await reader.page.getByRole('button', { name: 'Đăng nhập' }).click();
  await reader.page.locator('.admin-header .user-name').waitFor();
  await reader.page.locator('main:not([aria-busy]) h1').waitFor();
  return reader;
}

beforeAll(async () => {
  for (const user of [writer, reviewer]) {
    const created = await manage('POST', '/users', user);
    expect(created.status).toBe(201);
  }
  // The author writes the article and hands it in, as they would in the admin.
  const headers = { Authorization: `Bearer ${await tokenOf(writer)}`, 'Content-Type': 'application/json' };
  const draft = await fetch(`${apiUrl}/api/v1/manage/articles`, {
    method: 'POST', headers, body: JSON.stringify({ title: 'Sóc Trăng mở rộng vùng lúa thơm', body: '<p>Nông dân chuyển sang giống lúa thơm.</p>' }),
  });
  expect(draft.status).toBe(201);
  articleId = ((await draft.json()) as Article).id;
  const submitted = await fetch(`${apiUrl}/api/v1/manage/articles/${articleId}/submit`, { method: 'POST', headers });
  expect(submitted.status).toBe(200);
  browser = await launchBrowser();
});

afterAll(async () => {
  for (const context of contexts) await context.close();
  await browser?.close();
  if (articleId) {
    const current = await manage('GET', `/articles/${articleId}`);
    if (current.etag) await manage('DELETE', `/articles/${articleId}`, undefined, current.etag);
  }
});

describe('admin: review with comments', () => {
  test('an editor returns an item in review with a reason and leaves a note', async () => {
    const { page, errors } = await signedIn(reviewer, `#/articles/${articleId}`);
    await page.locator('.notes-panel .notes-empty').waitFor();
    await expect(page.locator('.status-line .status').innerText()).resolves.toBe('Chờ duyệt');

    // A reason is required: asked for beside the box, nothing sent.
    await page.getByRole('button', { name: 'Trả lại tác giả' }).click();
    await page.getByRole('button', { name: 'Gửi trả lại' }).click();
    await expect(page.locator('[data-field="reason"] .field-error:not([hidden])').innerText()).resolves.toBe('Nhập lý do trả lại để tác giả biết cần sửa gì.');
    await page.getByLabel('Lý do trả lại (tác giả sẽ thấy)').fill('Cần thêm ý kiến của <b>nông dân</b>.');
    await page.getByRole('button', { name: 'Gửi trả lại' }).click();
    await page.locator('.notice.success', { hasText: 'Đã trả lại cho tác giả' }).waitFor();

    await expect(page.locator('.status-line .status').innerText()).resolves.toBe('Nháp');
    await expect(page.getByRole('button', { name: 'Trả lại tác giả' }).count()).resolves.toBe(0);
    await expect(page.locator('.returned-notice').innerText()).resolves.toMatch(
      /^Biên tập viên Biên tập Minh trả lại lúc \d\d\/\d\d\/\d{4} \d\d:\d\d: Cần thêm ý kiến của <b>nông dân<\/b>\.$/);
    await expect(page.locator('.note-returned .note-text').innerText()).resolves.toBe('Cần thêm ý kiến của <b>nông dân</b>.');

    await page.getByLabel('Ghi chú mới').fill('Ảnh bìa nên có chú thích.');
    await page.getByRole('button', { name: 'Thêm ghi chú' }).click();
    await page.locator('.note-text', { hasText: 'Ảnh bìa nên có chú thích.' }).waitFor();
    await expect(page.locator('.notes-panel h2').innerText()).resolves.toBe('Ghi chú (2)');
    await screenshot(page, 'admin-review-editor');
    // Done with it: leaving the editor lets go of the item's edit lock, so its author may edit it.
    await page.evaluate(() => {
      location.hash = '#/articles';
    });
    await expect.poll(async () => (await manage<{ holder: unknown }>('GET', `/articles/${articleId}/lock`)).json.holder, { timeout: 10_000 }).toBeNull();
    expect(errors).toEqual([]);
  });

  test('the author sees it returned in their list and on opening it, and answers a note', async () => {
    const { page, errors } = await signedIn(writer, '#/articles');
    const row = page.locator(`tr[data-id="${articleId}"]`);
    await expect(row.locator('.returned-marker').innerText()).resolves.toBe('Bị trả lại Cần thêm ý kiến của <b>nông dân</b>.');
    await expect(row.locator('.note-count').innerText()).resolves.toBe('2');

    await row.getByRole('link', { name: 'Sóc Trăng mở rộng vùng lúa thơm' }).click();
    await page.locator('.returned-notice:not([hidden])').waitFor();
    await expect(page.locator('.returned-notice').innerText()).resolves.toContain('Biên tập viên Biên tập Minh trả lại lúc');
    const editorsNote = page.locator('.note-thread', { has: page.locator('.note-text', { hasText: 'Ảnh bìa nên có chú thích.' }) });
    await expect(editorsNote.locator('.note-author').first().innerText()).resolves.toBe('Biên tập Minh');
    await expect(editorsNote.locator('.delete-note').count()).resolves.toBe(0); // not theirs

    await editorsNote.getByRole('button', { name: 'Trả lời' }).click();
    await editorsNote.getByLabel('Trả lời').fill('Em đã thêm chú thích ảnh.');
    await editorsNote.getByRole('button', { name: 'Gửi trả lời' }).click();
    const reply = page.locator('.note-replies .note', { hasText: 'Em đã thêm chú thích ảnh.' });
    await reply.waitFor();
    await expect(reply.locator('.note-author').innerText()).resolves.toBe('Phóng viên Lan');

    // Handing it in again ends the return: the notice goes, the notes stay.
    await page.getByRole('button', { name: 'Gửi duyệt' }).click();
    await page.locator('.notice.success', { hasText: 'Đã gửi duyệt.' }).waitFor();
    await page.locator('.returned-notice[hidden]').waitFor({ state: 'attached' });
    await expect(page.locator('.notes-panel h2').innerText()).resolves.toBe('Ghi chú (3)');
    await screenshot(page, 'admin-review-author');
    expect(errors).toEqual([]);
  });

  test('the editor reads the reply in the thread and deletes the author\'s answer', async () => {
    const { page, errors } = await signedIn(reviewer, `#/articles/${articleId}`);
    const reply = page.locator('.note-replies .note', { hasText: 'Em đã thêm chú thích ảnh.' });
    await reply.waitFor();
    await reply.getByRole('button', { name: 'Xoá' }).click();
    await reply.waitFor({ state: 'detached' });
    await expect(page.locator('.notes-panel h2').innerText()).resolves.toBe('Ghi chú (2)');
    const notes = await manage<{ items: Array<{ replies: unknown[] }> }>('GET', `/articles/${articleId}/notes`);
    expect(notes.json.items.flatMap((t) => t.replies)).toEqual([]);
    expect(errors).toEqual([]);
  });
});
