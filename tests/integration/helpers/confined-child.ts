import { spawn, spawnSync, type ChildProcess } from 'node:child_process';

/**
 * Children that meet the file system as a hostile machine would: as another user, on a
 * read-only folder, on a tiny disk. They use real operating-system means (setpriv, a private
 * mount namespace), so a test that needs one says so and is skipped where the machine
 * cannot provide it.
 */

const NOBODY = ['--reuid=65534', '--regid=65534', '--clear-groups'];

function works(command: string, args: string[]): boolean {
  return spawnSync(command, args, { stdio: 'ignore' }).status === 0;
}

const isRoot = process.getuid?.() === 0;

/** Root can become `nobody`, for whom a root-owned mode-600 file is really unreadable. */
export const canRunAsNobody = isRoot && works('setpriv', [...NOBODY, 'true']);

// Root has the right to mount; anyone else needs a user namespace mapped to root.
const unshareArgs = [...(isRoot ? [] : ['--map-root-user']), '--mount', '--propagation', 'private'];

/** A private mount namespace where the child may mount a read-only folder or a small disk. */
export const canMountPrivately =
  works('unshare', [...unshareArgs, 'true']) &&
  works('unshare', [...unshareArgs, 'sh', '-c', 'mount -t tmpfs -o size=64k tmpfs /mnt']);

const tsNode = (script: string, args: string[]) => [
  process.execPath,
  '--import',
  'tsx',
  script,
  ...args,
];

function spawnCommand(command: string[]): ChildProcess {
  const [file, ...args] = command;
  return spawn(file!, args, { stdio: ['ignore', 'pipe', 'pipe'] });
}

/** Runs a TypeScript file as the user `nobody`. */
export function spawnTsAsNobody(script: string, args: string[]): ChildProcess {
  return spawnCommand(['setpriv', ...NOBODY, ...tsNode(script, args)]);
}

/** Runs a shell line in a private mount namespace, then the TypeScript file there. */
function spawnTsAfterMount(mountLine: string, folder: string, script: string, args: string[]) {
  return spawnCommand([
    'unshare',
    ...unshareArgs,
    'sh',
    '-c',
    `${mountLine} && shift && exec "$@"`,
    'sh',
    folder,
    ...tsNode(script, args),
  ]);
}

/** Runs a TypeScript file that sees `folder` mounted read-only (writes fail with EROFS). */
export function spawnTsOnReadOnlyFolder(
  folder: string,
  script: string,
  args: string[],
): ChildProcess {
  return spawnTsAfterMount(
    'mount --bind "$1" "$1" && mount -o remount,bind,ro "$1"',
    folder,
    script,
    args,
  );
}

/** Runs a TypeScript file that sees `folder` as an empty disk of `sizeKiB` (a full disk, soon). */
export function spawnTsOnSmallDisk(
  folder: string,
  sizeKiB: number,
  script: string,
  args: string[],
): ChildProcess {
  return spawnTsAfterMount(`mount -t tmpfs -o size=${sizeKiB}k tmpfs "$1"`, folder, script, args);
}

/** Everything the child printed, once it has exited, with its exit code. */
export function outputOf(
  child: ChildProcess,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => child.once('close', (code) => resolve({ code, stdout, stderr })));
}

/** The last line of the child's output that is JSON: how a child reports what happened. */
export async function reportOf<T>(child: ChildProcess): Promise<T> {
  const { stdout, stderr, code } = await outputOf(child);
  const line = stdout
    .trim()
    .split('\n')
    .reverse()
    .find((l) => l.startsWith('{'));
  if (!line) throw new Error(`The child (exit ${code}) reported nothing:\n${stdout}\n${stderr}`);
  return JSON.parse(line) as T;
}
