import { describe, expect, test } from 'vitest';
import { NotFoundError } from '../../src/api/client';
import { DEFAULT_SITE_NAME } from '../../src/config';
import { homePage } from '../../src/views/home';
import { itemPage } from '../../src/views/item';
import { sectionPage } from '../../src/views/section';
import { tagPage } from '../../src/views/tag';
import { article, fakeApi, interview, page, summary, tree, video } from './fixtures';

const config = { apiBaseUrl: 'https://api.example.vn', siteName: DEFAULT_SITE_NAME };

function render(node: Node): HTMLElement {
  const main = document.createElement('main');
  main.append(node);
  return main;
}

/** Headings that come more than one level below the heading before them ("h1 → h3"). */
function headingLevelsSkipped(root: Element): string[] {
  const levels = Array.from(root.querySelectorAll('h1, h2, h3, h4, h5, h6')).map((heading) => ({ level: Number(heading.tagName[1]), text: heading.textContent }));
  return levels.slice(1).filter((heading, index) => heading.level > levels[index]!.level + 1).map((heading) => `h${heading.level} ${heading.text}`);
}

describe('interview page', () => {
  test('questions marked as questions; each answer led by its speaker; paragraphs kept', async () => {
    const { api } = fakeApi({ '/api/v1/interviews/nam-2024': interview });
    const view = await itemPage({ api, config, tree }, { name: 'item', type: 'interview', slug: 'nam-2024' });
    const main = render(view.content);

    expect(view.contentId).toBe(12);
    expect(view.title).toBe(interview.title);
    expect(view.image).toBe('https://api.example.vn/media/demo/cover.svg');
    expect(main.querySelector('h1')?.textContent).toBe(interview.title); // "<b>" stays text
    expect(main.querySelector('.views')?.textContent).toBe('Lượt xem: 12.520');
    expect(main.querySelector('.story-meta time')?.textContent).toBe('08/02/2024 07:30');
    expect(main.querySelector('figure.photo figcaption')?.textContent).toBe('Chú thích ảnh');

    const card = main.querySelector('.interviewee')!;
    expect(card.querySelector('.interviewee-name')?.textContent).toBe('Nguyễn Văn Quận');
    expect(card.querySelector('.interviewee-position')?.textContent).toBe('Bí thư Thành ủy');
    expect(card.querySelector('img')?.getAttribute('alt')).toBe('Chân dung Nguyễn Văn Quận');
    expect(card.querySelector('figcaption')?.textContent).toBe('Chú thích chân dung');

    const exchanges = Array.from(main.querySelectorAll('.exchange'));
    expect(exchanges.map((e) => e.querySelector('.question-text')?.textContent)).toEqual(['Câu hỏi một?', 'Câu hỏi hai?']);
    expect(exchanges.map((e) => e.querySelector('.qa-mark')?.textContent)).toEqual(['PV', 'PV']);
    expect(Array.from(exchanges[0]!.querySelectorAll('.answer p')).map((p) => p.textContent)).toEqual(['Nguyễn Văn Quận: Đoạn một.', 'Đoạn hai.']);
    expect(exchanges[1]!.querySelector('.speaker')?.textContent).toBe('Người khác:');
    expect(main.querySelector('.question.closing .question-text')?.textContent).toBe('Xin cảm ơn đồng chí!');
    // Questions are headings under the title (a screen reader goes question to question); the thanks is not.
    expect(exchanges.map((e) => e.querySelector('.question')?.tagName)).toEqual(['H2', 'H2']);
    expect(main.querySelector('.question.closing')?.tagName).toBe('P');
    expect(headingLevelsSkipped(main)).toEqual([]);
    expect(main.querySelector('.byline')?.textContent).toBe('Tác giả: Lê Vũ');
    expect(Array.from(main.querySelectorAll('.breadcrumbs a')).map((a) => a.textContent)).toEqual(['Trang chủ', 'Phỏng vấn']);
  });

  test('a portrait caption identical to the cover caption is said once', async () => {
    const same = { ...interview, interviewee: { ...interview.interviewee, portrait: { url: '/p.svg', caption: 'Chú thích ảnh' } } };
    const { api } = fakeApi({ '/api/v1/interviews/nam-2024': same });
    const main = render((await itemPage({ api, config, tree }, { name: 'item', type: 'interview', slug: 'nam-2024' })).content);
    expect(Array.from(main.querySelectorAll('figcaption')).map((f) => f.textContent)).toEqual(['Chú thích ảnh']);
  });
});

