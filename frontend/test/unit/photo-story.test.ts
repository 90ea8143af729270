import { describe, expect, test } from 'vitest';
import type { PhotoStory } from '../../src/api/types';
import { PhotoList } from '../../src/admin/editor/photo-list';
import { structuredData } from '../../src/components/structured-data';
import { DEFAULT_SITE_NAME } from '../../src/config';
import { itemPage } from '../../src/views/item';
import { article, fakeApi, tree } from './fixtures';

const config = { apiBaseUrl: 'https://api.example.vn', siteName: DEFAULT_SITE_NAME };

const story: PhotoStory = {
  ...article,
  id: 31,
  type: 'photoStory',
  href: '/api/v1/photo-stories/31',
  slug: 'le-hoi-dua-ghe',
  title: 'Lễ hội đua ghe Ngo',
  summary: 'Những khoảnh khắc đẹp.',
  coverImage: null,
  photos: [
    { image: { url: '/media/2026/12/a.jpg', caption: 'Các đội ghe xuất phát.', alt: 'Ghe Ngo', width: 1600, height: 1067 }, credit: 'Lê Vũ' },
    { image: { url: '/media/2026/12/b.jpg', caption: 'Khán giả cổ vũ.' }, credit: null },
    { image: { url: 'https://anh.example.vn/c.jpg', caption: null }, credit: 'Trần Minh' },
  ],
};

describe('photo story page', () => {
  test('every photo is in the page, large, in order, with its caption and "Ảnh: credit"; only the first loads at once', async () => {
    const { api } = fakeApi({ '/api/v1/photo-stories/le-hoi-dua-ghe': story });
    const view = await itemPage({ api, config, tree }, { name: 'item', type: 'photoStory', slug: 'le-hoi-dua-ghe' });
    const main = document.createElement('main');
    main.append(view.content);

    const figures = [...main.querySelectorAll('figure.photo-story-photo')];
    expect(figures.map((f) => f.id)).toEqual(['anh-1', 'anh-2', 'anh-3']);
    expect(figures.map((f) => f.querySelector('figcaption')?.textContent)).toEqual(['Các đội ghe xuất phát. Ảnh: Lê Vũ', 'Khán giả cổ vũ.', 'Ảnh: Trần Minh']);
    expect(figures.map((f) => f.querySelector('img')?.getAttribute('loading'))).toEqual(['eager', 'lazy', 'lazy']);
    expect(figures[0]!.querySelector('img')?.getAttribute('src')).toBe('https://api.example.vn/media/2026/12/a.jpg');
    expect(figures[0]!.querySelector('img')?.getAttribute('width')).toBe('1600');
    expect(main.querySelector('.lead')?.textContent).toContain('Những khoảnh khắc đẹp.');
    // Without a cover the first photo is what a share shows.
    expect(view.image).toBe('https://api.example.vn/media/2026/12/a.jpg');
  });

  test("its JSON-LD is a NewsArticle whose images are the story's photos in order", () => {
    const mediaUrl = (url: string) => new URL(url, 'https://api.example.vn').href;
    const [article] = structuredData({ origin: 'https://tin.example.vn', siteName: 'Tin', image: mediaUrl('/media/2026/12/a.jpg') }, { item: story, mediaUrl }, undefined) as Array<Record<string, unknown>>;

    expect(article!['@type']).toBe('NewsArticle');
    expect(article!.image).toEqual(['https://api.example.vn/media/2026/12/a.jpg', 'https://api.example.vn/media/2026/12/b.jpg', 'https://anh.example.vn/c.jpg']);
    expect(article!.mainEntityOfPage).toBe('https://tin.example.vn/anh/le-hoi-dua-ghe');
  });
});

describe('the editor\'s photo list', () => {
  test('photos are added from the library, moved, removed, and sent in their order with empty text as null', () => {
    const list = new PhotoList([{ image: { url: '/media/a.jpg', caption: 'A' }, credit: 'Lê Vũ' }]);
    list.add({ url: '/media/b.jpg', caption: 'B', alt: 'Ảnh B' } as Parameters<PhotoList['add']>[0]);
    list.add();
    list.update(2, { url: ' https://x.vn/c.jpg ', credit: ' ' });

    expect(list.move(2, -1)).toBe(1);
    list.remove(2);

    expect(list.toRequest()).toEqual([
      { image: { url: '/media/a.jpg', caption: 'A', alt: null }, credit: 'Lê Vũ' },
      { image: { url: 'https://x.vn/c.jpg', caption: null, alt: null }, credit: null },
    ]);
  });
});
