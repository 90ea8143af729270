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

  const element = h('video', {
    controls: true,
    preload: 'metadata',
    playsinline: true,
    poster: api.mediaUrl(video.coverImage?.url),
    'aria-label': video.title,
  });
  const fail = () => frame.replaceChildren(h('p', { class: 'player-message' }, cannotPlay, ' ', h('a', { href: playback.url }, 'Mở tệp video')));
  // HLS plays natively in Safari and recent Chromium; elsewhere say so rather than show a dead player.
  if (playback.hls && !element.canPlayType('application/vnd.apple.mpegurl')) {
    fail();
    return frame;
  }
  element.addEventListener('error', fail, { once: true });
  element.src = playback.url;
  frame.append(element);
  return frame;
}