describe('article page', () => {
  test('missing optional data is simply left out; the body arrives without script', async () => {
    const { api } = fakeApi({ '/api/v1/articles/bai-mot': article });
    const main = render((await itemPage({ api, config, tree }, { name: 'item', type: 'article', slug: 'bai-mot' })).content);
    expect(main.querySelector('.lead, .byline, figure, .story-meta time, .tags')).toBeNull();
    expect(main.querySelector('.views')?.textContent).toBe('Lượt xem: 3');
    expect(main.querySelector('.story-body strong')?.textContent).toBe('đậm');
    expect(main.querySelector('.story-body script')).toBeNull();
    expect(main.querySelector('.story-body img')?.getAttribute('onerror')).toBeNull();
    expect(main.querySelector('.story-body img')?.getAttribute('src')).toBe('https://api.example.vn/media/a.png');
    for (const bad of ['undefined', 'null', 'NaN']) expect(main.textContent).not.toContain(bad);
  });

  test('each tag links to its page; one whose slug a URL cannot carry stays text', async () => {
    const tagged = { ...article, tags: [{ name: 'Sóc Trăng', slug: 'soc-trang' }, { name: 'Lạ', slug: 'Khong Hop Le' }] };
    const { api } = fakeApi({ '/api/v1/articles/bai-mot': tagged });
    const main = render((await itemPage({ api, config, tree }, { name: 'item', type: 'article', slug: 'bai-mot' })).content);
    expect(Array.from(main.querySelectorAll('.tags .tag')).map((t) => [t.tagName, t.textContent, t.getAttribute('href')])).toEqual([
      ['A', 'Sóc Trăng', '/tu-khoa/soc-trang'],
      ['SPAN', 'Lạ', null],
    ]);
  });

  test('an unknown slug is a NotFoundError (the app shows the 404 page)', async () => {
    const { api } = fakeApi({});
    await expect(itemPage({ api, config, tree }, { name: 'item', type: 'article', slug: 'khong-co' })).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe('video page', () => {
  test('a YouTube id plays in the embedded player; a description equal to the summary is shown once', async () => {
    const { api } = fakeApi({ '/api/v1/videos/phim-mot': video });
    const view = await itemPage({ api, config, tree }, { name: 'item', type: 'video', slug: 'phim-mot' });
    const main = render(view.content);
    expect(view.ogType).toBe('video.other');
    expect(main.querySelector('.player iframe')?.getAttribute('src')).toBe('https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ');
    expect(main.querySelector('.player iframe')?.getAttribute('title')).toBe('Phim một (YouTube)');
    expect(main.textContent?.match(/Tóm tắt/g)).toHaveLength(1);
    expect(main.querySelector('.story-meta')?.textContent).toContain('Thời lượng: 12:34');
  });
});

describe('section page', () => {
  test('an archive page is counted from the oldest item: page 2 of 25 holds the 6th to 15th newest', async () => {
    const n = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => summary({ id: 100 - from - i, title: `T${from + i}`,
      category: i === 0 ? { id: 2, name: 'Nông nghiệp', slug: 'nong-nghiep' } : { id: 1, name: 'Kinh tế', slug: 'kinh-te' } }));
    const { api, asked } = fakeApi({
      '/api/v1/content?category=kinh-te&page=1&pageSize=10': page(n(0, 10), { totalItems: 25, totalPages: 3 }),
      '/api/v1/content?category=kinh-te&page=2&pageSize=10': page(n(10, 20), { page: 2, totalItems: 25, totalPages: 3 }),
    });
    const view = await sectionPage({ api, config, tree }, { name: 'section', slug: 'kinh-te', archive: 2 });
    const main = render(view.content);
    expect(asked).toEqual(['/api/v1/content?category=kinh-te&page=1&pageSize=10', '/api/v1/content?category=kinh-te&page=2&pageSize=10']);
    expect(view.title).toBe('Kinh tế - Trang 2');
    expect(view.description).toBe('Kinh tế tỉnh');
    expect(view.feed).toEqual({ query: 'category=kinh-te', name: 'Kinh tế' });
    expect(Array.from(main.querySelectorAll('.story-list .card-title')).map((t) => t.textContent)).toEqual(['T5', 'T6', 'T7', 'T8', 'T9', 'T10', 'T11', 'T12', 'T13', 'T14']);
    // Only the item from the sub-section names its section.
    expect(Array.from(main.querySelectorAll('.card-row')).map((c) => c.querySelector('.meta-section')?.textContent ?? '').filter(Boolean)).toEqual(['Nông nghiệp']);
    expect(main.querySelector('.subsections a')?.getAttribute('href')).toBe('/chuyen-muc/nong-nghiep');
    expect(main.querySelector('.pager [aria-current="page"]')?.textContent).toBe('2');
    // Newer is up (page 3, the top), older down (page 1); the newest page is the section's own address.
    expect(main.querySelector('.pager a[aria-label="Trang mới hơn"]')?.getAttribute('href')).toBe('/chuyen-muc/kinh-te/trang/3');
    expect(main.querySelector('.pager a[aria-label="Trang cũ hơn"]')?.getAttribute('href')).toBe('/chuyen-muc/kinh-te/trang/1');
    expect(main.querySelector('.pager a[aria-label="Trang mới nhất"]')?.getAttribute('href')).toBe('/chuyen-muc/kinh-te');
  });

  test('an old ?trang=N link answers the archive page holding its first item, under that address', async () => {
    const { api } = fakeApi({ '/api/v1/content': page([summary()], { totalItems: 25, totalPages: 3 }) });
    // ?trang=2 began with the 11th newest of 25: the 15th oldest, on archive page 2.
    const view = await sectionPage({ api, config, tree }, { name: 'section', slug: 'kinh-te', archive: null, legacyPage: 2 });
    expect(view.address).toBe('/chuyen-muc/kinh-te/trang/2');
    await expect(sectionPage({ api, config, tree }, { name: 'section', slug: 'kinh-te', archive: null, legacyPage: 4 })).rejects.toBeInstanceOf(NotFoundError);
  });

  test('the newest page opens with the stories editors chose for the section, not shown twice', async () => {
    const chosen = summary({ id: 7, title: 'Tiêu điểm kinh tế', summary: 'Tóm tắt', category: { id: 1, name: 'Kinh tế', slug: 'kinh-te' } });
    const items = [summary({ id: 1, title: 'A' }), chosen, summary({ id: 2, title: 'B' })];
    const { api, asked } = fakeApi({ '/api/v1/content': page(items, { totalItems: 13, totalPages: 2 }), '/api/v1/featured?category=kinh-te': { category: null, items: [chosen] } });
    const main = render((await sectionPage({ api, config, tree }, { name: 'section', slug: 'kinh-te', archive: null })).content);
    expect(asked).toContain('/api/v1/featured?category=kinh-te');
    const named = main.querySelector('.section-featured')?.getAttribute('aria-labelledby');
    expect(main.querySelector(`#${named}`)?.textContent).toBe('Tiêu điểm');
    expect(main.querySelector('.section-featured .card-lead .card-title')?.textContent).toBe('Tiêu điểm kinh tế');
    expect(Array.from(main.querySelectorAll('.story-list .card-title')).map((t) => t.textContent)).toEqual(['A', 'B']);
    // 13 items: the 11th newest (the "older" link's first) is the 3rd oldest, on archive page 1.
    expect(main.querySelector('.pager a[aria-label="Trang cũ hơn"]')?.getAttribute('href')).toBe('/chuyen-muc/kinh-te/trang/1');

    // Archive pages are plain lists: the featured list is not even asked for.
    const later = fakeApi({ '/api/v1/content': page(items, { totalItems: 13, totalPages: 2 }) });
    const second = render((await sectionPage({ api: later.api, config, tree }, { name: 'section', slug: 'kinh-te', archive: 1 })).content);
    expect(later.asked.some((url) => url.startsWith('/api/v1/featured'))).toBe(false);
    expect(second.querySelector('.section-featured')).toBeNull();
  });

  test('headings never skip a level, with and without the featured stories', async () => {
    const chosen = summary({ id: 7, title: 'Tiêu điểm kinh tế', category: { id: 1, name: 'Kinh tế', slug: 'kinh-te' } });
    const items = [summary({ id: 1, title: 'A' }), summary({ id: 2, title: 'B' })];
    for (const featured of [[chosen], []]) {
      const { api } = fakeApi({ '/api/v1/content': page(items, { totalPages: 2 }), '/api/v1/featured?category=kinh-te': { category: null, items: featured } });
      const main = render((await sectionPage({ api, config, tree }, { name: 'section', slug: 'kinh-te', archive: null })).content);
      expect(headingLevelsSkipped(main), `featured: ${featured.length}`).toEqual([]);
      expect(Array.from(main.querySelectorAll('.story-list h3')).map((t) => t.textContent)).toEqual(['A', 'B']);
    }
  });

  test('an unknown section, or an archive page past the end, is not found', async () => {
    const { api } = fakeApi({ '/api/v1/content': page([], { totalItems: 30, totalPages: 3 }) });
    await expect(sectionPage({ api, config, tree }, { name: 'section', slug: 'khong-co', archive: null })).rejects.toBeInstanceOf(NotFoundError);
    await expect(sectionPage({ api, config, tree }, { name: 'section', slug: 'kinh-te', archive: 4 })).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe('item page', () => {
  test('opened by an old slug (the item was renamed), the page gives its current address', async () => {
    const renamed = { ...article, slug: 'bai-moi', oldSlugs: ['bai-cu'] };
    const { api } = fakeApi({ '/api/v1/articles/bai-cu': renamed, '/api/v1/articles/bai-moi': renamed });
    expect((await itemPage({ api, config, tree }, { name: 'item', type: 'article', slug: 'bai-cu' })).address).toBe('/bai-viet/bai-moi');
    expect((await itemPage({ api, config, tree }, { name: 'item', type: 'article', slug: 'bai-moi' })).address).toBeUndefined();
  });
});

describe('tag page', () => {
  test('opened by an old slug (a renamed tag), the page gives its current address', async () => {
    const { api } = fakeApi({ '/api/v1/tags/dua-ghe': { name: 'Đua ghe Ngo', slug: 'dua-ghe-ngo' }, '/api/v1/content': page([summary()], { totalItems: 15, totalPages: 2 }) });
    const view = await tagPage({ api, config, tree }, { name: 'tag', slug: 'dua-ghe', archive: 2 });
    expect(view.address).toBe('/tu-khoa/dua-ghe-ngo/trang/2');
    expect(view.feed?.query).toBe('tag=dua-ghe-ngo');
    const current = fakeApi({ '/api/v1/tags/dua-ghe-ngo': { name: 'Đua ghe Ngo', slug: 'dua-ghe-ngo' }, '/api/v1/content': page([summary()]) });
    expect((await tagPage({ api: current.api, config, tree }, { name: 'tag', slug: 'dua-ghe-ngo', archive: null })).address).toBeUndefined();
  });

  test('names the tag as editors wrote it and lists its items of every type, each with its section', async () => {
    const items = [summary({ id: 1, type: 'video', title: 'Phim', category: { id: 2, name: 'Nông nghiệp', slug: 'nong-nghiep' } }), summary({ id: 2, title: 'Bài' })];
    const { api, asked } = fakeApi({
      '/api/v1/tags/soc-trang': { name: 'Sóc Trăng', slug: 'soc-trang' },
      '/api/v1/content': page(items, { totalPages: 124, totalItems: 1234 }),
    });
    const view = await tagPage({ api, config, tree }, { name: 'tag', slug: 'soc-trang', archive: null });
    const main = render(view.content);
    expect(asked).toContain('/api/v1/content?tag=soc-trang&page=1&pageSize=10');
    expect(view.title).toBe('Từ khóa: Sóc Trăng');
    expect(view.feed).toEqual({ query: 'tag=soc-trang', name: 'Từ khóa: Sóc Trăng' });
    expect(main.querySelector('h1')?.textContent).toBe('Từ khóa: Sóc Trăng');
    expect(main.querySelector('.page-description')?.textContent).toBe('1.234 tin bài');
    expect(Array.from(main.querySelectorAll('.card-row')).map((c) => c.querySelector('.meta-section')?.textContent ?? '')).toEqual(['Nông nghiệp', '']);
    // 1,234 items: the 11th newest is the 1,224th oldest, on archive page 123.
    expect(main.querySelector('.pager a[href="/tu-khoa/soc-trang/trang/123"]')).not.toBeNull();
    expect(headingLevelsSkipped(main)).toEqual([]);
    expect(view.trail).toEqual([{ name: 'Từ khóa: Sóc Trăng', path: '/tu-khoa/soc-trang' }]);

    // An archive page carries no count: it must not change with every publish.
    const archive = render((await tagPage({ api, config, tree }, { name: 'tag', slug: 'soc-trang', archive: 5 })).content);
    expect(archive.querySelector('h1')?.textContent).toBe('Từ khóa: Sóc Trăng - Trang 5');
    expect(archive.querySelector('.page-description')).toBeNull();
  });

  test('a tag no published item carries, or an archive page past the end, is not found', async () => {
    const { api } = fakeApi({ '/api/v1/tags/soc-trang': { name: 'Sóc Trăng', slug: 'soc-trang' }, '/api/v1/content': page([], { totalItems: 20, totalPages: 2 }) });
    await expect(tagPage({ api, config, tree }, { name: 'tag', slug: 'nhan-su-moi', archive: null })).rejects.toBeInstanceOf(NotFoundError);
    await expect(tagPage({ api, config, tree }, { name: 'tag', slug: 'soc-trang', archive: 3 })).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe('home page', () => {
  test('newest items on top, then one block per top-level section without repeats', async () => {
    const lead = summary({ id: 1, type: 'interview', slug: 'nam-2024', title: 'Phỏng vấn', summary: 'Tóm tắt', coverImage: { url: '/c.svg' } });
    const other = summary({ id: 2, title: 'Tin kinh tế cũ' });
    const { api } = fakeApi({
      '/api/v1/content?pageSize=7': page([lead]),
      '/api/v1/content?category=kinh-te&pageSize=5': page([lead, other]),
      '/api/v1/content?category=phong-van&pageSize=5': page([lead]),
    });
    const view = await homePage({ api, config, tree });
    const main = render(view.content);
    expect(view.contentId).toBeUndefined();
    expect(main.querySelector('.card-lead .card-title a')?.getAttribute('href')).toBe('/phong-van/nam-2024');
    expect(main.querySelector('.card-lead .summary')?.textContent).toBe('Tóm tắt');
    const blocks = Array.from(main.querySelectorAll('.home-section'));
    // "Phỏng vấn" only had the lead story, already shown: no empty block.
    expect(blocks.map((b) => b.querySelector('h2')?.textContent)).toEqual(['Kinh tế']);
    expect(blocks[0]!.querySelector('.card-title')?.textContent).toBe('Tin kinh tế cũ');
    // This API has no featured lists (older than the site): the newest lead, as before.
    expect(main.querySelector('.top-stories')?.getAttribute('aria-label')).toBe('Tin mới nhất');
  });

  test('the stories editors chose lead in their order, then the newest fill the top without repeats', async () => {
    const newest = summary({ id: 1, title: 'Tin mới nhất' });
    const chosen = summary({ id: 2, title: 'Tin được chọn', summary: 'Tóm tắt', category: { id: 1, name: 'Kinh tế', slug: 'kinh-te' } });
    const second = summary({ id: 3, type: 'video', title: 'Phim được chọn' });
    const { api } = fakeApi({
      '/api/v1/featured': { category: null, items: [chosen, second] },
      '/api/v1/content?pageSize=7': page([newest, second]),
      '/api/v1/content?category=kinh-te&pageSize=5': page([chosen, summary({ id: 4, title: 'Tin kinh tế khác' })]),
      '/api/v1/content?category=phong-van&pageSize=5': page([]),
    });
    const main = render((await homePage({ api, config, tree })).content);
    expect(main.querySelector('.top-stories')?.getAttribute('aria-label')).toBe('Tiêu điểm');
    expect(main.querySelector('.card-lead .card-title')?.textContent).toBe('Tin được chọn');
    expect(Array.from(main.querySelectorAll('.top-list .card-title')).map((t) => t.textContent)).toEqual(['Phim được chọn', 'Tin mới nhất']);
    expect(Array.from(main.querySelectorAll('.home-section .card-title')).map((t) => t.textContent)).toEqual(['Tin kinh tế khác']);
    expect(main.querySelector('.topics')).toBeNull(); // this API lists no topics
  });

  test('the topics of the moment open the page, each a link to its tag page', async () => {
    const { api, asked } = fakeApi({
      '/api/v1/tags?limit=8': { within: 200, items: [{ name: 'Sóc Trăng', slug: 'soc-trang', itemCount: 12 }, { name: 'Mùa lũ', slug: 'mua-lu', itemCount: 3 }] },
      '/api/v1/content?pageSize=7': page([summary({ id: 1 })]),
      '/api/v1/content': page([]),
    });
    const main = render((await homePage({ api, config, tree })).content);
    expect(asked).toContain('/api/v1/tags?limit=8');
    const strip = main.querySelector('nav.topics')!;
    expect(strip.getAttribute('aria-label')).toBe('Chủ đề nổi bật');
    expect(Array.from(strip.querySelectorAll('a')).map((a) => [a.textContent, a.getAttribute('href')])).toEqual([['#Sóc Trăng', '/tu-khoa/soc-trang'], ['#Mùa lũ', '/tu-khoa/mua-lu']]);
    expect(main.querySelector('.home')!.children[1]).toBe(strip); // right under the page's (hidden) title
  });
});
