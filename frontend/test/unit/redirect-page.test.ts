import { describe, expect, test } from 'vitest';
import { redirectHtml, redirectPage } from '../../src/build/redirect-page';
import { filesOf } from '../../src/build/site-files';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';

describe('an old address\'s redirect page', () => {
  const target = 'https://tin.example.vn/bai-viet/bai-moi';

  test('sends readers on without a script, names the current address as canonical and keeps itself out of search', () => {
    const doc = new DOMParser().parseFromString(redirectHtml(target, 'Lễ hội Oóc Om Bóc'), 'text/html');
    expect(doc.querySelector('meta[http-equiv="refresh"]')?.getAttribute('content')).toBe(`0; url=${target}`);
    expect(doc.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(target);
    expect(doc.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
    expect(doc.querySelector('a')?.getAttribute('href')).toBe(target);
    expect(doc.querySelectorAll('script')).toHaveLength(0);
    expect(doc.title).toBe('Lễ hội Oóc Om Bóc');
  });

  test('a title or an address with markup stays text', () => {
    const doc = new DOMParser().parseFromString(redirectHtml('https://tin.example.vn/bai-viet/x?a=1&b="2"', '</title><script>alert(1)</script>'), 'text/html');
    expect(doc.querySelectorAll('script')).toHaveLength(0);
    expect(doc.title).toBe('</title><script>alert(1)</script>');
    expect(doc.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe('https://tin.example.vn/bai-viet/x?a=1&b="2"');
  });

  test('comes with its Brotli and gzip copies, as every page does', () => {
    const { html, br, gz } = filesOf(redirectPage(target, 'Bài'));
    expect(Buffer.from(brotliDecompressSync(br)).equals(Buffer.from(html))).toBe(true);
    expect(Buffer.from(gunzipSync(gz)).equals(Buffer.from(html))).toBe(true);
  });
});
