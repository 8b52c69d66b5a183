import type { FastifyInstance } from 'fastify';
import { exportFileTypes } from '../../../shared/api/commands/exports';
import type { Result } from '../../../shared/api/errors';
import { httpPaths } from '../../../shared/api/transport';
import type { Api } from '../../api/create-api';

/**
 * A Content-Disposition that keeps the file's real name: an ASCII fallback for old clients
 * and the UTF-8 name (RFC 6266 / 5987) for every current browser.
 */
export function attachmentHeader(fileName: string): string {
  const ascii = fileName
    .normalize('NFKD')
    .replace(/[^\x20-\x7e]/g, '')
    .replace(/["\\]/g, '');
  const encoded = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${ascii || 'export'}"; filename*=UTF-8''${encoded}`;
}

/** The browser host's download of a finished export (a PDF, a spreadsheet, a template), as an attachment. */
export function exportDownloadRoute(api: Pick<Api, 'exportFile'>) {
  return async (scope: FastifyInstance): Promise<void> => {
    scope.get<{ Params: { jobId: string } }>(
      httpPaths.exportFile(':jobId'),
      async (request, reply) => {
        const file = api.exportFile(request.params.jobId);
        if (!file) {
          const body: Result<never> = {
            ok: false,
            error: {
              code: 'not-found',
              message: 'This export is no longer available. Please export again.',
            },
          };
          return reply.code(404).send(body);
        }
        return reply
          .header('Content-Type', exportFileTypes[file.kind].mediaType)
          .header('Content-Disposition', attachmentHeader(file.fileName))
          .header('Cache-Control', 'no-store')
          .send(file.bytes);
      },
    );
  };
}
