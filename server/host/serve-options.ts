import { parseArgs } from 'node:util';
import { defaultDataDir } from './data-dir';

export const DEFAULT_PORT = 4870;

export interface ServeOptions {
  port: number;
  dataDir: string;
  address: string;
}

/** Reads `--port <n> --data <dir> --host <address>`; throws a readable error when wrong. */
export function parseServeOptions(argv: string[]): ServeOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      port: { type: 'string' },
      data: { type: 'string' },
      host: { type: 'string' },
    },
    strict: true,
  });
  const port = values.port === undefined ? DEFAULT_PORT : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`--port must be a whole number from 0 to 65535, not "${values.port}"`);
  }
  return { port, dataDir: values.data ?? defaultDataDir(), address: values.host ?? '127.0.0.1' };
}
