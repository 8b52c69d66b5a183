// The built browser host, started for a benchmark as a trainer runs it, and its api over HTTP.
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { httpPaths } from '../shared/api/transport';

export interface Host {
  url: string;
  /** The host's process, for reading its memory. */
  pid: number;
  stop(): void;
}

/** Starts the built browser host (`npm run build` first) on a free port with an empty data dir. */
export function startHost(): Promise<Host> {
  const dataDir = mkdtempSync(join(tmpdir(), 'kam-bench-host-'));
  const child = spawn(process.execPath, ['out/host/serve.mjs', '--port', '0', '--data', dataDir], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`Host did not start:\n${output}`)), 15_000);
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /(http:\/\/127\.0\.0\.1:\d+\/)/.exec(output);
      if (!match?.[1] || child.pid === undefined) return;
      clearTimeout(timer);
      resolve({ url: match[1], pid: child.pid, stop: () => child.kill('SIGTERM') });
    });
    child.once('exit', (code) => reject(new Error(`Host exited with ${code}:\n${output}`)));
  });
}

/** One trainer command through the host's api; its value, or an error naming the command. */
export async function hostApi<T>(host: Host, command: string, data: unknown): Promise<T> {
  const response = await fetch(new URL(httpPaths.command(command), host.url), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(data),
  });
  const body = (await response.json()) as { ok: boolean; value: T; error?: { message: string } };
  if (!body.ok) throw new Error(`${command}: ${body.error?.message ?? 'failed'}`);
  return body.value;
}
