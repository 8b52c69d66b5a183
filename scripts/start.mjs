// `npm start` (after the build): the desktop app where Electron can run; elsewhere the same app
// through the browser host, opened in the default browser. `npm start -- <args>` passes the
// arguments on: to the desktop app, or to the host (`--port <n> --data <dir>`).
import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { electronBinary } from './electron-binary.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);

/** Runs the electron package's own installer; the reason it failed, or null once installed. */
function fetchElectron() {
  const install = spawnSync(
    process.execPath,
    [join(root, 'node_modules', 'electron', 'install.js')],
    {
      encoding: 'utf8',
      timeout: 300_000,
    },
  );
  if (electronBinary(root)) return null;
  if (install.error) return install.error.message;
  // Its error is a stack trace: the first line says what went wrong.
  const said = `${install.stderr}\n${install.stdout}`
    .split('\n')
    .find((line) => line.trim() !== '');
  return said?.trim() ?? `the installer exited with ${install.status}`;
}

/** Why the desktop app cannot run here, or null where it can (the binary fetched if need be). */
function whyNoDesktop() {
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY)
    return 'there is no display (DISPLAY and WAYLAND_DISPLAY are unset)';
  if (electronBinary(root)) return null;
  const failed = fetchElectron();
  return failed && `the Electron binary is not installed and could not be downloaded (${failed})`;
}

/** How to open a page in the default browser here: BROWSER, else the platform's opener. */
function browserOpener(url) {
  const chosen = process.env.BROWSER;
  if (chosen === 'none') return null;
  if (chosen) return { command: chosen, args: [url] };
  if (process.platform === 'darwin') return { command: 'open', args: [url] };
  // `start` takes its first quoted argument for a window title: the empty one.
  if (process.platform === 'win32') return { command: 'cmd', args: ['/c', 'start', '', url] };
  // Without a display xdg-open could only start a text browser in this terminal.
  if (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) return null;
  return { command: 'xdg-open', args: [url] };
}

function openInBrowser(url) {
  const cannot = () => console.log(`No browser could be opened here: open ${url} in one.`);
  const opener = browserOpener(url);
  if (!opener) return cannot();
  const child = spawn(opener.command, opener.args, { stdio: 'ignore', detached: true });
  child.once('error', cannot);
  child.once('exit', (code) => {
    if (code !== 0) cannot();
  });
  child.unref();
}

function runDesktop(binary) {
  const app = spawn(binary, ['.', ...args], { cwd: root, stdio: 'inherit' });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => app.kill(signal));
  app.once('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

function runInBrowser() {
  const host = spawn(process.execPath, [join(root, 'out', 'host', 'serve.mjs'), ...args], {
    stdio: ['inherit', 'pipe', 'inherit'],
  });
  let output = '';
  let opened = false;
  host.stdout.on('data', (chunk) => {
    process.stdout.write(chunk);
    output += chunk.toString();
    const url = /https?:\/\/\S+\//.exec(output)?.[0];
    if (url && !opened) {
      opened = true;
      openInBrowser(url);
    }
  });
  // The host finishes its writes and closes the database on either signal.
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => host.kill(signal));
  host.once('exit', (code) => process.exit(code ?? 1));
}

const why = whyNoDesktop();
if (why === null) {
  runDesktop(electronBinary(root));
} else {
  console.log(
    `The desktop app cannot run here: ${why}. Opening the workshop in your browser instead.`,
  );
  runInBrowser();
}
