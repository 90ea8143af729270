// The video page's player: HTML5 <video> for files and HLS, the platform's player in an
// iframe for YouTube and Vimeo. When nothing can play, the reader is told so plainly.
import type { ApiClient } from '../api/client';
import type { Video } from '../api/types';
import { h } from '../dom/h';
import { playbackFor } from '../media';

const cannotPlay = 'Không phát được video này trên trình duyệt của bạn.';

export function videoPlayer(api: ApiClient, video: Video): HTMLElement {
  const playback = playbackFor(video.source, (url) => api.mediaUrl(url));
  const frame = h('div', { class: 'player' });
  if (!playback) {
    frame.append(h('p', { class: 'player-message' }, cannotPlay));
    return frame;
  }

  if (playback.kind === 'embed') {
    frame.append(h('iframe', {
      src: playback.url,
      title: `${video.title} (${playback.platform})`,
      allow: 'accelerometer; autoplay; clipboard-write; encrypted-media; gyroscope; picture-in-picture; web-share',
      allowfullscreen: true,
      referrerpolicy: 'strict-origin-when-cross-origin',
      loading: 'lazy',
    }));
    return frame;
  }

  const fileLink = () => h('a', { href: playback.url }, 'Mở tệp video');
  // src as an attribute, so a built page (HTML) carries it; inside, what a browser that cannot
  // play video at all shows instead: a link to the file.
  const element = h('video', {
    controls: true,
    preload: 'metadata',
    playsinline: true,
    poster: api.mediaUrl(video.coverImage?.url),
    'aria-label': video.title,
    src: playback.url,
  }, h('p', null, cannotPlay, ' ', fileLink()));
  const fail = () => frame.replaceChildren(h('p', { class: 'player-message' }, cannotPlay, ' ', fileLink()));
  // HLS plays natively in Safari and recent Chromium; elsewhere say so rather than show a dead
  // player. (The site builder has no browser to ask: a built page keeps the player.)
  if (playback.hls && typeof element.canPlayType === 'function' && !element.canPlayType('application/vnd.apple.mpegurl')) {
    fail();
    return frame;
  }
  element.addEventListener('error', fail, { once: true });
  frame.append(element);
  return frame;
}
