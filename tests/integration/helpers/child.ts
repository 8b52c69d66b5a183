import { spawn, type ChildProcess } from 'node:child_process';

/** Runs a TypeScript file in a child Node process (Node 24, through tsx). */
export function spawnTs(
  script: string,
  args: string[],
  { stdin = 'ignore' }: { stdin?: 'ignore' | 'pipe' } = {},
): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', script, ...args], {
    stdio: [stdin, 'pipe', 'pipe'],
  });
}

/** Resolves with the first match of `pattern` in the child's output. */
export function waitForOutput(
  child: ChildProcess,
  pattern: RegExp,
  timeoutMs = 15_000,
): Promise<RegExpExecArray> {
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(
      () => reject(new Error(`Timed out waiting for ${pattern}:\n${output}`)),
      timeoutMs,
    );
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = pattern.exec(output);
      if (match) {
        clearTimeout(timer);
        child.stdout?.off('data', onData);
        resolve(match);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  });
}

/**
 * The child's exit code, once its output pipes are drained too: 'exit' can come before the
 * last lines it wrote have been read, and a crash test must see every acknowledgement.
 */
export function exitCodeOf(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null && child.stdout?.readableEnded !== false) {
    return Promise.resolve(child.exitCode);
  }
  return new Promise((resolve) => child.once('close', (code) => resolve(code)));
}
