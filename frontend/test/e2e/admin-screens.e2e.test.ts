import { mkdirSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Article } from '../../src/api/types';
import { launchBrowser, newReader, screenshotDir } from './browser';
import { adminUrl, manage, signIn, siteUrl } from './admin-helpers';

let browser: Browser;
beforeAll(async () => {
  mkdirSync(screenshotDir, { recursive: true });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('admin screens', () => {
  test('the static server answers /admin/ and deep admin paths with the admin page, other paths with the site', async () => {
    const answer = async (path: string) => {
      const response = await fetch(`${siteUrl}${path}`);
      return [response.status, /<title>([^<]*)<\/title>/.exec(await response.text())?.[1]];
    };
    expect(await answer('/admin/')).toEqual([200, 'Quản trị nội dung']);
    expect(await answer('/admin')).toEqual([200, 'Quản trị nội dung']);
    expect(await answer('/admin/articles/12')).toEqual([200, 'Quản trị nội dung']);
    expect(await answer('/bai-viet/mot-bai')).toEqual([404, 'Không tìm thấy trang | Trang thông tin điện tử tổng hợp']);
  });

  test('a wrong password is refused with a message; a token about to expire is refreshed; one that stops working sends the editor back to sign in', async () => {
    const { context, page, errors } = await newReader(browser);
    await page.goto(adminUrl);
    await page.getByLabel('Tên đăng nhập').fill('admin');
    await page.getByLabel('Mật khẩu').fill('sai-mat-khau');
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await expect(page.locator('.login-form .notice.error').innerText()).resolves.toBe('Sai tên đăng nhập hoặc mật khẩu (hoặc tài khoản đã bị khoá).');

    await signIn(page, '#/articles');
    await expect(page.locator('.admin-header .user-name').innerText()).resolves.toBe('admin');
    // A token about to expire is swapped for a fresh one by itself (POST /auth/refresh).
    const stored = () => page.evaluate(() => JSON.parse(sessionStorage.getItem('cms.admin.session')!) as { accessToken: string; expiresAt: string });
    const soon = new Date(Date.now() + 60_000).toISOString();
    await page.evaluate((expiresAt) => {
      const session = JSON.parse(sessionStorage.getItem('cms.admin.session')!);
      sessionStorage.setItem('cms.admin.session', JSON.stringify({ ...session, expiresAt }));
    }, soon);
    await page.reload();
    await expect.poll(async () => (await stored()).expiresAt, { timeout: 5_000 }).not.toBe(soon);
    expect(Date.parse((await stored()).expiresAt)).toBeGreaterThan(Date.now() + 3600_000);
    await page.locator('main:not([aria-busy]) h1').waitFor();
    // The token is no longer accepted (as when an admin disables the account): the next call is a 401.
    await page.evaluate(() => {
      const session = JSON.parse(sessionStorage.getItem('cms.admin.session')!);
      sessionStorage.setItem('cms.admin.session', JSON.stringify({ ...session, accessToken: 'x.y.z' }));
    });
    await page.reload();
    await expect(page.locator('.login-form .notice.error').innerText()).resolves.toBe('Phiên đăng nhập đã hết hạn hoặc không còn hiệu lực. Vui lòng đăng nhập lại.');
    // Sign out leaves nothing behind.
    await signIn(page, '#/articles');
    await page.getByRole('button', { name: 'Đăng xuất' }).click();
    await page.locator('.login-form').waitFor();
    await expect(page.evaluate(() => sessionStorage.getItem('cms.admin.session'))).resolves.toBeNull();
    expect(errors).toEqual([]);
    await context.close();
  });

  test('an article: errors beside the fields, rich text formatting, scheduling in Vietnam time', async () => {
    const { context, page, errors } = await newReader(browser);
    await signIn(page, '#/articles/new');
    await page.getByRole('button', { name: 'Lưu', exact: true }).click();
    const titleField = page.locator('[data-field="title"]');
    await titleField.locator('.field-error:not([hidden])').waitFor();
    await expect(titleField.locator('.field-error').innerText()).resolves.toBe('Không được để trống.');
    await expect(page.locator('.notice.error').innerText()).resolves.toContain('Dữ liệu chưa hợp lệ');

    await page.getByLabel('Tiêu đề', { exact: true }).fill('Bài viết có lịch xuất bản');
    const body = page.locator('.rich-text');
    await body.click();
    await page.keyboard.type('Đoạn mở đầu ');
    await page.getByRole('button', { name: 'Chữ đậm' }).click();
    await page.keyboard.type('in đậm');
    await page.getByRole('button', { name: 'Chữ đậm' }).click();
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Tiêu đề mục' }).click();
    await page.keyboard.type('Mục hai');
    // Leaving with unsaved changes asks first; "stay" keeps the screen and its text.
    const asked: string[] = [];
    page.once('dialog', (dialog) => {
      asked.push(dialog.message());
      void dialog.dismiss();
    });
    await page.getByRole('link', { name: 'Video' }).click();
    await expect.poll(() => asked).toEqual(['Bạn có thay đổi chưa lưu. Rời trang này và bỏ các thay đổi đó?']);
    await expect.poll(() => page.url()).toMatch(/#\/articles\/new$/);
    await expect(page.locator('main h1').innerText()).resolves.toBe('Thêm bài viết mới');
    await expect(page.getByLabel('Tiêu đề', { exact: true }).inputValue()).resolves.toBe('Bài viết có lịch xuất bản');

    await page.getByRole('button', { name: 'Lưu', exact: true }).click();
    await page.locator('.notice.success', { hasText: 'Đã lưu.' }).waitFor();
    await expect(titleField.locator('.field-error').isHidden()).resolves.toBe(true);
    const id = Number(/#\/articles\/(\d+)/.exec(page.url())?.[1]);
    try {
      const saved = (await manage<Article>('GET', `/articles/${id}`)).json;
      expect(saved.body).toBe('<p>Đoạn mở đầu <strong>in đậm</strong></p><h2>Mục hai</h2>');

      // 06:00 on 1 January 2031 in Vietnam is 23:00 UTC the day before, whatever the browser's zone (UTC here).
      await page.getByLabel('Thời điểm xuất bản (giờ Việt Nam, UTC+7)').fill('2031-01-01T06:00');
      await page.getByRole('button', { name: 'Lên lịch' }).click();
      await page.locator('.notice.success', { hasText: 'Đã lên lịch xuất bản.' }).waitFor();
      await expect(page.locator('.status-line').innerText()).resolves.toContain('Đã lên lịch · xuất bản lúc 01/01/2031 06:00');
      const scheduled = (await manage<Article>('GET', `/articles/${id}`)).json;
      expect(new Date(scheduled.publishedAt!).toISOString()).toBe('2030-12-31T23:00:00.000Z');
      expect(scheduled.status).toBe('scheduled');
      await page.screenshot({ path: `${screenshotDir}admin-article-editor.png`, fullPage: true });
    } finally {
      const current = await manage('GET', `/articles/${id}`);
      await manage('DELETE', `/articles/${id}`, undefined, current.etag!);
    }
    expect(errors).toEqual([]);
    await context.close();
  });

  test('sections, accounts and statistics', async () => {
    const { context, page, errors } = await newReader(browser);
    await signIn(page, '#/categories');
    const tree = page.locator('.category-tree');
    await expect(tree.locator('.category-name').count()).resolves.toBeGreaterThan(2);
    await page.getByLabel('Tên', { exact: true }).fill('Chuyên mục thử');
    await page.getByRole('button', { name: 'Thêm', exact: true }).click();
    await page.locator('.notice.success', { hasText: 'Đã thêm chuyên mục.' }).waitFor();
    await expect(tree.locator('.category-row', { hasText: 'Chuyên mục thử' }).locator('code').innerText()).resolves.toBe('chuyen-muc-thu');
    // Renamed (PUT with its version as If-Match): the slug stays.
    await tree.locator('.category-row', { hasText: 'Chuyên mục thử' }).getByRole('button', { name: 'Sửa' }).click();
    await page.getByLabel('Tên', { exact: true }).fill('Chuyên mục đã đổi tên');
    await page.getByRole('button', { name: 'Lưu', exact: true }).click();
    await page.locator('.notice.success', { hasText: 'Đã lưu chuyên mục.' }).waitFor();
    const row = tree.locator('.category-row', { hasText: 'Chuyên mục đã đổi tên' });
    await expect(row.locator('code').innerText()).resolves.toBe('chuyen-muc-thu');
    page.once('dialog', (dialog) => void dialog.accept());
    await row.getByRole('button', { name: 'Xoá' }).click();
    await page.locator('.notice.success', { hasText: 'Đã xoá chuyên mục.' }).waitFor();
    await expect(tree.locator('.category-row', { hasText: 'Chuyên mục đã đổi tên' }).count()).resolves.toBe(0);

    await page.getByRole('link', { name: 'Người dùng' }).click();
    await page.locator('.users-page').waitFor();
    const userName = `tacgia${Date.now() % 100000}`;
    await page.getByLabel('Tên đăng nhập').fill(userName);
    await page.getByLabel('Tên hiển thị').fill('Tác giả Thử');
    await page.getByLabel('Mật khẩu ban đầu').fill('mat-khau-dai-du-10');
    await page.getByRole('button', { name: 'Tạo tài khoản' }).click();
    await page.locator('.notice.success', { hasText: 'Đã tạo tài khoản.' }).waitFor();
    await expect(page.locator(`tr[data-user="${userName}"] td`).allInnerTexts()).resolves.toEqual(
      expect.arrayContaining([userName, 'Tác giả Thử', 'Tác giả', 'Đang hoạt động']));
    // Edited (PUT with If-Match) and given a password by the admin.
    await page.locator(`tr[data-user="${userName}"]`).getByRole('button', { name: 'Sửa' }).click();
    const edit = page.locator('form.user-form', { has: page.locator('h2', { hasText: `Sửa tài khoản ${userName}` }) });
    await edit.getByLabel('Tên hiển thị').fill('Phóng viên Thử');
    await edit.getByLabel('Đặt mật khẩu mới').fill('mat-khau-do-admin-dat');
    await edit.getByRole('button', { name: 'Lưu' }).click();
    await page.locator('.notice.success', { hasText: 'Đã lưu tài khoản.' }).waitFor();
    await expect(page.locator(`tr[data-user="${userName}"] td`).nth(1).innerText()).resolves.toBe('Phóng viên Thử');

    await page.getByRole('link', { name: 'Thống kê' }).click();
    await page.locator('.stats-figures').waitFor();
    await expect(page.locator('.stats-figures dt').allInnerTexts()).resolves.toEqual(['Đang online', 'Hôm nay', 'Trong tuần', 'Tất cả']);
    // This week may have no views yet (this file can run alone); all time has the demo counts.
    await page.locator('.ranking').locator('table, p').first().waitFor();
    await page.locator('.stats-page select').first().selectOption('all');
    await expect(page.locator('.ranking tbody tr').first().locator('td').nth(1).innerText()).resolves.toBeTruthy();
    await expect(page.locator('.ranking tbody tr').first().locator('td.number').innerText()).resolves.toMatch(/^\d{1,3}(\.\d{3})*$/);
    expect(errors).toEqual([]);

    // The new author signs in: no accounts menu, and an author's list holds only their own items.
    await page.getByRole('button', { name: 'Đăng xuất' }).click();
    await page.getByLabel('Tên đăng nhập').fill(userName);
    await page.getByLabel('Mật khẩu').fill('mat-khau-do-admin-dat');
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await expect(page.locator('.admin-header .user-role').innerText()).resolves.toBe('Tác giả');
    await expect(page.getByRole('link', { name: 'Người dùng' }).count()).resolves.toBe(0);
    await page.getByRole('link', { name: 'Bài viết' }).click();
    await expect(page.locator('main:not([aria-busy]) .count').innerText()).resolves.toBe('Không có mục nào.');

    // Their own password: a wrong current one is said beside the field; a right one keeps them signed in.
    await page.locator('.admin-header a.user-name').click();
    await page.locator('.account-page').waitFor();
    await page.getByLabel('Mật khẩu hiện tại').fill('khong-phai-mat-khau');
    await page.getByLabel('Mật khẩu mới', { exact: true }).fill('mat-khau-moi-cua-toi');
    await page.getByLabel('Nhập lại mật khẩu mới').fill('mat-khau-moi-cua-toi');
    await page.getByRole('button', { name: 'Đổi mật khẩu' }).click();
    await expect(page.locator('[data-field="currentPassword"] .field-error:not([hidden])').innerText()).resolves.toBe('Mật khẩu hiện tại không đúng.');
    await page.getByLabel('Mật khẩu hiện tại').fill('mat-khau-do-admin-dat');
    await page.getByRole('button', { name: 'Đổi mật khẩu' }).click();
    await page.locator('.notice.success', { hasText: 'Đã đổi mật khẩu.' }).waitFor();
    // The session carries the new token: the next screen still loads.
    await page.getByRole('link', { name: 'Phỏng vấn', exact: true }).click();
    await expect(page.locator('main:not([aria-busy]) .count').innerText()).resolves.toBe('Không có mục nào.');
    await context.close();
  });
});
