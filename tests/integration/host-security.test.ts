// The browser host as an attacker on the network or in another browser tab sees it: raw
// requests that try to leave the static folder, reach it under a foreign name, or flood it.
import { mkdirSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startHost, type RunningHost } from '../../server/host/create-host';
import { UPLOAD_RATE_LIMIT } from '../../server/host/routes/workshop-file-upload';
import { closeStore } from '../../server/store/database';
import { rawRequest, type RawResponse } from './helpers/http';
import { openTestApi, snapshot, tempDir } from './helpers/temp-store';

const SECRET = 'kam-secret-3f9c1e outside the app folder';

let host: RunningHost;
let t: ReturnType<typeof openTestApi>;
let base: string;

async function start(rateLimit?: { max: number; windowMs: number }): Promise<void> {
  t = openTestApi();
  base = tempDir('kam-host-security-');
  const staticDir = join(base, 'renderer');
  mkdirSync(join(staticDir, 'assets'), { recursive: true });
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>KAM</title>');
  writeFileSync(join(staticDir, 'assets', 'app.js'), 'console.log(1)');
  // Next to the static folder, and in a sibling whose name starts the same way.
  writeFileSync(join(base, 'secret.txt'), SECRET);
  mkdirSync(join(base, 'renderer-private'));
  writeFileSync(join(base, 'renderer-private', 'secret.txt'), SECRET);
  host = await startHost({ api: t.api, staticDir, port: 0, ...(rateLimit ? { rateLimit } : {}) });
}

afterEach(async () => {
  await host.close();
  closeStore(t.db);
});

/** A POST to an api command sent from a chosen local address: each loopback address is another client. */
function postFrom(localAddress: string, command: string, input: unknown): Promise<RawResponse> {
  return rawRequest(host.url, {
    path: `/api/${command}`,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(input),
    localAddress,
  });
}

describe('static files of the browser host', () => {
  beforeEach(() => start());

  it('never serves a file from outside the app folder, however the path is written', async () => {
    const paths = [
      '/../secret.txt',
      '/assets/../../secret.txt',
      '/%2e%2e/secret.txt',
      '/%2E%2E/secret.txt',
      '/.%2e/secret.txt',
      '/%2e./secret.txt',
      '/..%2fsecret.txt',
      '/%2e%2e%2fsecret.txt',
      '/assets/..%2f..%2fsecret.txt',
      '/..%5csecret.txt',
      '/..\\secret.txt',
      '/assets\\..\\..\\secret.txt',
      '/%252e%252e/secret.txt',
      '/%252e%252e%252fsecret.txt',
      '/..%c0%afsecret.txt',
      '/..%u2216secret.txt',
      '/../renderer-private/secret.txt',
      '/%2e%2e/renderer-private/secret.txt',
      `/${join(base, 'secret.txt')}`,
      `/${encodeURIComponent(join(base, 'secret.txt'))}`,
      `//${join(base, 'secret.txt')}`,
      '/secret.txt%00.js',
      '/....//secret.txt',
      '/..;/secret.txt',
    ];
    for (const path of paths) {
      const response = await rawRequest(host.url, { method: 'GET', path });
      expect(response.body, path).not.toContain(SECRET);
      // Either refused, or the app page for an unknown route: never another file.
      if (response.status === 200) expect(response.body, path).toContain('<title>KAM</title>');
    }
    // The host is still up and serving its own files.
    const asset = await rawRequest(host.url, { method: 'GET', path: '/assets/app.js' });
    expect(asset.body).toBe('console.log(1)');
  });
});

