// How a video's source is played: HTML5 <video> for files and HLS streams, the platform's
// embedded player for YouTube and Vimeo ids. Ids are checked, so a bad value can never
// turn into some other URL inside an iframe.
import type { VideoSource } from './api/types';

/**
 * A media URL as the browser can load it: root-relative ones (/media/2026/11/….jpg, as the
 * API stores them) are the API's own files, resolved against its address. Null for
 * anything that is not http(s).
 */
export function resolveMediaUrl(apiBaseUrl: string, url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const resolved = new URL(url, `${apiBaseUrl}/`);
    return resolved.protocol === 'http:' || resolved.protocol === 'https:' ? resolved.href : null;
  } catch {
    return null;
  }
}

export type Playback =
  | { kind: 'native'; url: string; hls: boolean }
  | { kind: 'embed'; url: string; platform: 'YouTube' | 'Vimeo' };

const YOUTUBE_ID = /^[A-Za-z0-9_-]{6,20}$/;
const VIMEO_ID = /^\d{1,12}$/;

export function playbackFor(source: VideoSource | null | undefined, resolveUrl: (url: string) => string | null): Playback | null {
  if (!source?.value) return null;
  const value = source.value.trim();
  switch (source.kind) {
    case 'file':
    case 'hls': {
      const url = resolveUrl(value);
      return url ? { kind: 'native', url, hls: source.kind === 'hls' } : null;
    }
    case 'youtube':
      // youtube-nocookie: no tracking cookies until the reader presses play.
      return YOUTUBE_ID.test(value) ? { kind: 'embed', url: `https://www.youtube-nocookie.com/embed/${value}`, platform: 'YouTube' } : null;
    case 'vimeo':
      return VIMEO_ID.test(value) ? { kind: 'embed', url: `https://player.vimeo.com/video/${value}?dnt=1`, platform: 'Vimeo' } : null;
    default:
      return null;
  }
}
