import { readFile, realpath, stat } from 'node:fs/promises';
import { join, relative, isAbsolute, sep } from 'node:path';
import { contentSecurityPolicy } from '../server/security/content-security-policy';
import { contentTypeFor, isClientRoute, resolveAppPath } from './app-protocol-path';

/** Headers every app response carries, errors included. */
export const securityHeaders: Readonly<Record<string, string>> = {
  'Content-Security-Policy': contentSecurityPolicy,
  'X-Content-Type-Options': 'nosniff',
};

/** Answers app:// requests from the built renderer directory; no Electron needed, so it is testable. */
export function createAppFileHandler(rootDir: string): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD')
      return plain(405, 'Method not allowed');
    const resolved = resolveAppPath(request.url);
    if (!resolved.ok)
      return plain(resolved.status, resolved.status === 403 ? 'Forbidden' : 'Not found');

    const root = await realpath(rootDir);
    let file = await fileInside(root, join(root, ...resolved.segments));
    if (file === null) {
      if (!isClientRoute(resolved.segments)) return plain(404, 'Not found');
      file = await fileInside(root, join(root, 'index.html'));
      if (file === null) return plain(404, 'The app has not been built (index.html is missing).');
    }
    const body = request.method === 'HEAD' ? null : await readFile(file);
    return new Response(body, {
      status: 200,
      headers: {
        ...securityHeaders,
        'Content-Type': contentTypeFor(file),
        'Cache-Control': 'no-cache',
      },
    });
  };
}

/**
 * The real path of a regular file if it lies inside root, else null. Resolving links
 * first means a symlink in the build output cannot lead outside it either.
 */
async function fileInside(root: string, candidate: string): Promise<string | null> {
  try {
    const real = await realpath(candidate);
    const rel = relative(root, real);
    if (rel === '' || rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel)) return null;
    return (await stat(real)).isFile() ? real : null;
  } catch {
    return null;
  }
}

function plain(status: number, text: string): Response {
  return new Response(text, {
    status,
    headers: { ...securityHeaders, 'Content-Type': 'text/plain; charset=utf-8' },
  });
}