describe('Host and Origin checks on every route', () => {
  beforeEach(() => start());

  it('refuses the event stream to a foreign Host, so a rebound name cannot read changes', async () => {
    const response = await rawRequest(host.url, {
      method: 'GET',
      path: '/api/events',
      headers: { host: 'attacker.example' },
    });
    expect(response.status).toBe(403);
    expect(response.headers['content-type']).not.toContain('text/event-stream');
  });

  it('refuses a request that names two hosts, ours first', async () => {
    const before = snapshot(t.db);
    const { hostname, port } = new URL(host.url);
    const response = await new Promise<string>((resolve) => {
      const socket = connect(Number(port), hostname);
      let text = '';
      socket.on('data', (chunk) => (text += chunk.toString()));
      socket.on('close', () => resolve(text));
      const body = JSON.stringify({
        title: 'Spring class',
        date: '2026-03-01',
        facilitator: '',
        client: '',
        mode: 'facilitated',
      });
      socket.end(
        `POST /api/workshops:create HTTP/1.1\r\nHost: ${hostname}:${port}\r\nHost: attacker.example\r\n` +
          `Content-Type: application/json\r\nContent-Length: ${body.length}\r\nConnection: close\r\n\r\n${body}`,
      );
    });
    expect(response).toMatch(/^HTTP\/1\.1 400/);
    expect(snapshot(t.db)).toBe(before);
  });

  it('refuses a static file to a foreign Host', async () => {
    const response = await rawRequest(host.url, {
      method: 'GET',
      path: '/assets/app.js',
      headers: { host: 'localhost.attacker.example' },
    });
    expect(response.status).toBe(403);
    expect(response.body).not.toContain('console.log');
  });

  it('refuses writes from an opaque or https Origin and by every method, writing nothing', async () => {
    const before = snapshot(t.db);
    const port = new URL(host.url).port;
    const attempts: Array<[string, string]> = [
      ['POST', 'null'],
      ['POST', `https://127.0.0.1:${port}`],
      ['PUT', 'http://attacker.example'],
      ['DELETE', 'http://attacker.example'],
      ['PATCH', 'http://attacker.example'],
    ];
    for (const [method, origin] of attempts) {
      const response = await rawRequest(host.url, {
        method,
        path: '/api/workshops:create',
        headers: { 'content-type': 'application/json', origin },
        body: '{}',
      });
      expect(response.status, `${method} from ${origin}`).toBe(403);
    }
    expect(snapshot(t.db)).toBe(before);
  });
});

describe('rate limit on the api', () => {
  const MAX = 20;
  beforeEach(() => start({ max: MAX, windowMs: 60_000 }));

  it('answers a burst from one client with 429 in the Result shape, and serves another client', async () => {
    const statuses: number[] = [];
    let limited: RawResponse | undefined;
    for (let i = 0; i < MAX + 5; i++) {
      const response = await postFrom('127.0.0.1', 'workshops:list', {});
      statuses.push(response.status);
      if (response.status === 429) limited = response;
    }
    expect(statuses.slice(0, MAX)).toEqual(Array(MAX).fill(200));
    expect(statuses.slice(MAX)).toEqual(Array(5).fill(429));
    expect(JSON.parse(limited!.body)).toEqual({
      ok: false,
      error: { code: 'rate-limited', message: expect.stringMatching(/Too many requests/) },
    });
    expect(Number(limited!.headers['retry-after'])).toBeGreaterThan(0);

    const other = await postFrom('127.0.0.2', 'workshops:list', {});
    expect(other.status).toBe(200);
  });

  it('answers uploads of workshop files beyond their own limit with 429 in the Result shape', async () => {
    const upload = () =>
      rawRequest(host.url, {
        path: '/api/upload/workshop-file',
        headers: { 'content-type': 'application/json' },
        body: '{"format": "something else"}',
        localAddress: '127.0.0.3',
      });
    const statuses: number[] = [];
    let limited: RawResponse | undefined;
    for (let i = 0; i <= UPLOAD_RATE_LIMIT.max; i++) {
      const response = await upload();
      statuses.push(response.status);
      if (response.status === 429) limited = response;
    }
    expect(statuses.slice(0, UPLOAD_RATE_LIMIT.max)).toEqual(
      Array(UPLOAD_RATE_LIMIT.max).fill(400),
    );
    expect(statuses.at(-1)).toBe(429);
    expect(JSON.parse(limited!.body)).toEqual({
      ok: false,
      error: { code: 'rate-limited', message: expect.stringMatching(/Too many/) },
    });
    expect(Number(limited!.headers['retry-after'])).toBeGreaterThan(0);
  });

  it('leaves the page, its assets and the event stream to a client that hit the limit', async () => {
    for (let i = 0; i <= MAX; i++) await postFrom('127.0.0.1', 'workshops:list', {});
    expect((await postFrom('127.0.0.1', 'workshops:list', {})).status).toBe(429);

    for (const path of ['/', '/workshops/abc', '/assets/app.js']) {
      expect((await rawRequest(host.url, { method: 'GET', path })).status, path).toBe(200);
    }
    const controller = new AbortController();
    const stream = await fetch(`${host.url}api/events`, { signal: controller.signal });
    expect(stream.status).toBe(200);
    expect(stream.headers.get('content-type')).toContain('text/event-stream');
    controller.abort();
  });
});
