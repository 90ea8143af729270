// The runtime configuration: one small JSON file next to index.html, written at deploy
// time (scripts/run.sh writes it), so one build serves every environment.

export interface SiteConfig {
  /** Where the Cms API answers, e.g. "https://api.example.vn" (no trailing slash). */
  apiBaseUrl: string;
  /** The portal's name in the header and page titles. */
  siteName: string;
}

export const DEFAULT_SITE_NAME = 'Trang thông tin điện tử tổng hợp';

export class ConfigError extends Error {}

/** Validates the parsed config.json; throws ConfigError with a reason a deployer can act on. */
export function parseConfig(raw: unknown): SiteConfig {
  if (typeof raw !== 'object' || raw === null) throw new ConfigError('config.json is not a JSON object');
  const { apiBaseUrl, siteName } = raw as Record<string, unknown>;
  if (typeof apiBaseUrl !== 'string' || !/^https?:\/\/[^\s]+$/i.test(apiBaseUrl)) {
    throw new ConfigError('config.json needs "apiBaseUrl": an absolute http(s) URL');
  }
  return {
    apiBaseUrl: apiBaseUrl.replace(/\/+$/, ''),
    siteName: typeof siteName === 'string' && siteName.trim() ? siteName.trim() : DEFAULT_SITE_NAME,
  };
}

/**
 * Reads config.json from the site's root (not relative to the current page: the site is
 * opened at deep URLs like /bai-viet/slug). `no-cache` so a redeployed config is seen at once.
 */
export async function loadConfig(fetchImpl: typeof fetch = fetch): Promise<SiteConfig> {
  const url = `${import.meta.env.BASE_URL}config.json`;
  let response: Response;
  try {
    response = await fetchImpl(url, { cache: 'no-cache' });
  } catch {
    throw new ConfigError(`${url} could not be loaded`);
  }
  if (!response.ok) throw new ConfigError(`${url} answered ${response.status}`);
  return parseConfig(await response.json().catch(() => null));
}
