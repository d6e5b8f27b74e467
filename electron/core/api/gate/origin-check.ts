// Is a request from a web page of another site? Browsers say so (Origin, Sec-Fetch-Site); scripts on a server
// (PHP, Python, curl, the seed clients) send neither header, so they are never judged cross-site.
// Reference: Fetch Metadata (https://www.w3.org/TR/fetch-metadata/) and OWASP's "Resource Isolation Policy".
import type { IncomingHttpHeaders } from 'node:http';

export type OriginVerdict =
  /** Our own page, a typed URL or a non-browser client. */
  | { kind: 'own' }
  /** A browser app of the user's own, listed in Settings → CORS origins. */
  | { kind: 'cors'; origin: string }
  | { kind: 'cross-site'; origin: string };

/** `http://localhost:7788` from the Host the request was sent to (already allowlisted by then). */
export const ownOriginOf = (headers: IncomingHttpHeaders, protocol = 'http') =>
  `${protocol}://${String(headers.host ?? '').toLowerCase()}`;

export function judgeOrigin(
  headers: IncomingHttpHeaders,
  ownOrigin: string,
  corsOrigins: readonly string[],
): OriginVerdict {
  const origin = typeof headers.origin === 'string' ? headers.origin.toLowerCase() : undefined;
  if (origin !== undefined) {
    if (origin === ownOrigin) return { kind: 'own' };
    // Our own pages send "Referrer-Policy: no-referrer", under which a form POST (login, logout) carries
    // `Origin: null`; Sec-Fetch-Site is set by the browser alone, so "same-origin" there is still us.
    if (origin === 'null' && headers['sec-fetch-site'] === 'same-origin') return { kind: 'own' };
    if (corsOrigins.includes(origin)) return { kind: 'cors', origin };
    // Includes "null": sandboxed frames, file:// pages and redirects across sites.
    return { kind: 'cross-site', origin };
  }
  // No Origin: a GET from an <img>/<script>/no-cors fetch of another page still carries Sec-Fetch-Site.
  // "same-site" is another port of localhost (another local web app), which is not us either.
  const site = headers['sec-fetch-site'];
  if (site === 'cross-site' || site === 'same-site') return { kind: 'cross-site', origin: 'unknown' };
  return { kind: 'own' };
}

/** A top-level navigation (a link the user clicked on another site): harmless for pages, never for the API. */
export const isNavigation = (method: string, headers: IncomingHttpHeaders) =>
  (method === 'GET' || method === 'HEAD') &&
  headers['sec-fetch-mode'] === 'navigate' &&
  (headers['sec-fetch-dest'] === undefined || headers['sec-fetch-dest'] === 'document');
