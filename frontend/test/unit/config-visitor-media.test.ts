import { describe, expect, test } from 'vitest';
import { ConfigError, DEFAULT_SITE_NAME, parseConfig } from '../../src/config';
import { playbackFor } from '../../src/media';
import { visitorId } from '../../src/visitor';

describe('runtime config (config.json)', () => {
  test('apiBaseUrl is required, absolute, and loses its trailing slash', () => {
    expect(parseConfig({ apiBaseUrl: 'http://127.0.0.1:5080/' })).toEqual({ apiBaseUrl: 'http://127.0.0.1:5080', siteName: DEFAULT_SITE_NAME });
    expect(parseConfig({ apiBaseUrl: 'https://api.example.vn', siteName: ' Báo Sóc Trăng ' }).siteName).toBe('Báo Sóc Trăng');
    for (const bad of [null, [], {}, { apiBaseUrl: '' }, { apiBaseUrl: '/api' }, { apiBaseUrl: 'javascript:alert(1)' }]) {
      expect(() => parseConfig(bad)).toThrow(ConfigError);
    }
  });
});

describe('visitor id', () => {
  const memoryStorage = () => {
    const map = new Map<string, string>();
    return { getItem: (k: string) => map.get(k) ?? null, setItem: (k: string, v: string) => void map.set(k, v) };
  };

  test('made once, kept, and in the form the API accepts', () => {
    const storage = memoryStorage();
    const id = visitorId(storage);
    expect(id).toMatch(/^[A-Za-z0-9_-]{8,64}$/);
    expect(visitorId(storage)).toBe(id);
    expect(storage.getItem('cms.visitorId')).toBe(id);
  });

  test('a tampered stored value is replaced', () => {
    const storage = memoryStorage();
    storage.setItem('cms.visitorId', 'bad id!');
    expect(visitorId(storage)).toMatch(/^[0-9a-f]{32}$/);
  });

  test('blocked storage still gives one id for the page load', () => {
    const blocked = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('SecurityError');
      },
    };
    const id = visitorId(blocked);
    expect(id).toMatch(/^[0-9a-f]{32}$/);
    expect(visitorId(blocked)).toBe(id);
  });
});

describe('video playback', () => {
  const resolve = (url: string) => new URL(url, 'https://api.example.vn/').href;

  test('files and HLS play natively from resolved URLs', () => {
    expect(playbackFor({ kind: 'file', value: '/media/demo/a.webm' }, resolve)).toEqual({ kind: 'native', url: 'https://api.example.vn/media/demo/a.webm', hls: false });
    expect(playbackFor({ kind: 'hls', value: 'https://cdn.example/a.m3u8' }, resolve)).toEqual({ kind: 'native', url: 'https://cdn.example/a.m3u8', hls: true });
  });

  test('YouTube and Vimeo ids become their embedded players', () => {
    expect(playbackFor({ kind: 'youtube', value: 'dQw4w9WgXcQ' }, resolve)).toEqual({ kind: 'embed', url: 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ', platform: 'YouTube' });
    expect(playbackFor({ kind: 'vimeo', value: '76979871' }, resolve)).toEqual({ kind: 'embed', url: 'https://player.vimeo.com/video/76979871?dnt=1', platform: 'Vimeo' });
  });

  test('an id that is not an id plays nothing, rather than some other URL', () => {
    expect(playbackFor({ kind: 'youtube', value: 'x/../../evil?a=1' }, resolve)).toBeNull();
    expect(playbackFor({ kind: 'vimeo', value: 'abc' }, resolve)).toBeNull();
    expect(playbackFor({ kind: 'file', value: '' }, resolve)).toBeNull();
    expect(playbackFor(undefined, resolve)).toBeNull();
  });
});
