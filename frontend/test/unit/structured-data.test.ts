import { afterEach, describe, expect, test } from 'vitest';
import { setPageMeta } from '../../src/components/meta';
import { articleProperties, isoDuration, structuredData, trailOf, type StoryFacts } from '../../src/components/structured-data';
import { resolveMediaUrl } from '../../src/media';
import { createLayout } from '../../src/components/layout';
import { showView } from '../../src/show';
import { itemView } from '../../src/views/item';
import { API, article, fakeApi, interview, tree, video } from './fixtures';

const origin = 'https://baosoctrang.vn';
const cover = 'https://api.example.vn/media/cover.jpg';
const facts = (item: StoryFacts['item']): StoryFacts => ({ item, mediaUrl: (url) => resolveMediaUrl(API, url) });
const withTags = { ...interview, tags: [{ name: 'Sóc Trăng', slug: 'soc-trang' }, { name: 'Đô thị loại I', slug: 'do-thi-loai-i' }], updatedAt: '2024-02-09T01:00:00Z' };

describe('structured data', () => {
  test('an interview is a NewsArticle: headline, image, dates, byline, publisher, section, tags, its own address', () => {
    const [story] = structuredData({ origin, siteName: 'Báo Sóc Trăng', image: cover }, facts(withTags), undefined) as Record<string, unknown>[];
    expect(story).toEqual({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: interview.title,
      description: 'Lời dẫn.',
      image: ['https://api.example.vn/media/cover.jpg'],
      datePublished: '2024-02-08T00:30:00+00:00',
      dateModified: '2024-02-09T01:00:00Z',
      author: [{ '@type': 'Person', name: 'Lê Vũ' }],
      publisher: { '@type': 'Organization', name: 'Báo Sóc Trăng', logo: { '@type': 'ImageObject', url: 'https://baosoctrang.vn/logo.png', width: 512, height: 512 } },
      articleSection: 'Phỏng vấn',
      keywords: ['Sóc Trăng', 'Đô thị loại I'],
      mainEntityOfPage: 'https://baosoctrang.vn/phong-van/nam-2024',
    });
  });

  test('a video is a VideoObject with its thumbnail, upload date, ISO 8601 duration and player', () => {
    const [story] = structuredData({ origin, siteName: 'Báo Sóc Trăng', image: cover }, facts({ ...video, publishedAt: '2024-02-10T03:00:00Z' }), undefined) as Record<string, unknown>[];
    expect(story).toMatchObject({
      '@type': 'VideoObject',
      name: 'Phim một',
      description: 'Tóm tắt',
      thumbnailUrl: ['https://api.example.vn/media/cover.jpg'],
      uploadDate: '2024-02-10T03:00:00Z',
      duration: 'PT12M34S',
      embedUrl: 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ',
      url: 'https://baosoctrang.vn/video/phim-mot',
    });
    const file = structuredData({ origin, siteName: 'x', image: cover }, facts({ ...video, source: { kind: 'file', value: '/media/phim.mp4' } }), undefined)[0] as Record<string, unknown>;
    expect(file.contentUrl).toBe('https://api.example.vn/media/phim.mp4');
    expect(file.embedUrl).toBeUndefined();
  });

  test('what the item lacks is left out, never written as null or "undefined"', () => {
    const json = JSON.stringify(structuredData({ origin, siteName: 'x', image: null }, facts(article), trailOf(tree, undefined, article)));
    expect(json).not.toMatch(/undefined|null/);
    expect(JSON.parse(json)[0]).not.toHaveProperty('author');
  });

  test('the trail below home: sections from the top, then the item, as absolute addresses', () => {
    const nested = { ...article, category: { id: 2, name: 'Nông nghiệp', slug: 'nong-nghiep' } };
    const blocks = structuredData({ origin, siteName: 'x' }, undefined, trailOf(tree, 'nong-nghiep', nested)) as Record<string, unknown>[];
    expect(blocks).toHaveLength(1);
    expect(blocks[0]!['itemListElement']).toEqual([
      { '@type': 'ListItem', position: 1, name: 'Trang chủ', item: 'https://baosoctrang.vn/' },
      { '@type': 'ListItem', position: 2, name: 'Kinh tế', item: 'https://baosoctrang.vn/chuyen-muc/kinh-te' },
      { '@type': 'ListItem', position: 3, name: 'Nông nghiệp', item: 'https://baosoctrang.vn/chuyen-muc/nong-nghiep' },
      { '@type': 'ListItem', position: 4, name: 'Bài một', item: 'https://baosoctrang.vn/bai-viet/bai-mot' },
    ]);
    expect(structuredData({ origin, siteName: 'x' }, undefined, [])).toEqual([]); // home: nothing below it
  });

  test('durations and article properties', () => {
    expect([0, 59, 754, 3600, 3725].map(isoDuration)).toEqual(['PT0S', 'PT59S', 'PT12M34S', 'PT1H', 'PT1H2M5S']);
    expect(articleProperties(withTags)).toEqual([
      ['article:published_time', '2024-02-08T00:30:00+00:00'],
      ['article:modified_time', '2024-02-09T01:00:00Z'],
      ['article:section', 'Phỏng vấn'],
      ['article:tag', 'Sóc Trăng'],
      ['article:tag', 'Đô thị loại I'],
    ]);
  });
});

