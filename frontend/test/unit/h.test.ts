import { describe, expect, test } from 'vitest';
import { h, sanitizedHtml } from '../../src/dom/h';

describe('h: text from the API is escaped by construction', () => {
  test('markup in text stays text', () => {
    const el = h('p', null, '<img src=x onerror=alert(1)>', ' & ', 42);
    expect(el.textContent).toBe('<img src=x onerror=alert(1)> & 42');
    expect(el.children).toHaveLength(0);
    expect(el.innerHTML).toBe('&lt;img src=x onerror=alert(1)&gt; &amp; 42');
  });

  test('attribute values are set, not spliced into markup', () => {
    const el = h('a', { href: '/x', title: '"><script>' }, 'a');
    expect(el.getAttribute('title')).toBe('"><script>');
    expect(el.querySelector('script')).toBeNull();
  });

  test('missing values leave no trace: no "undefined", "null" or "false"', () => {
    const el = h('div', { id: undefined, title: null, hidden: false, 'data-x': 0 }, null, undefined, false, [null, 'a']);
    expect(el.outerHTML).toBe('<div data-x="0">a</div>');
  });

  test('true makes a boolean attribute; functions become listeners', () => {
    let clicked = 0;
    const el = h('button', { disabled: true, onclick: () => clicked++ });
    expect(el.hasAttribute('disabled')).toBe(true);
    el.disabled = false;
    el.click();
    expect(clicked).toBe(1);
  });
});

describe('sanitizedHtml: a second line of defence behind the API sanitizer', () => {
  const resolve = (url: string) => new URL(url, 'https://api.example.vn/').href;

  test('keeps formatting, drops script, handlers and script URLs', () => {
    const div = h('div', null, sanitizedHtml('<p>Một <strong>hai</strong></p><script>alert(1)</script><img src="/a.png" onerror="alert(2)"><a href="javascript:alert(3)">x</a><iframe src="https://evil"></iframe>', resolve));
    expect(div.querySelector('strong')?.textContent).toBe('hai');
    expect(div.querySelector('script, iframe')).toBeNull();
    expect(div.querySelector('img')?.getAttribute('onerror')).toBeNull();
    expect(div.querySelector('a')?.hasAttribute('href')).toBe(false);
  });

  test('body images load lazily from the API, with alt text', () => {
    const div = h('div', null, sanitizedHtml('<img src="/media/a.png"><img src="https://cdn.example/b.png" alt="B">', resolve));
    const [a, b] = Array.from(div.querySelectorAll('img'));
    expect(a?.getAttribute('src')).toBe('https://api.example.vn/media/a.png');
    expect(a?.getAttribute('loading')).toBe('lazy');
    expect(a?.getAttribute('alt')).toBe('');
    expect(b?.getAttribute('alt')).toBe('B');
  });
});
