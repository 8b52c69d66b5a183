import { extname } from 'node:path';
import { appHost, appScheme } from './app-origin';

/** Where a request for the app scheme should be answered from. */
export type AppPath =
  /** A path inside the renderer root, as safe relative segments (empty for the root). */
  { ok: true; segments: string[] } | { ok: false; status: 400 | 403 | 404 };

/**
 * Turns a request URL into segments inside the renderer root, refusing anything that
 * could reach outside it: dot segments (plain or percent-encoded), backslashes, encoded
 * slashes, drive letters and NUL bytes. Pure, so every variant can be tested cheaply.
 */
export function resolveAppPath(url: string): AppPath {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { ok: false, status: 400 };
  }
  if (parsed.protocol !== `${appScheme}:` || parsed.hostname !== appHost)
    return { ok: false, status: 404 };

  const segments: string[] = [];
  // Split before decoding so that an encoded "/" cannot create a segment boundary unseen.
  for (const raw of parsed.pathname.split('/')) {
    if (raw === '') continue;
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return { ok: false, status: 400 };
    }
    if (!isSafeSegment(segment)) return { ok: false, status: 403 };
    segments.push(segment);
  }
  return { ok: true, segments };
}

function isSafeSegment(segment: string): boolean {
  return (
    segment !== '.' &&
    segment !== '..' &&
    !segment.includes('/') &&
    !segment.includes('\\') &&
    !segment.includes('\0') &&
    // "C:" would make path.join on Windows jump to another drive.
    !/^[a-zA-Z]:/.test(segment)
  );
}

/**
 * Whether a missing path should fall back to index.html: client-side routes such as
 * /workshops/abc or /present do; a missing /assets/app.js must stay a 404 so that a broken
 * build shows up as a failed script, not as HTML served where code was expected.
 */
export function isClientRoute(segments: readonly string[]): boolean {
  const last = segments.at(-1);
  return last === undefined || extname(last) === '';
}

const contentTypes: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.mp3': 'audio/mpeg',
  '.wav': 'audio/wav',
  '.ogg': 'audio/ogg',
  '.wasm': 'application/wasm',
};

/** The Content-Type for a file name; unknown kinds are plain bytes (nosniff keeps them inert). */
export function contentTypeFor(fileName: string): string {
  return contentTypes[extname(fileName).toLowerCase()] ?? 'application/octet-stream';
}
