import { connect } from 'node:net';
import { describe, expect, it } from 'vitest';
import { postCommand } from './helpers/http';
import { exitCodeOf, spawnTs, waitForOutput } from './helpers/child';
import { tempDir } from './helpers/temp-store';
import { canMountPrivately, outputOf, spawnTsOnSmallDisk } from './helpers/confined-child';
import {
  endlessChunkedClient,
  keptAliveConnection,
  silentClient,
  slowBodyClient,
  slowHeadersClient,
} from './helpers/slow-clients';

const SERVE = 'server/host/serve.ts';
const fields = {
  title: 'Spring class',
  date: '2026-03-01',
  facilitator: 'Ann',
  client: 'Acme',
  mode: 'self-study',
};

async function startServe(dataDir: string) {
  const child = spawnTs(SERVE, ['--port', '0', '--data', dataDir]);
  const [, url] = await waitForOutput(child, /(http:\/\/127\.0\.0\.1:\d+\/)/);
  return { child, url: url! };
}

/** Sends the head and half the body of a request now; the rest when `finish` is called. */
function halfSentRequest(url: string, path: string, body: string) {
  const { hostname, port } = new URL(url);
  const socket = connect(Number(port), hostname);
  let response = '';
  socket.setEncoding('utf8');
  socket.on('data', (chunk: string) => (response += chunk));
  const ended = new Promise<string>((resolve) => socket.on('close', () => resolve(response)));
  const head =
    `POST ${path} HTTP/1.1\r\nHost: ${hostname}:${port}\r\nContent-Type: application/json\r\n` +
    `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n`;
  const half = Math.floor(body.length / 2);
  socket.write(head + body.slice(0, half));
  return {
    finish: () => {
      socket.write(body.slice(half));
      return ended;
    },
  };
}

describe('stopping the browser host', () => {
  it('finishes a write in flight on SIGTERM, closes the database and exits 0; the write is there after restart', async () => {
    const dataDir = tempDir();
    const first = await startServe(dataDir);
    const created = JSON.parse((await postCommand(first.url, 'workshops:create', fields)).body);
    const detail = JSON.parse(
      (await postCommand(first.url, 'workshops:get', { id: created.value.id })).body,
    );
    const participantId: string = detail.value.participants[0].id;
    const key = { participantId, exercise: 'A', accountId: null };
    const payload = { items: [{ id: 'i1', text: 'Preferential treatment' }], matches: [] };

    const inFlight = halfSentRequest(
      first.url,
      '/api/answers:save',
      JSON.stringify({ ...key, payload }),
    );
    await new Promise((r) => setTimeout(r, 150));
    first.child.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 150));
    const response = await inFlight.finish();
    expect(response).toMatch(/^HTTP\/1\.1 200/);
    expect(await exitCodeOf(first.child)).toBe(0);

    const second = await startServe(dataDir);
    const saved = JSON.parse((await postCommand(second.url, 'answers:get', key)).body);
    expect(saved.value.payload).toEqual(payload);
    second.child.kill('SIGINT');
    expect(await exitCodeOf(second.child)).toBe(0);
  });

  it('exits 0 within 10 s of SIGTERM whatever clients do, and what was saved is there after restart', async () => {
    const dataDir = tempDir();
    const first = await startServe(dataDir);
    const created = JSON.parse((await postCommand(first.url, 'workshops:create', fields)).body);
    const browser = keptAliveConnection(first.url);
    expect(await browser.send('workshops:list', {})).toMatch(/^HTTP\/1\.1 200/);
    const hostile = [
      endlessChunkedClient(first.url),
      ...Array.from({ length: 20 }, () => slowBodyClient(first.url)),
      ...Array.from({ length: 5 }, () => slowHeadersClient(first.url)),
      ...Array.from({ length: 5 }, () => silentClient(first.url)),
    ];
    await new Promise((r) => setTimeout(r, 300));

    const started = Date.now();
    first.child.kill('SIGTERM');
    const code = await Promise.race([
      exitCodeOf(first.child),
      new Promise<'still running'>((r) => setTimeout(() => r('still running'), 15_000)),
    ]);
    const took = Date.now() - started;
    for (const client of hostile) client.stop();
    if (code === 'still running') first.child.kill('SIGKILL');
    console.log(`shutdown: SIGTERM with ${hostile.length} hostile clients, exited in ${took} ms`);
    expect(code).toBe(0);
    expect(took).toBeLessThan(10_000);

    const second = await startServe(dataDir);
    const list = JSON.parse((await postCommand(second.url, 'workshops:list', {})).body);
    expect(list.value.map((w: { id: string }) => w.id)).toEqual([created.value.id]);
    second.child.kill('SIGTERM');
    expect(await exitCodeOf(second.child)).toBe(0);
  }, 40_000);

  it.skipIf(!canMountPrivately)(
    'on a full disk, refuses the save that does not fit, and on SIGTERM closes cleanly, says why and exits 0',
    async () => {
      const dataDir = tempDir();
      const child = spawnTsOnSmallDisk(dataDir, 1024, SERVE, ['--port', '0', '--data', dataDir]);
      const output = outputOf(child);
      const [, url] = await waitForOutput(child, /(http:\/\/127\.0\.0\.1:\d+\/)/);
      const created = JSON.parse((await postCommand(url!, 'workshops:create', fields)).body);
      const detail = JSON.parse(
        (await postCommand(url!, 'workshops:get', { id: created.value.id })).body,
      );
      const key = {
        participantId: detail.value.participants[0].id,
        exercise: 'A',
        accountId: null,
      };
      let refused: { status: number; body: string } | null = null;
      for (let n = 0; n < 500 && !refused; n++) {
        const items = Array.from({ length: 8 }, (_, i) => ({
          id: `i${i}`,
          text: `save ${n} item ${i} ${Math.random()}`.padEnd(3_900, '.'),
        }));
        const response = await postCommand(url!, 'answers:save', {
          ...key,
          payload: { items, matches: [] },
        });
        if (response.status !== 200) refused = response;
      }
      expect(refused?.status).toBe(503);
      expect(refused?.body).toMatch(/disk is full/);

      let afterStop = '';
      child.stderr!.on('data', (chunk: Buffer) => (afterStop += chunk.toString()));
      child.kill('SIGTERM');
      const { code, stdout, stderr } = await output;
      // The refused save was logged with its error; stopping adds no error of its own, only
      // why the last backup and the folding in of the journal could not be done.
      expect(afterStop).not.toMatch(/SqliteError|Error:/);
      expect(afterStop).toMatch(/Automatic backup failed: The backup could not be written/);
      expect(stdout + stderr).toMatch(/could not be folded into it \(database or disk is full\)/);
      expect(stdout + stderr).toMatch(/Nothing is lost/);
      expect(code).toBe(0);
    },
    30_000,
  );
});
