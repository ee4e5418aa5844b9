/**
 * What a reader is told when a file the page needs does not arrive: which file, and why, rather than a guess at
 * the connection (a blocked request, a file missing from the host and an offline phone all look alike otherwise).
 */

/** A file that could not be fetched. `reason` is short and plain: "HTTP 404", "the request failed". */
export class LoadError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`${file}: ${reason}`);
    this.name = 'LoadError';
  }
}

/** The path of a URL without the host and the query, as a reader or a host's admin would look for it. */
export function fileOf(url: string): string {
  try {
    return decodeURIComponent(new URL(url, 'http://x/').pathname.replace(/^\//, '')) || url;
  } catch {
    return url;
  }
}

/** `fetch` that throws a `LoadError` naming the file when the request fails or the answer is not 2xx. */
export async function fetchFile(url: string, fetcher: typeof fetch = fetch): Promise<Response> {
  let response: Response;
  try {
    response = await fetcher(url);
  } catch {
    throw new LoadError(fileOf(url), 'the request failed: the network is down or something blocked it');
  }
  if (!response.ok) throw new LoadError(fileOf(url), `HTTP ${response.status}`);
  return response;
}

/** One sentence on what failed, for the page. */
export function describeFailure(error: unknown): string {
  if (error instanceof LoadError) return `${error.file} could not be loaded (${error.reason}).`;
  const message = error instanceof Error ? error.message : String(error);
  // A script chunk that did not arrive: every browser names its URL in the message of the failed import().
  const url = /\b(?:https?:\/\/|\/)[^\s'"]+\.m?js\b/.exec(message)?.[0];
  if (url) return `${fileOf(url)} could not be loaded.`;
  return `the page failed while starting it (${message}).`;
}
