// The width and height of a JPEG, PNG, GIF or WebP image, read from the first bytes of the
// file (its header), for og:image:width and og:image:height. The most recently asked are
// remembered (a list page names the cover its newest item's page just read); not all of them:
// a build of 100,000 items names as many images, and a worker's heap is small (page-workers.ts).
const REMEMBERED = 2000;
const cache = new Map<string, Promise<{ width: number; height: number } | null>>();

export function imageSize(url: string, fetchUrl: (url: string) => string = (u) => u): Promise<{ width: number; height: number } | null> {
  let known = cache.get(url);
  if (known) {
    // Most recent last: a Map keeps insertion order, so the first key is the one to forget.
    cache.delete(url);
  } else {
    known = read(fetchUrl(url)).catch(() => null);
    if (cache.size >= REMEMBERED) cache.delete(cache.keys().next().value!);
  }
  cache.set(url, known);
  return known;
}

async function read(url: string): Promise<{ width: number; height: number } | null> {
  const response = await fetch(url, { headers: { Range: 'bytes=0-131071' }, signal: AbortSignal.timeout(10_000) });
  if (!response.ok) return null;
  return sizeOf(Buffer.from(await response.arrayBuffer()));
}

/** The size a header says, or null when the bytes are no image of the four kinds. */
export function sizeOf(b: Buffer): { width: number; height: number } | null {
  if (b.length >= 24 && b.readUInt32BE(0) === 0x89504e47) return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
  if (b.length >= 10 && b.toString('latin1', 0, 3) === 'GIF') return { width: b.readUInt16LE(6), height: b.readUInt16LE(8) };
  if (b.length >= 30 && b.toString('latin1', 0, 4) === 'RIFF' && b.toString('latin1', 8, 12) === 'WEBP') {
    const chunk = b.toString('latin1', 12, 16);
    if (chunk === 'VP8X') return { width: 1 + b.readUIntLE(24, 3), height: 1 + b.readUIntLE(27, 3) };
    if (chunk === 'VP8L') {
      const bits = b.readUInt32LE(21);
      return { width: 1 + (bits & 0x3fff), height: 1 + ((bits >> 14) & 0x3fff) };
    }
    if (chunk === 'VP8 ') return { width: b.readUInt16LE(26) & 0x3fff, height: b.readUInt16LE(28) & 0x3fff };
    return null;
  }
  if (b.length >= 4 && b[0] === 0xff && b[1] === 0xd8) {
    // JPEG: walk the segments to the frame header (SOF0–SOF15, not DHT/JPG/DAC).
    let at = 2;
    while (at + 9 < b.length) {
      if (b[at] !== 0xff) return null;
      const marker = b[at + 1]!;
      const length = b.readUInt16BE(at + 2);
      if (marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker)) {
        return { width: b.readUInt16BE(at + 7), height: b.readUInt16BE(at + 5) };
      }
      at += 2 + length;
    }
  }
  return null;
}
