// The focal point of a library image (#/media, "Sửa mô tả"): the image with a marker where its
// subject is. A click on the image moves the marker there and saves; the arrow keys move it
// (Shift: in finer steps) and it is saved once the keys rest. Under it, the 16:9, 4:3 and 1:1
// crops the API made around the saved point, so the editor sees what cards and squares will show.
import { h } from '../../dom/h';
import { resolveMediaUrl } from '../../media';
import type { AdminApi } from '../api';
import type { MessageArea } from './errors';
import { problemMessage } from '../problem';
import type { MediaResponse } from '../types';

const crops = ['16:9', '4:3', '1:1'] as const;
const keySteps: Record<string, [number, number]> = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1] };
/** Keys pressed in a row are saved together, this long after the last. */
const keyRestMs = 600;

const percent = (value: number): string => `${Math.round(value * 100)}%`;
const clamp = (value: number): number => Math.min(1, Math.max(0, Math.round(value * 1000) / 1000));

/** The smallest JPEG/PNG crop in a ratio, for a preview. */
function cropOf(media: MediaResponse, ratio: string): string | null {
  const found = media.renditions.filter((r) => r.ratio === ratio && r.contentType !== 'image/webp').sort((a, b) => a.width - b.width)[0];
  return found?.url ?? null;
}

export function focalPointPicker(api: AdminApi, media: MediaResponse, etag: string, messages: MessageArea,
  onSaved: (media: MediaResponse, etag: string) => void = () => undefined): HTMLElement {
  let current = media;
  let version = etag;
  let point = { x: media.focalPoint.x, y: media.focalPoint.y };
  let pending: ReturnType<typeof setTimeout> | undefined;

  const marker = h('span', { class: 'focal-marker', 'aria-hidden': 'true' });
  const image = h('img', {
    src: resolveMediaUrl(api.baseUrl, media.renditions.find((r) => r.ratio === 'original' && r.width >= 800 && r.contentType !== 'image/webp')?.url ?? media.url),
    alt: media.alt ?? '', draggable: 'false',
  });
  const area = h('div', {
    class: 'focal-picker', tabindex: '0', role: 'group', 'data-testid': 'focal-picker',
    'aria-label': 'Điểm lấy nét của ảnh: bấm vào chỗ quan trọng nhất, hoặc dùng các phím mũi tên rồi chờ lưu',
  }, image, marker);
  const status = h('p', { class: 'hint focal-status', 'aria-live': 'polite' });
  const previews = h('div', { class: 'focal-previews' });

  function show(): void {
    marker.style.left = percent(point.x);
    marker.style.top = percent(point.y);
    status.textContent = `Điểm lấy nét: ngang ${percent(point.x)}, dọc ${percent(point.y)}.`;
  }

  function showCrops(): void {
    previews.replaceChildren(...crops.map((ratio) => {
      const url = cropOf(current, ratio);
      return h('figure', { class: 'focal-preview', 'data-ratio': ratio },
        url ? h('img', { src: resolveMediaUrl(api.baseUrl, url), alt: `Ảnh cắt ${ratio}`, style: `aspect-ratio: ${ratio.replace(':', ' / ')}` })
          : h('span', { class: 'hint' }, 'Ảnh quá nhỏ để cắt'),
        h('figcaption', null, ratio));
    }));
  }

  async function save(): Promise<void> {
    try {
      const saved = await api.setMediaFocalPoint(current.id, point, version);
      [current, version] = [saved.value, saved.etag];
      point = { x: current.focalPoint.x, y: current.focalPoint.y };
      show();
      showCrops();
      onSaved(current, version);
      messages.success(`Đã lưu điểm lấy nét; các ảnh cắt đã được làm lại.`);
    } catch (error) {
      messages.error(problemMessage(error, 'Ảnh'));
    }
  }

  image.addEventListener('click', (event: MouseEvent) => {
    const box = image.getBoundingClientRect();
    if (!box.width || !box.height) return;
    point = { x: clamp((event.clientX - box.left) / box.width), y: clamp((event.clientY - box.top) / box.height) };
    show();
    clearTimeout(pending);
    void save();
  });

  area.addEventListener('keydown', (event: KeyboardEvent) => {
    const step = keySteps[event.key];
    if (!step) return;
    event.preventDefault();
    const size = event.shiftKey ? 0.01 : 0.05;
    point = { x: clamp(point.x + step[0] * size), y: clamp(point.y + step[1] * size) };
    show();
    clearTimeout(pending);
    pending = setTimeout(() => void save(), keyRestMs);
  });

  show();
  showCrops();
  return h('section', { class: 'focal-point' },
    h('h3', null, 'Điểm lấy nét'),
    h('p', { class: 'hint' }, 'Các ảnh cắt cho thẻ tin (16:9, 4:3) và ảnh vuông (1:1) giữ điểm này trong khung.'),
    area, status, previews);
}
