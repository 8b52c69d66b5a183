import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  HOST_TIMEOUTS,
  startHost,
  type HostTimeouts,
  type RunningHost,
} from '../../server/host/create-host';
import { closeStore } from '../../server/store/database';
import {
  endlessChunkedClient,
  keptAliveConnection,
  silentClient,
  slowBodyClient,
  slowHeadersClient,
  type SlowClient,
} from './helpers/slow-clients';
import { openTestApi, tempDir } from './helpers/temp-store';
import { workshopFields } from './helpers/fixtures';

const fields = workshopFields;

const cleanups: Array<() => unknown> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function hostWith(timeouts?: Partial<HostTimeouts>): Promise<RunningHost> {
  const t = openTestApi();
  const staticDir = join(tempDir(), 'renderer');
  mkdirSync(staticDir);
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>KAM</title>');
  const host = await startHost({ api: t.api, staticDir, port: 0, timeouts });
  cleanups.push(() => closeStore(t.db));
  cleanups.push(() => host.close());
  return host;
}

function track(client: SlowClient): SlowClient {
  cleanups.push(() => client.stop());
  return client;
}

describe('the browser host bounds how long a client may hold it', () => {
  it('sets a request, header, idle and keep-alive limit on its server by default', async () => {
    const host = await hostWith();
    const server = host.app.server;
    for (const [name, value] of Object.entries({
      requestTimeout: server.requestTimeout,
      headersTimeout: server.headersTimeout,
      idleTimeout: server.timeout,
      keepAliveTimeout: server.keepAliveTimeout,
    })) {
      expect(value, name).toBeGreaterThan(0);
      expect(value, name).toBeLessThanOrEqual(60_000);
    }
    expect(server.requestTimeout).toBe(HOST_TIMEOUTS.requestMs);
    expect(server.headersTimeout).toBeLessThanOrEqual(server.requestTimeout);
  });

  it('closes slow bodies, endless chunked bodies, slow headers and silent connections once their time is up', async () => {
    const host = await hostWith({
      requestMs: 1_000,
      headersMs: 500,
      idleMs: 1_000,
      keepAliveMs: 500,
      checkEveryMs: 100,
    });
    const clients = [
      ...Array.from({ length: 20 }, () => track(slowBodyClient(host.url))),
      ...Array.from({ length: 5 }, () => track(endlessChunkedClient(host.url))),
      ...Array.from({ length: 5 }, () => track(slowHeadersClient(host.url))),
      ...Array.from({ length: 5 }, () => track(silentClient(host.url))),
    ];
    const started = Date.now();
    const answers = await Promise.race([
      Promise.all(clients.map((client) => client.closed)),
      new Promise<null>((resolve) => setTimeout(() => resolve(null), 5_000)),
    ]);
    expect(answers, 'every connection closed within 5 s').not.toBeNull();
    expect(Date.now() - started).toBeLessThan(5_000);
    // Those that sent a request were told why (408), as far as the server could.
    expect(answers!.filter((text) => text.startsWith('HTTP/1.1 408')).length).toBeGreaterThan(0);
  });
});

describe('closing the browser host', () => {
  it('answers a request on a kept-alive connection while it waits for a write, instead of resetting it', async () => {
    const host = await hostWith();
    const browser = keptAliveConnection(host.url);
    expect(await browser.send('workshops:list', {})).toMatch(/^HTTP\/1\.1 200/);
    // A write still arriving keeps the host closing for a moment.
    const stalled = track(slowBodyClient(host.url));
    await new Promise((resolve) => setTimeout(resolve, 100));

    const closing = host.close();
    await new Promise((resolve) => setTimeout(resolve, 100));
    const answer = await browser.send('workshops:create', fields);
    expect(answer).toMatch(/^HTTP\/1\.1 503/);
    expect(answer).toMatch(/connection: close/i);
    expect(answer).toContain('"code":"unavailable"');
    expect(answer).toMatch(/stopping/);

    stalled.stop();
    await closing;
  });

  it('stops within its grace period however long a request body takes to arrive', async () => {
    const host = await hostWith();
    const hanging = [
      track(endlessChunkedClient(host.url)),
      ...Array.from({ length: 10 }, () => track(slowBodyClient(host.url))),
    ];
    await new Promise((resolve) => setTimeout(resolve, 200));
    const started = Date.now();
    await host.close();
    const took = Date.now() - started;
    expect(took).toBeLessThan(HOST_TIMEOUTS.closeGraceMs + 1_000);
    await Promise.all(hanging.map((client) => client.closed));
  });
});
