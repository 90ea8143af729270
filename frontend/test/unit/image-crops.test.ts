import { describe, expect, test } from 'vitest';
import { ApiClient } from '../../src/api/client';
import type { Image } from '../../src/api/types';
import { leadCard, rowCard } from '../../src/components/cards';
import { picture } from '../../src/components/image';
import { slotSizes, sourcesOf } from '../../src/components/responsive';
import { API, summary } from './fixtures';

const api = new ApiClient(API);
const stem = '/media/2026/12/0123456789abcdef0123456789abcdef';

type Rendition = NonNullable<Image['renditions']>[number];

function renditions(ratio: Rendition['ratio'], sizes: [number, number][]): Rendition[] {
  const code = ratio === 'original' ? '' : `-${ratio.replace(':', 'x')}-f500x500`;
  return sizes.flatMap(([width, height]) => [
    { ratio, contentType: 'image/jpeg', width, height, url: `${stem}${code}-w${width}.jpg` },
    { ratio, contentType: 'image/webp', width, height, url: `${stem}${code}-w${width}.webp` },
  ]);
}

/** A 1600×900 library photo with its renditions, WebP listed before JPEG to show order does not matter. */
const photo: Image = {
  url: `${stem}.jpg`, alt: 'Chợ nổi Ngã Năm', width: 1600, height: 900,
  renditions: [
    ...renditions('original', [[800, 450], [320, 180]]),
    ...renditions('16:9', [[1600, 900], [320, 180], [800, 450]]),
    ...renditions('1:1', [[320, 320], [800, 800]]),
  ].reverse(),
};

describe('srcset and sizes', () => {
  test('the 16:9 crops, narrowest first, JPEG in the img and WebP in the source, resolved against the API', () => {
    const sources = sourcesOf(photo, '16:9', 320, (url) => api.mediaUrl(url))!;

    expect(sources.srcset).toBe([320, 800, 1600].map((w) => `${API}${stem}-16x9-f500x500-w${w}.jpg ${w}w`).join(', '));
    expect(sources.webp).toBe([320, 800, 1600].map((w) => `${API}${stem}-16x9-f500x500-w${w}.webp ${w}w`).join(', '));
    expect(sources.src).toBe(`${API}${stem}-16x9-f500x500-w320.jpg`);
  });

  test("the original's shape ends with the original itself, the widest", () => {
    const sources = sourcesOf(photo, 'original', 800, (url) => api.mediaUrl(url))!;

    expect(sources.srcset).toBe(`${API}${stem}-w320.jpg 320w, ${API}${stem}-w800.jpg 800w, ${API}${stem}.jpg 1600w`);
    expect(sources.src).toBe(`${API}${stem}-w800.jpg`);
  });

  test('no renditions in the ratio, or none at all: null, the picture is shown as it is', () => {
    expect(sourcesOf(photo, '4:3', 320, (url) => api.mediaUrl(url))).toBeNull();
    expect(sourcesOf({ url: 'https://anh.example.vn/a.jpg' }, '16:9', 320, (url) => api.mediaUrl(url))).toBeNull();
  });

  test('a library picture is a <picture>: WebP source then the img, both with srcset and the slot sizes', () => {
    const element = picture(api, photo, { fallbackAlt: 'x', width: 320, height: 180, ratio: '16:9', sizes: slotSizes.row })!;

    expect(element.tagName).toBe('PICTURE');
    const [source, img] = [element.querySelector('source')!, element.querySelector('img')!];
    expect(element.firstElementChild).toBe(source);
    expect(source.getAttribute('type')).toBe('image/webp');
    expect(source.getAttribute('srcset')).toContain('-16x9-f500x500-w320.webp 320w');
    expect([source.getAttribute('sizes'), img.getAttribute('sizes')]).toEqual([slotSizes.row, slotSizes.row]);
    expect(img.getAttribute('srcset')).toContain('-16x9-f500x500-w800.jpg 800w');
    expect([img.getAttribute('width'), img.getAttribute('height'), img.getAttribute('alt')]).toEqual(['320', '180', 'Chợ nổi Ngã Năm']);
  });

  test('a picture from outside the library is a plain img, as before', () => {
    const img = picture(api, { url: '/media/demo/a.svg' }, { fallbackAlt: 'Ảnh', width: 320, height: 180, ratio: '16:9' })!;

    expect(img.tagName).toBe('IMG');
    expect(img.hasAttribute('srcset')).toBe(false);
    expect(img.getAttribute('src')).toBe(`${API}/media/demo/a.svg`);
  });

  test('a failed library picture is replaced whole by the placeholder', () => {
    const holder = document.createElement('div');
    const element = picture(api, photo, { fallbackAlt: 'x', width: 320, height: 180, ratio: '16:9' })!;
    holder.append(element);

    element.querySelector('img')!.dispatchEvent(new Event('error'));

    expect(holder.querySelector('picture, img')).toBeNull();
    expect(holder.querySelector('.media-fallback')).not.toBeNull();
  });

  test('cards ask for 16:9 crops with their slot sizes: the lead card full width on phones, rows 120px', () => {
    const lead = leadCard(api, summary({ coverImage: photo }));
    const row = rowCard(api, summary({ coverImage: photo }));

    expect(lead.querySelector('img')!.getAttribute('sizes')).toBe(slotSizes.lead);
    expect(lead.querySelector('img')!.getAttribute('srcset')).toContain('-16x9-');
    expect(row.querySelector('source')!.getAttribute('sizes')).toBe('(max-width: 640px) 120px, 200px');
  });
});
