// What the admin e2e tests share: signing in through the UI, and calling the management
// API directly (as "someone else" making a change behind the editor's back).
import type { Page } from 'playwright-core';
import { expect, inject } from 'vitest';

export const apiUrl = inject('apiUrl');
export const siteUrl = inject('siteUrl');
export const adminUrl = `${siteUrl}/admin/`;
const adminUser = inject('adminUser');
const adminPassword = inject('adminPassword');

/** Opens the admin at `hash` and signs in through the form. */
export async function signIn(page: Page, hash = '#/'): Promise<void> {
  await page.goto(`${adminUrl}${hash}`);
  await page.getByLabel('Tên đăng nhập').fill(adminUser);
  await page.getByLabel('Mật khẩu').fill(adminPassword);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.locator('.admin-header .user-name').waitFor();
  await page.locator('main:not([aria-busy]) h1').waitFor();
}

let token: string | undefined;

/** The management API with the admin's token, for setting up or changing things behind the UI. */
export async function manage<T>(method: string, path: string, body?: unknown, ifMatch?: string): Promise<{ status: number; etag: string | null; json: T }> {
  token ??= await fetch(`${apiUrl}/api/v1/auth/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ userName: adminUser, password: adminPassword }),
  }).then(async (r) => {
    expect(r.status, 'sign-in for the test').toBe(200);
    return ((await r.json()) as { accessToken: string }).accessToken;
  });
  const headers: Record<string, string> = { Authorization: `Bearer ${token}` };
  // A form (an upload) is sent as multipart, with the boundary fetch chooses; anything else as JSON.
  const form = body instanceof FormData;
  if (body !== undefined && !form) headers['Content-Type'] = 'application/json';
  if (ifMatch) headers['If-Match'] = ifMatch;
  const response = await fetch(`${apiUrl}/api/v1/manage${path}`, { method, headers, body: body === undefined ? undefined : form ? body : JSON.stringify(body) });
  const text = await response.text();
  return { status: response.status, etag: response.headers.get('ETag'), json: (text ? JSON.parse(text) : null) as T };
}