describe('the page head', () => {
  afterEach(() => {
    document.head.replaceChildren();
  });

  test('an item page writes its article:* tags and JSON-LD, and the next page replaces them', () => {
    setPageMeta({ title: interview.title, siteName: 'Báo Sóc Trăng', story: facts(withTags), trail: trailOf(tree, 'phong-van', withTags) }, `${origin}/phong-van/nam-2024`);
    const tags = Array.from(document.head.querySelectorAll('meta[property="article:tag"]')).map((m) => m.getAttribute('content'));
    expect(tags).toEqual(['Sóc Trăng', 'Đô thị loại I']);
    const blocks = Array.from(document.head.querySelectorAll('script[type="application/ld+json"]')).map((s) => JSON.parse(s.textContent!));
    expect(blocks.map((b) => b['@type'])).toEqual(['NewsArticle', 'BreadcrumbList']);
    // A title holding "</script>" cannot end the block early.
    setPageMeta({ title: 'x', siteName: 'x', story: facts({ ...article, title: '</script><b>x' }) }, `${origin}/bai-viet/bai-mot`);
    const script = document.head.querySelector('script[type="application/ld+json"]')!;
    expect(script.textContent).not.toContain('</script>');
    expect(JSON.parse(script.textContent!).headline).toBe('</script><b>x');

    setPageMeta({ title: 'Trang chủ', siteName: 'Báo Sóc Trăng' }, `${origin}/`);
    expect(document.head.querySelectorAll('meta[property^="article:"], script[type="application/ld+json"]')).toHaveLength(0);
  });

  test('page after page, each tag is there once with the last page\'s value, and one a page lacks is gone', () => {
    const content = (selector: string) => Array.from(document.head.querySelectorAll(selector)).map((e) => e.getAttribute('content') ?? e.getAttribute('href'));
    setPageMeta({ title: interview.title, description: 'Phỏng vấn Bí thư', image: 'https://api.example.vn/media/2026/12/cau.jpg',
      imageSize: { width: 1600, height: 900 }, type: 'article', siteName: 'Báo Sóc Trăng', noindex: true,
      feed: { url: 'https://api.example.vn/feeds/rss', title: 'RSS' } }, `${origin}/phong-van/nam-2024`);
    setPageMeta({ title: 'Kinh tế', siteName: 'Báo Sóc Trăng' }, `${origin}/chuyen-muc/kinh-te`);

    expect(content('meta[property="og:title"]')).toEqual(['Kinh tế']);
    expect(content('meta[property="og:url"]')).toEqual([`${origin}/chuyen-muc/kinh-te`]);
    expect(content('meta[property="og:type"]')).toEqual(['website']);
    expect(content('meta[property="og:image"]')).toEqual([`${origin}/og-image.png`]);
    expect(content('meta[property="og:image:width"]')).toEqual(['1200']);
    expect(content('link[rel="canonical"]')).toEqual([`${origin}/chuyen-muc/kinh-te`]);
    expect(content('meta[name="description"], meta[property="og:description"], meta[name="robots"]')).toEqual([]);
    expect(document.head.querySelector('link[type="application/rss+xml"]')).toBeNull();
    expect(document.title).toBe('Kinh tế | Báo Sóc Trăng');
  });
});

