import { describe, expect, test } from 'vitest';
import { addressOf, parseRoute, paths, type Route } from '../../src/routes';

const route = (path: string): Route => parseRoute(new URL(path, 'https://tin.example.vn'));

describe('routes', () => {
  test('every URL the site builds parses back to its page', () => {
    expect(route(paths.home())).toEqual({ name: 'home' });
    expect(route(paths.item('article', 'mot-bai-viet'))).toEqual({ name: 'item', type: 'article', slug: 'mot-bai-viet' });
    expect(route(paths.item('interview', 'nam-2024'))).toEqual({ name: 'item', type: 'interview', slug: 'nam-2024' });
    expect(route(paths.item('video', 'phim-1'))).toEqual({ name: 'item', type: 'video', slug: 'phim-1' });
    expect(route(paths.section('kinh-te'))).toEqual({ name: 'section', slug: 'kinh-te', archive: null });
    expect(route(paths.section('kinh-te', 3))).toEqual({ name: 'section', slug: 'kinh-te', archive: 3 });
    expect(route(paths.videos())).toEqual({ name: 'videos', archive: null });
    expect(route(paths.videos(2))).toEqual({ name: 'videos', archive: 2 });
    expect(route(paths.item('photoStory', 'le-hoi'))).toEqual({ name: 'item', type: 'photoStory', slug: 'le-hoi' });
    expect(route(paths.photoStories())).toEqual({ name: 'photoStories', archive: null });
    expect(route(paths.photoStories(3))).toEqual({ name: 'photoStories', archive: 3 });
    expect(route(paths.tag('soc-trang'))).toEqual({ name: 'tag', slug: 'soc-trang', archive: null });
    expect(route(paths.tag('soc-trang', 4))).toEqual({ name: 'tag', slug: 'soc-trang', archive: 4 });
  });

  test('an old ?trang=N link of a list is read as such, for the site to forward it', () => {
    expect(route('/chuyen-muc/kinh-te?trang=3')).toEqual({ name: 'section', slug: 'kinh-te', archive: null, legacyPage: 3 });
    expect(route('/tu-khoa/soc-trang?trang=2')).toEqual({ name: 'tag', slug: 'soc-trang', archive: null, legacyPage: 2 });
    expect(route('/phim-tu-lieu?trang=2')).toEqual({ name: 'videos', archive: null, legacyPage: 2 });
    expect(route('/chuyen-muc/kinh-te?trang=1')).toEqual({ name: 'section', slug: 'kinh-te', archive: null });
  });

  test('Vietnamese, readable paths', () => {
    expect(paths.item('article', 'x')).toBe('/bai-viet/x');
    expect(paths.item('interview', 'x')).toBe('/phong-van/x');
    expect(paths.item('video', 'x')).toBe('/video/x');
    expect(paths.item('photoStory', 'x')).toBe('/anh/x');
    expect(paths.photoStories()).toBe('/phong-su-anh');
    expect(paths.photoStories(2)).toBe('/phong-su-anh/trang/2');
    // Archive pages are paths, so a static host serves each as a file.
    expect(paths.section('kinh-te', 2)).toBe('/chuyen-muc/kinh-te/trang/2');
    expect(paths.section('kinh-te', 1)).toBe('/chuyen-muc/kinh-te/trang/1');
    expect(paths.section('kinh-te')).toBe('/chuyen-muc/kinh-te');
    expect(paths.videos()).toBe('/phim-tu-lieu');
    expect(paths.videos(4)).toBe('/phim-tu-lieu/trang/4');
    expect(paths.tag('soc-trang', 2)).toBe('/tu-khoa/soc-trang/trang/2');
  });

  test('a trailing slash and /index.html still work', () => {
    expect(route('/bai-viet/mot-bai/')).toEqual({ name: 'item', type: 'article', slug: 'mot-bai' });
    expect(route('/index.html')).toEqual({ name: 'home' });
  });

  test('anything else is the 404 page', () => {
    for (const path of ['/khong-co', '/bai-viet', '/bai-viet/a/b', '/bai-viet/Chu-Hoa', '/bai-viet/%E0%A4%A', '/bai-viet/a--b', '/bai-viet/<script>', '/chuyen-muc/-x', '/tu-khoa', '/tu-khoa/Soc-Trang',
      '/chuyen-muc/kinh-te/trang/0', '/chuyen-muc/kinh-te/trang/x', '/chuyen-muc/kinh-te/khac/2', '/phim-tu-lieu/trang', '/bai-viet/x/trang/2']) {
      expect(route(path), path).toEqual({ name: 'notFound' });
    }
  });

  test('a page\'s own address leaves out what a share link adds: tracking, a first page, a trailing slash', () => {
    expect(addressOf(route('/bai-viet/mot-bai?fbclid=IwAR0x&utm_source=zalo&utm_medium=social'))).toBe('/bai-viet/mot-bai');
    expect(addressOf(route('/bai-viet/mot-bai/'))).toBe('/bai-viet/mot-bai');
    expect(addressOf(route('/chuyen-muc/kinh-te?trang=1&gclid=x'))).toBe('/chuyen-muc/kinh-te');
    expect(addressOf(route('/chuyen-muc/kinh-te/trang/3?utm_campaign=x'))).toBe('/chuyen-muc/kinh-te/trang/3');
    expect(addressOf(route('/tu-khoa/soc-trang/trang/2?zarsrc=30'))).toBe('/tu-khoa/soc-trang/trang/2');
    expect(addressOf(route('/phim-tu-lieu?fbclid=x'))).toBe('/phim-tu-lieu');
    expect(addressOf(route('/?fbclid=x'))).toBe('/');
    expect(addressOf(route('/tim-kiem?q=soc+trang&utm_source=x'))).toBe('/tim-kiem?q=soc+trang');
    expect(addressOf(route('/khong-co'))).toBeNull();
  });
});

describe('photo story addresses', () => {
  test('a photo story list keeps an old ?trang=N link and refuses a tail that is no archive page', () => {
    expect(route('/phong-su-anh?trang=2')).toEqual({ name: 'photoStories', archive: null, legacyPage: 2 });
    expect(route('/phong-su-anh/trang/0')).toEqual({ name: 'notFound' });
    expect(route('/phong-su-anh/khac/2')).toEqual({ name: 'notFound' });
    expect(route('/anh/x/trang/2')).toEqual({ name: 'notFound' });
    expect(addressOf(route('/anh/le-hoi?utm_source=zalo#anh-3'))).toBe('/anh/le-hoi');
  });

  test("a photo's place in the address is #anh-N, and nothing else is one", async () => {
    const { photoAnchor, photoOfHash } = await import('../../src/components/photo-story');
    expect(photoAnchor(3)).toBe('anh-3');
    expect(photoOfHash('#anh-3')).toBe(3);
    expect(photoOfHash('#anh-12')).toBe(12);
    for (const hash of ['', '#anh-0', '#anh-', '#anh-x', '#main', '#anh-3a', '#anh-03']) expect(photoOfHash(hash)).toBeNull();
  });
});
