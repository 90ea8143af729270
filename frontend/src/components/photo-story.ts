// A photo story's photos as the page shows them: one after another, large, each with its
// caption and "Ảnh: <credit>" under it, all in the HTML the builder writes (the first loads at
// once, the others lazily). Each figure has an address of its own (#anh-3); the viewer
// (photo-viewer.ts) opens there once the script runs.
import type { ApiClient } from '../api/client';
import type { PhotoStory } from '../api/types';
import { h } from '../dom/h';
import { figure } from './image';
import { slotSizes } from './responsive';

/** The place of photo `n` (1-based) in the page's address: #anh-3. */
export const photoAnchor = (n: number): string => `anh-${n}`;

/** Photo n of "#anh-n", or null for any other fragment. */
export function photoOfHash(hash: string): number | null {
  const match = /^#anh-([1-9]\d{0,3})$/.exec(hash);
  return match ? Number(match[1]) : null;
}

// Landscape news photos; a photo of unknown size keeps this ratio until it arrives.
const DEFAULT_SIZE = { width: 1200, height: 800 };

export function photoGallery(api: ApiClient, story: PhotoStory): HTMLElement | null {
  const photos = story.photos ?? [];
  if (!photos.length) return null;
  return h('section', { class: 'photo-story', 'aria-label': `Phóng sự ảnh: ${photos.length} ảnh`, 'data-live': 'photo-viewer' },
    photos.map((photo, index) => {
      const size = photo.image.width && photo.image.height ? { width: photo.image.width, height: photo.image.height } : DEFAULT_SIZE;
      const shown = figure(api, photo.image, {
        fallbackAlt: `${story.title} - ảnh ${index + 1}`,
        ...size,
        eager: index === 0,
        className: 'photo-story-image',
        sizes: slotSizes.full,
        credit: photo.credit,
        placeholderWhenMissing: true,
      });
      shown?.setAttribute('id', photoAnchor(index + 1));
      shown?.classList.add('photo-story-photo');
      return shown;
    }));
}
