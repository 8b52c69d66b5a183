import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A running browser host: the built `out/host/serve.mjs` on a free port and a data dir. */
export interface RunningHost {
  url: string;
  dataDir: string;
  process: ChildProcess;
  /** Ends it as a user would (SIGTERM) and waits for its exit code. */
  stop(): Promise<number | null>;
  /** Ends it as a crash would (SIGKILL). */
  kill(): Promise<void>;
}

export function newDataDir(): string {
  return mkdtempSync(join(tmpdir(), 'kam-e2e-'));
}

/** Starts the built host and resolves once it prints its URL. */
export function startHost(dataDir = newDataDir(), port = 0): Promise<RunningHost> {
  const child = spawn(
    process.execPath,
    ['out/host/serve.mjs', '--port', String(port), '--data', dataDir],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => resolve(code)),
  );
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`Host did not start:\n${output}`)), 15_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /(http:\/\/127\.0\.0\.1:\d+\/)/.exec(output);
      if (!match?.[1]) return;
      clearTimeout(timer);
      child.stdout?.off('data', onData);
      resolve({
        url: match[1],
        dataDir,
        process: child,
        stop: () => {
          child.kill('SIGTERM');
          return exited;
        },
        kill: async () => {
          child.kill('SIGKILL');
          await exited;
        },
      });
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Host exited with ${code} before starting:\n${output}`));
    });
  });
}