describe('search and share overrides', () => {
  const config = { apiBaseUrl: API, siteName: 'Báo Sóc Trăng' };
  const content = (selector: string) => Array.from(document.head.querySelectorAll(selector)).map((e) => e.getAttribute('content') ?? e.getAttribute('href'));
  const show = (item: typeof article) => {
    const layout = createLayout(document.body.appendChild(document.createElement('div')), config.siteName);
    showView(layout, itemView({ api: fakeApi({}).api, config, tree }, item), config, `${origin}/bai-viet/${item.slug}`);
    return layout;
  };

  test('an item\'s overrides name the page in its head; the story on the page keeps its own title and lead', () => {
    const layout = show({ ...article, seo: { title: 'Sóc Trăng: 80% hồ sơ trực tuyến', description: 'Mô tả cho kết quả tìm kiếm.',
      image: { url: '/media/2026/12/chia-se.jpg', width: 1200, height: 630 }, canonicalUrl: 'https://baogoc.example.vn/bai-goc' } });

    expect(document.title).toBe('Sóc Trăng: 80% hồ sơ trực tuyến | Báo Sóc Trăng');
    expect(content('meta[property="og:title"]')).toEqual(['Sóc Trăng: 80% hồ sơ trực tuyến']);
    expect(content('meta[name="description"], meta[property="og:description"]')).toEqual(['Mô tả cho kết quả tìm kiếm.', 'Mô tả cho kết quả tìm kiếm.']);
    expect(content('meta[property="og:image"], meta[property="og:image:width"], meta[property="og:image:height"]'))
      .toEqual([`${API}/media/2026/12/chia-se.jpg`, '1200', '630']);
    expect(content('link[rel="canonical"], meta[property="og:url"]')).toEqual(['https://baogoc.example.vn/bai-goc', 'https://baogoc.example.vn/bai-goc']);
    expect(layout.main.querySelector('h1')?.textContent).toBe(article.title);
  });

  test('an item without overrides is named by its own title, lead, cover and address', () => {
    show({ ...article, summary: 'Lời dẫn của bài.', seo: null });

    expect(document.title).toBe(`${article.title} | Báo Sóc Trăng`);
    expect(content('meta[name="description"]')).toEqual(['Lời dẫn của bài.']);
    expect(content('link[rel="canonical"], meta[property="og:url"]')).toEqual([`${origin}/bai-viet/${article.slug}`, `${origin}/bai-viet/${article.slug}`]);
  });
});

describe('share image', () => {
  test('a raster picture is the page\'s own; an SVG or none previews with the portal\'s 1200×630 PNG', async () => {
    const { shareImageOf } = await import('../../src/components/share-image');
    expect(shareImageOf('https://api.example.vn/media/2026/12/cau.jpg', 'https://tin.example.vn', { width: 1600, height: 900 }))
      .toEqual({ url: 'https://api.example.vn/media/2026/12/cau.jpg', width: 1600, height: 900 });
    expect(shareImageOf('https://api.example.vn/media/2026/12/cau.webp', 'https://tin.example.vn')).toEqual({ url: 'https://api.example.vn/media/2026/12/cau.webp' });
    for (const image of ['https://api.example.vn/media/demo/thanh-pho.svg', null, undefined, 'not a url']) {
      expect(shareImageOf(image, 'https://tin.example.vn')).toEqual({ url: 'https://tin.example.vn/og-image.png', width: 1200, height: 630 });
    }
  });
});

describe('image size from its header', () => {
  test('PNG, GIF, JPEG and WebP; anything else is unknown', async () => {
    const { sizeOf } = await import('../../src/build/image-size');
    const png = Buffer.alloc(24);
    png.writeUInt32BE(0x89504e47, 0);
    png.writeUInt32BE(1600, 16);
    png.writeUInt32BE(900, 20);
    expect(sizeOf(png)).toEqual({ width: 1600, height: 900 });
    const gif = Buffer.from('GIF89a\x40\x06\x84\x03', 'latin1');
    expect(sizeOf(gif)).toEqual({ width: 1600, height: 900 });
    // SOI, an APP0 segment of 16 bytes, then SOF0: precision 8, height 900, width 1600.
    const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, ...new Array(14).fill(0), 0xff, 0xc0, 0x00, 0x11, 0x08, 0x03, 0x84, 0x06, 0x40, 0x03]);
    expect(sizeOf(jpeg)).toEqual({ width: 1600, height: 900 });
    const webp = Buffer.alloc(30);
    webp.write('RIFF', 0, 'latin1');
    webp.write('WEBPVP8X', 8, 'latin1');
    webp.writeUIntLE(1599, 24, 3);
    webp.writeUIntLE(899, 27, 3);
    expect(sizeOf(webp)).toEqual({ width: 1600, height: 900 });
    expect(sizeOf(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toBeNull();
  });
});
