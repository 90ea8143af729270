import { describe, expect, test } from 'vitest';
import { decodeEntities, snippetNode } from '../../src/components/snippet';
import { DEFAULT_SITE_NAME } from '../../src/config';
import { parseRoute, paths } from '../../src/routes';
import { searchPage } from '../../src/views/search';
import { fakeApi, page, summary, tree } from './fixtures';

const config = { apiBaseUrl: 'https://api.example.vn', siteName: DEFAULT_SITE_NAME };

describe('search URLs', () => {
  test('the words travel in ?q=, pages in ?trang=, and parse back', () => {
    expect(paths.search('sóc trăng')).toBe('/tim-kiem?q=s%C3%B3c+tr%C4%83ng');
    expect(paths.search('soc trang', 2)).toBe('/tim-kiem?q=soc+trang&trang=2');
    expect(parseRoute(new URL(paths.search('sóc trăng', 3), 'https://tin.example.vn'))).toEqual({ name: 'search', q: 'sóc trăng', page: 3 });
    expect(parseRoute(new URL('https://tin.example.vn/tim-kiem'))).toEqual({ name: 'search', q: '', page: 1 });
    expect((parseRoute(new URL(`https://tin.example.vn/tim-kiem?q=${'a'.repeat(500)}`)) as { q: string }).q).toHaveLength(200);
  });
});

describe('snippets', () => {
  test('only <mark> becomes markup; everything else, entities included, is text', () => {
    const p = snippetNode('…Ng&#224;y h&#244;m nay, <mark>Đảng</mark> <mark>bộ</mark> &lt;img src=x onerror=alert(1)&gt; &amp; “x”…')!;
    expect(Array.from(p.querySelectorAll('mark')).map((m) => m.textContent)).toEqual(['Đảng', 'bộ']);
    expect(p.querySelector('img')).toBeNull();
    expect(p.textContent).toBe('…Ngày hôm nay, Đảng bộ <img src=x onerror=alert(1)> & “x”…');
    expect(p.children).toHaveLength(2);
  });

  test('a mark cannot smuggle markup in either', () => {
    const p = snippetNode('<mark>&lt;b&gt;x&lt;/b&gt;</mark><script>alert(1)</script>')!;
    expect(p.querySelector('script')).toBeNull();
    expect(p.querySelector('b')).toBeNull();
    expect(p.querySelector('mark')?.textContent).toBe('<b>x</b>');
  });

  test('entities decode, unknown ones stay as written, nothing at all gives no snippet', () => {
    expect(decodeEntities('&#x1EA1;&amp;&nbsp;&#0;')).toBe('ạ&&nbsp;&#0;');
    expect(snippetNode(null)).toBeNull();
    expect(snippetNode('')).toBeNull();
  });
});

describe('search page', () => {
  test('results with their snippets, the count in vi-VN, pages that keep the words', async () => {
    const hit = { ...summary, snippet: 'Thành phố <mark>Sóc</mark> <mark>Trăng</mark> hôm nay' };
    const { api, asked } = fakeApi({ '/api/v1/search': page([hit], { totalItems: 1234, totalPages: 124 }) });
    const view = await searchPage({ api, config, tree }, { name: 'search', q: 'soc trang', page: 1 });
    const main = document.createElement('main');
    main.append(view.content);

    expect(asked[0]).toBe('/api/v1/search?page=1&pageSize=10&q=soc+trang');
    expect(view.noindex).toBe(true);
    expect(main.querySelector('.search-summary')?.textContent).toBe('Tìm thấy 1.234 kết quả cho “soc trang”');
    expect(Array.from(main.querySelectorAll('.snippet mark')).map((m) => m.textContent)).toEqual(['Sóc', 'Trăng']);
    expect((main.querySelector('.search-page input[name=q]') as HTMLInputElement).value).toBe('soc trang');
    expect(Array.from(main.querySelectorAll('.pager a')).map((a) => a.getAttribute('href'))).toContain('/tim-kiem?q=soc+trang&trang=2');
  });

  test('no words: just the form, no request; no results: said plainly', async () => {
    const { api, asked } = fakeApi({ '/api/v1/search': page([]) });
    const empty = await searchPage({ api, config, tree }, { name: 'search', q: '  !! ', page: 1 });
    expect(asked).toEqual([]);
    expect((empty.content as HTMLElement).querySelector('form.search-form')).not.toBeNull();

    const none = await searchPage({ api, config, tree }, { name: 'search', q: 'không có gì', page: 1 });
    const main = document.createElement('main');
    main.append(none.content);
    expect(main.querySelector('.search-summary')?.textContent).toBe('Không tìm thấy kết quả nào cho “không có gì”');
  });
});
