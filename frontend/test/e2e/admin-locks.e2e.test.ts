import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Article } from '../../src/api/types';
import type { EditLock } from '../../src/admin/types';
import { adminUrl, manage } from './admin-helpers';
import { launchBrowser, newReader, screenshotDir } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** An editor account with a display name, made by the admin for this run. */
async function editorAccount(displayName: string): Promise<{ userName: string; password: string }> {
  const account = { userName: `khoa.${Math.random().toString(36).slice(2, 10)}`, password: 'mat-khau-du-dai-123' };
  const created = await manage('POST', '/users', { ...account, role: 'editor', displayName });
  expect(created.status, 'account for the test').toBe(201);
  return account;
}

/** Signs in through the form as that account and opens `hash`. */
async function signInAs(page: Page, account: { userName: string; password: string }, hash: string): Promise<void> {
  await page.goto(`${adminUrl}${hash}`);
  await page.getByLabel('Tên đăng nhập').fill(account.userName);
  await page.getByLabel('Mật khẩu').fill(account.password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.locator('main:not([aria-busy]) .editor-form').waitFor();
}

const portalClock = (iso: string) =>
  new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Ho_Chi_Minh', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(iso));

async function lockOf(id: number): Promise<EditLock> {
  return (await manage<EditLock>('GET', `/articles/${id}/lock`)).json;
}

async function until<T>(read: () => Promise<T>, done: (value: T) => boolean, what: string, ms = 5_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > end) throw new Error(`${what}: still ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('edit locks ("Đang được … sửa")', () => {
  test('a second editor sees who is editing, takes over after confirming, and the first is told at once', async () => {
    const item = await manage<Article>('POST', '/articles', { title: 'Bài hai người cùng mở', body: '<p>Nội dung ban đầu.</p>' });
    const levu = await editorAccount('Lê Vũ');
    const mai = await editorAccount('Trần Thị Mai');
    const first = await newReader(browser);
    const second = await newReader(browser);
    const hash = `#/articles/${item.json.id}`;
    try {
      // Lê Vũ opens the item: the editor takes the lock.
      await signInAs(first.page, levu, hash);
      const held = await until(() => lockOf(item.json.id), (l) => l.holder?.userName === levu.userName, 'the first editor\'s lock');

      // Mai opens it too: the banner names Lê Vũ and since when, the form is read-only.
      await signInAs(second.page, mai, hash);
      const banner = second.page.locator('.lock-banner .lock-message');
      await expect(banner.innerText()).resolves.toBe(`Đang được Lê Vũ sửa từ ${portalClock(held.holder!.since)}`);
      await expect(second.page.getByRole('textbox', { name: 'Tiêu đề', exact: true }).evaluate((el: HTMLInputElement) => el.readOnly)).resolves.toBe(true);
      await expect(second.page.locator('.action-save').isDisabled()).resolves.toBe(true);

      // Lê Vũ types something and has not saved it yet.
      await first.page.getByRole('textbox', { name: 'Tiêu đề', exact: true }).fill('Tiêu đề Lê Vũ chưa lưu');

      // Mai takes over, after confirming.
      const asked: string[] = [];
      second.page.once('dialog', (dialog) => {
        asked.push(dialog.message());
        void dialog.accept();
      });
      await second.page.getByRole('button', { name: 'Giành quyền sửa' }).click();
      await second.page.locator('.lock-banner').waitFor({ state: 'hidden' });
      expect(asked[0]).toContain('Lê Vũ đang sửa bài này');
      await expect(second.page.getByRole('textbox', { name: 'Tiêu đề', exact: true }).evaluate((el: HTMLInputElement) => el.readOnly)).resolves.toBe(false);
      const taken = await lockOf(item.json.id);
      expect(taken.holder?.userName).toBe(mai.userName);

      // Lê Vũ is told within two seconds (the events stream, not the next heartbeat 20 s away),
      // and his form turns read-only with his unsaved title still there to copy.
      const told = first.page.locator('.lock-banner.lock-lost .lock-message');
      await told.waitFor({ timeout: 2_000 });
      await expect(told.innerText()).resolves.toBe(`Trần Thị Mai đã giành quyền sửa bài lúc ${portalClock(taken.holder!.since)}`);
      await expect(first.page.getByRole('textbox', { name: 'Tiêu đề', exact: true }).inputValue()).resolves.toBe('Tiêu đề Lê Vũ chưa lưu');
      await expect(first.page.getByRole('textbox', { name: 'Tiêu đề', exact: true }).evaluate((el: HTMLInputElement) => el.readOnly)).resolves.toBe(true);

      // Mai leaves the editor: the lock is let go at once, not a minute later.
      await second.page.goto(`${adminUrl}#/articles`);
      await until(() => lockOf(item.json.id), (l) => l.holder?.userName !== mai.userName, 'the lock let go on leaving');
      await first.page.screenshot({ path: `${screenshotDir}admin-lock-taken-over.png`, fullPage: true });
      expect([...first.errors, ...second.errors]).toEqual([]);
    } finally {
      await first.context.close();
      await second.context.close();
      await manage('DELETE', `/articles/${item.json.id}`, undefined, '*');
    }
  });
});
