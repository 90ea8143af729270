import { describe, expect, test, vi } from 'vitest';
import { ApiClient } from '../../src/api/client';
import { leadCard, rowCard, titleCard, videoCard } from '../../src/components/cards';
import { figure, picture } from '../../src/components/image';
import { buttonPager, linkPager } from '../../src/components/pager';
import { mostReadBox, statsBox } from '../../src/components/sidebar';
import { API, fakeApi, summary } from './fixtures';

const api = new ApiClient(API);

/** The reader-visible text must never carry these. */
function expectClean(node: Node): void {
  for (const bad of ['undefined', 'null', 'NaN', 'No title']) expect(node.textContent).not.toContain(bad);
}

describe('cards', () => {
  test('an item without cover, summary, date or section renders title only: no image box, no "undefined"', () => {
    for (const card of [leadCard(api, summary()), rowCard(api, summary(), { showSection: true }), titleCard(summary())]) {
      expect(card.querySelector('img, .media-fallback')).toBeNull();
      expect(card.querySelector('.summary')).toBeNull();
      expect(card.querySelector('a')?.getAttribute('href')).toBe('/bai-viet/tin');
      expectClean(card);
    }
  });

  test('a full item: cover resolved against the API, lazy and sized, summary, section, date, type badge', () => {
    const item = summary({
      type: 'interview',
      slug: 'nam-2024',
      title: 'Phỏng vấn <b>',
      summary: 'Tóm tắt',
      coverImage: { url: '/media/a.svg', alt: null },
      category: { id: 1, name: 'Phỏng vấn', slug: 'phong-van' },
      publishedAt: '2024-02-08T00:30:00Z',
    });
    const card = rowCard(api, item, { showSection: true });
    const img = card.querySelector('img')!;
    expect(img.getAttribute('src')).toBe('https://api.example.vn/media/a.svg');
    expect(img.getAttribute('alt')).toBe('Phỏng vấn <b>'); // no alt from the API: the title
    expect(img.getAttribute('loading')).toBe('lazy');
    expect(img.getAttribute('width')).toBeTruthy();
    expect(card.querySelector('.card-title a')?.textContent).toBe('Phỏng vấn <b>');
    expect(card.querySelector('.card-title b')).toBeNull();
    expect(card.querySelector('.badge')?.textContent).toBe('Phỏng vấn');
    expect(card.querySelector('.meta-section')?.getAttribute('href')).toBe('/chuyen-muc/phong-van');
    expect(card.querySelector('time')?.textContent).toBe('08/02/2024');
    expect(card.querySelector('time')?.getAttribute('datetime')).toBe('2024-02-08T00:30:00Z');
  });

  test('a video tile shows its duration, and a placeholder when it has no thumbnail', () => {
    const card = videoCard(api, summary({ type: 'video', slug: 'phim', durationSeconds: 754 }));
    expect(card.querySelector('a')?.getAttribute('href')).toBe('/video/phim');
    expect(card.querySelector('.duration')?.textContent).toBe('12:34');
    expect(card.querySelector('.duration')?.getAttribute('aria-label')).toBe('Thời lượng 12 phút 34 giây');
    expect(card.querySelector('.media-fallback')?.getAttribute('role')).toBe('img');
    expect(card.querySelector('.media-fallback')?.getAttribute('aria-label')).toBe('Tin');
  });
});

describe('images', () => {
  test('a failed image is replaced by a labelled placeholder, never a broken-image icon', () => {
    const holder = document.createElement('div');
    const img = picture(api, { url: '/missing.svg', alt: 'Ảnh' }, { fallbackAlt: 'x', width: 16, height: 9 })!;
    holder.append(img);
    img.dispatchEvent(new Event('error'));
    expect(holder.querySelector('img')).toBeNull();
    expect(holder.querySelector('.media-fallback')?.getAttribute('aria-label')).toBe('Ảnh');
  });

  test('a figure carries the caption; no caption, no figcaption; no image, nothing', () => {
    expect(figure(api, { url: '/a.svg', caption: 'Chú thích' }, { fallbackAlt: 'x', width: 16, height: 9 })?.querySelector('figcaption')?.textContent).toBe('Chú thích');
    expect(figure(api, { url: '/a.svg', caption: null }, { fallbackAlt: 'x', width: 16, height: 9 })?.querySelector('figcaption')).toBeNull();
    expect(figure(api, undefined, { fallbackAlt: 'x', width: 16, height: 9 })).toBeNull();
    expect(figure(api, { url: 'javascript:alert(1)' }, { fallbackAlt: 'x', width: 16, height: 9 })).toBeNull();
  });
});

