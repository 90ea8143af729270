import { describe, expect, test } from 'vitest';
import { NotFoundError } from '../../src/api/client';
import { addressOfList } from '../../src/build/page-writer';
import type { Credit } from '../../src/api/types';
import { creditLines, rolesLabel } from '../../src/components/credits';
import { byline } from '../../src/components/story';
import { structuredData } from '../../src/components/structured-data';
import { DEFAULT_SITE_NAME } from '../../src/config';
import { parseRoute, paths } from '../../src/routes';
import { authorPage } from '../../src/views/author';
import { article, fakeApi, page, summary, tree } from './fixtures';

const config = { apiBaseUrl: 'https://api.example.vn', siteName: DEFAULT_SITE_NAME };
const leVu = { id: 7, name: 'Lê Vũ', slug: 'le-vu', title: 'Phóng viên' };
const doMinh = { id: 8, name: 'Đỗ Minh', slug: 'do-minh' };
const credits: Credit[] = [
  { author: leVu, role: 'text' },
  { author: doMinh, role: 'translation' },
  { author: leVu, role: 'photo' },
];

function render(node: Node): HTMLElement {
  const main = document.createElement('main');
  main.append(node);
  return main;
}

describe('bylines from credits', () => {
  test('each person once, in the order they first appear, with all their roles', () => {
    expect(creditLines(credits).map((l) => [l.author.slug, l.roles])).toEqual([['le-vu', ['text', 'photo']], ['do-minh', ['translation']]]);
  });

  test('roles read as a byline says them', () => {
    expect(rolesLabel(['text'])).toBe('Bài');
    expect(rolesLabel(['text', 'photo'])).toBe('Bài và ảnh');
    expect(rolesLabel(['text', 'photo', 'video'])).toBe('Bài, ảnh và video');
  });

  test('"Bài và ảnh: Lê Vũ", each name linking to the author\'s page', () => {
    const line = byline({ author: 'Ai đó', credits })!;
    expect(line.textContent).toBe('Bài và ảnh: Lê Vũ · Dịch: Đỗ Minh');
    expect(Array.from(line.querySelectorAll('a')).map((a) => a.getAttribute('href'))).toEqual(['/tac-gia/le-vu', '/tac-gia/do-minh']);
  });

  test('an item without credits keeps its free-text byline; without either, none', () => {
    expect(byline({ author: 'Lê Vũ', credits: [] })?.textContent).toBe('Tác giả: Lê Vũ');
    expect(byline({ author: null, credits: [] })).toBeNull();
  });

  test('the story\'s JSON-LD names the credited people with their pages', () => {
    const [story] = structuredData({ origin: 'https://tintuc.example.vn', siteName: DEFAULT_SITE_NAME }, { item: { ...article, credits }, mediaUrl: (u) => u }, undefined) as [{ author: unknown }];
    expect(story.author).toEqual([
      { '@type': 'Person', name: 'Lê Vũ', url: 'https://tintuc.example.vn/tac-gia/le-vu' },
      { '@type': 'Person', name: 'Đỗ Minh', url: 'https://tintuc.example.vn/tac-gia/do-minh' },
    ]);
  });
});

describe('author pages', () => {
  test('/tac-gia/<slug> and its archive pages are routes of their own', () => {
    expect(parseRoute(new URL('https://x.vn/tac-gia/le-vu'))).toEqual({ name: 'author', slug: 'le-vu', archive: null });
    expect(parseRoute(new URL('https://x.vn/tac-gia/le-vu/trang/2'))).toEqual({ name: 'author', slug: 'le-vu', archive: 2 });
    expect(parseRoute(new URL('https://x.vn/tac-gia/Le%20Vu'))).toEqual({ name: 'notFound' });
    expect(paths.author('le-vu', 3)).toBe('/tac-gia/le-vu/trang/3');
    expect(addressOfList('author:le-vu', null)).toBe('/tac-gia/le-vu');
    expect(addressOfList('author:le-vu', 2)).toBe('/tac-gia/le-vu/trang/2');
  });

  test('photo, title and bio, then their items newest first with a count', async () => {
    const { api, asked } = fakeApi({
      '/api/v1/authors/le-vu': { ...leVu, bio: 'Hai mươi năm làm báo.', photo: { url: '/media/le-vu.jpg', alt: 'Lê Vũ' } },
      '/api/v1/authors/le-vu/items': page([summary({ id: 1, title: 'Mùa nước nổi' }), summary({ id: 2, title: 'Lúa mùa' })], { totalItems: 12, totalPages: 2 }),
    });
    const view = await authorPage({ api, config, tree }, { name: 'author', slug: 'le-vu', archive: null });
    const main = render(view.content);

    expect(asked).toContain('/api/v1/authors/le-vu/items?page=1&pageSize=10');
    expect(view.title).toBe('Tác giả: Lê Vũ');
    expect(view.description).toBe('Hai mươi năm làm báo.');
    expect(main.querySelector('h1')?.textContent).toBe('Tác giả: Lê Vũ');
    expect(main.querySelector('.author-title')?.textContent).toBe('Phóng viên');
    expect(main.querySelector('.author-bio')?.textContent).toBe('Hai mươi năm làm báo.');
    expect(main.querySelector('img.author-photo')?.getAttribute('src')).toBe('https://api.example.vn/media/le-vu.jpg');
    expect(main.querySelector('.page-description')?.textContent).toBe('12 tin bài');
    expect(Array.from(main.querySelectorAll('.card-row h3')).map((h) => h.textContent)).toEqual(['Mùa nước nổi', 'Lúa mùa']);
    expect(main.querySelector('.pager a[href="/tac-gia/le-vu/trang/1"]')).not.toBeNull();
  });

  test('an author page is a ProfilePage of its person in JSON-LD', () => {
    const blocks = structuredData({ origin: 'https://tintuc.example.vn', siteName: DEFAULT_SITE_NAME, image: 'https://api.example.vn/media/le-vu.jpg' }, undefined, undefined,
      { name: 'Lê Vũ', slug: 'le-vu', title: 'Phóng viên', bio: 'Hai mươi năm làm báo.' });
    expect(blocks).toEqual([{
      '@context': 'https://schema.org',
      '@type': 'ProfilePage',
      mainEntity: { '@type': 'Person', name: 'Lê Vũ', jobTitle: 'Phóng viên', description: 'Hai mươi năm làm báo.',
        image: 'https://api.example.vn/media/le-vu.jpg', url: 'https://tintuc.example.vn/tac-gia/le-vu' },
    }]);
  });

  test('an unknown author is not found', async () => {
    const { api } = fakeApi({ '/api/v1/authors/le-vu/items': page([]) });
    await expect(authorPage({ api, config, tree }, { name: 'author', slug: 'le-vu', archive: null })).rejects.toBeInstanceOf(NotFoundError);
  });
});
