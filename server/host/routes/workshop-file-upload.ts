import type { FastifyInstance } from 'fastify';
import { OnConflict } from '../../../shared/api/commands/workshop-file';
import type { Result } from '../../../shared/api/errors';
import { httpPaths } from '../../../shared/api/transport';
import { MAX_WORKSHOP_FILE_BYTES } from '../../../shared/workshop-file/format';
import type { Api } from '../../api/create-api';
import { RATE_LIMITED_STATUS, statusForError } from '../status-for-error';

/** A few imports a minute is plenty for a person; more is a script hammering the host. */
export const UPLOAD_RATE_LIMIT = { max: 20, windowMs: 60_000 };

const TOO_LARGE = `This file is larger than ${MAX_WORKSHOP_FILE_BYTES / 1024 / 1024} MB, too large to be a workshop file.`;

/**
 * The browser host's upload of a workshop file: the file's bytes are the request body, up
 * to 20 MB (the api's other routes keep their small limit). A larger Content-Length is
 * refused before a byte of the body is read; the text reaches the import command unparsed,
 * so its errors are the same as on the desktop.
 */
export function workshopFileUploadRoute(api: Pick<Api, 'call'>) {
  return async (scope: FastifyInstance): Promise<void> => {
    // In this route only, the JSON body is kept as text for the import command to check.
    scope.removeContentTypeParser('application/json');
    scope.addContentTypeParser(
      'application/json',
      { parseAs: 'string', bodyLimit: MAX_WORKSHOP_FILE_BYTES },
      (_request, body, done) => done(null, body),
    );
    scope.setErrorHandler((error: { statusCode?: number; code?: string }, _request, reply) => {
      // The rate limit is answered as on every other route, by the host's own error handler.
      if (error.statusCode === RATE_LIMITED_STATUS) throw error;
      const tooLarge = error.statusCode === 413 || error.code === 'FST_ERR_CTP_BODY_TOO_LARGE';
      const body: Result<never> = tooLarge
        ? { ok: false, error: { code: 'too-large', message: TOO_LARGE } }
        : { ok: false, error: { code: 'validation', message: 'The file could not be received.' } };
      return reply.code(tooLarge ? 413 : 400).send(body);
    });
    scope.post<{ Querystring: { onConflict?: string } }>(
      httpPaths.importWorkshopFile,
      {
        bodyLimit: MAX_WORKSHOP_FILE_BYTES,
        config: {
          rateLimit: { max: UPLOAD_RATE_LIMIT.max, timeWindow: UPLOAD_RATE_LIMIT.windowMs },
        },
      },
      async (request, reply) => {
        const onConflict = OnConflict.safeParse(request.query.onConflict ?? 'ask');
        const result = api.call('workshop-file:import', {
          text: request.body,
          onConflict: onConflict.success ? onConflict.data : request.query.onConflict,
        });
        return reply.code(result.ok ? 200 : statusForError[result.error.code]).send(result);
      },
    );
  };
}