describe('pagers', () => {
  test('links: previous, numbers, gap, next; the current page is marked, not linked', () => {
    const nav = linkPager(2, 13, (p) => `/chuyen-muc/kinh-te?trang=${p}`)!;
    expect(nav.getAttribute('aria-label')).toBe('Phân trang');
    const texts = Array.from(nav.querySelectorAll('li')).map((li) => li.textContent);
    expect(texts).toEqual(['‹ Trước', '1', '2', '3', '4', '5', '…', '13', 'Sau ›']);
    expect(nav.querySelector('[aria-current="page"]')?.tagName).toBe('SPAN');
    expect(nav.querySelector('a[aria-label="Trang 3"]')?.getAttribute('href')).toBe('/chuyen-muc/kinh-te?trang=3');
    expect(nav.querySelector('a[aria-label="Trang trước"]')?.getAttribute('href')).toBe('/chuyen-muc/kinh-te?trang=1');
  });

  test('no previous on the first page, no next on the last, no pager for one page', () => {
    expect(linkPager(1, 3, String)?.textContent).toBe('123Sau ›');
    expect(linkPager(3, 3, String)?.textContent).toBe('‹ Trước123');
    expect(linkPager(1, 1, String)).toBeNull();
  });

  test('buttons call back with the page', () => {
    const chosen: number[] = [];
    const nav = buttonPager(1, 4, (p) => chosen.push(p), 'Trang phim')!;
    nav.querySelector<HTMLButtonElement>('button[aria-label="Trang 3"]')!.click();
    nav.querySelector<HTMLButtonElement>('button[aria-label="Trang sau"]')!.click();
    expect(chosen).toEqual([3, 2]);
  });
});

describe('statistics box', () => {
  test('the four figures in the portal order, formatted for vi-VN', () => {
    const box = statsBox();
    box.update({ online: 97, today: 5943, thisWeek: 87540, total: 12418789 });
    const rows = Array.from(box.element.querySelectorAll('.stat')).map((row) => [row.querySelector('dt')?.textContent, row.querySelector('dd')?.textContent]);
    expect(rows).toEqual([['Đang online', '97'], ['Hôm nay', '5.943'], ['Trong tuần', '87.540'], ['Tất cả', '12.418.789']]);
  });

  test('without figures: a short notice, not empty rows', () => {
    const box = statsBox();
    box.update(null);
    expect(box.element.querySelector('dl')).toBeNull();
    expect(box.element.querySelector('.notice')?.textContent).toBe('Số liệu truy cập tạm thời chưa có.');
  });
});

describe('most-read box ("Đọc nhiều")', () => {
  const ranked = (period: string, titles: string[]) => ({
    period, type: null,
    items: titles.map((title, i) => ({ views: 12500 - i * 1000, item: summary({ id: i + 1, slug: `bai-${i + 1}`, title }) })),
  });
  const settle = async (box: HTMLElement) => {
    await vi.waitFor(() => expect(box.querySelector('.box-body')!.hasAttribute('aria-busy')).toBe(false));
  };
  const shown = (box: HTMLElement) => Array.from(box.querySelectorAll('.most-read-item')).map((li) => [li.querySelector('a')?.textContent, li.querySelector('a')?.getAttribute('href'), li.querySelector('.reads')?.textContent]);
  const pressed = (box: HTMLElement) => box.querySelector('.period[aria-pressed="true"]')?.textContent;

  test('this week\'s most read first, numbered, with reads in vi-VN; all time on its button', async () => {
    const { api, asked } = fakeApi({
      '/api/v1/most-viewed?period=week&limit=5': ranked('week', ['Tuần một', 'Tuần hai']),
      '/api/v1/most-viewed?period=all&limit=5': ranked('all', ['Mọi lúc']),
    });
    const box = mostReadBox(api);
    await settle(box);
    expect(pressed(box)).toBe('Trong tuần');
    expect(shown(box)).toEqual([['Tuần một', '/bai-viet/bai-1', '12.500 lượt xem'], ['Tuần hai', '/bai-viet/bai-2', '11.500 lượt xem']]);
    expect(box.querySelector('ol .rank')?.textContent).toBe('1');

    box.querySelector<HTMLButtonElement>('.period[data-period="all"]')!.click();
    await vi.waitFor(() => expect(shown(box)).toEqual([['Mọi lúc', '/bai-viet/bai-1', '12.500 lượt xem']]));
    expect(pressed(box)).toBe('Tất cả');
    expect(asked).toEqual(['/api/v1/most-viewed?period=week&limit=5', '/api/v1/most-viewed?period=all&limit=5']);
    expectClean(box);
  });

  test('a week without reads yet opens on all time; an API that fails leaves a notice', async () => {
    const { api } = fakeApi({
      '/api/v1/most-viewed?period=week&limit=5': ranked('week', []),
      '/api/v1/most-viewed?period=all&limit=5': ranked('all', ['Mọi lúc']),
    });
    const box = mostReadBox(api);
    await vi.waitFor(() => expect(shown(box)).toHaveLength(1));
    expect(pressed(box)).toBe('Tất cả');

    const down = mostReadBox(fakeApi({}).api);
    await settle(down);
    expect(down.querySelector('.notice')?.textContent).toBe('Chưa tải được danh sách.');
  });
});
