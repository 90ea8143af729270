// How the builder reaches the API, for the main thread and every page worker alike: pages name
// the API's public address (links, media), but the builder may reach it elsewhere (inside
// Docker: http://api:8080), and asks for uncompressed answers. The builder runs beside the API
// (the same machine or network), where compressing each answer there and inflating it here
// only costs both sides CPU time: a tenth of a full build's (bench/README.md, 2026-12-03).
import { ApiClient } from '../api/client';

export class BuilderApi {
  /**
   * Sent as Cms-Read-After with every request from here on: the position GET /changes last
   * answered (Cms-Position). Whichever API process and database server answers then includes
   * every change the feed listed, even one a process has not heard of yet or a read replica
   * has not replayed (README, "Read replicas").
   */
  readAfter: string | null = null;

  /**
   * @param publicUrl the API's public address (config.json's apiBaseUrl)
   * @param fetchBase where the builder reaches it (--api-internal; the same when unset)
   */
  constructor(
    private readonly publicUrl: string,
    private readonly fetchBase: string,
  ) {}

  /**
   * A client for the views: it names the public address in what it returns, and asks at
   * fetchUrlOf. A new one for each sync: a client reads the section tree once and keeps it.
   */
  client(): ApiClient {
    return new ApiClient(this.publicUrl, (input, init) => fetch(this.fetchUrlOf(String(input)), this.headers(init)));
  }

  /** The address the builder fetches a public API address at. */
  fetchUrlOf(url: string): string {
    return url.startsWith(this.publicUrl) ? this.fetchBase + url.slice(this.publicUrl.length) : url;
  }

  /** GET an API path ("/api/v1/changes?…") as JSON; anything but 2xx is an error. */
  async json<T>(path: string): Promise<T> {
    return (await this.get<T>(path)).body;
  }

  /** GET the changes feed: its answer, and from then on read after its position (`readAfter`). */
  async changes<T>(path: string): Promise<T> {
    const { body, response } = await this.get<T>(path);
    this.readAfter = response.headers.get('Cms-Position') ?? this.readAfter;
    return body;
  }

  private async get<T>(path: string): Promise<{ body: T; response: Response }> {
    const response = await fetch(this.fetchBase + path, this.headers({ headers: { Accept: 'application/json' }, signal: AbortSignal.timeout(30_000) }));
    if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
    return { body: (await response.json()) as T, response };
  }

  /** Uncompressed (see above), and after the feed's position once one is known. */
  private headers(init: RequestInit | undefined): RequestInit {
    const headers: Record<string, string> = { ...(init?.headers as Record<string, string> | undefined), 'Accept-Encoding': 'identity' };
    if (this.readAfter) headers['Cms-Read-After'] = this.readAfter;
    return { ...init, headers };
  }
}
