import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startHost, type RunningHost } from '../../server/host/create-host';
import { closeStore } from '../../server/store/database';
import { postCommand, rawRequest } from './helpers/http';
import { openTestApi, snapshot, tempDir } from './helpers/temp-store';
import { sampleFile } from '../unit/workshop-file/support/sample-file';
import { workshopFields } from './helpers/fixtures';

const fields = workshopFields;

let host: RunningHost;
let t: ReturnType<typeof openTestApi>;

beforeEach(async () => {
  t = openTestApi();
  const staticDir = join(tempDir(), 'renderer');
  mkdirSync(staticDir);
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>KAM</title>');
  host = await startHost({ api: t.api, staticDir, port: 0, bodyLimit: 64 * 1024 });
});

afterEach(async () => {
  await host.close();
  closeStore(t.db);
});

describe('the browser host', () => {
  it('serves the api as JSON results', async () => {
    const response = await postCommand(host.url, 'workshops:create', fields);
    expect(response.status).toBe(200);
    expect(JSON.parse(response.body)).toMatchObject({ ok: true, value: { title: 'Spring class' } });
  });

  it('answers api errors with a status and the same result shape', async () => {
    const response = await postCommand(host.url, 'workshops:get', { id: 'missing' });
    expect(response.status).toBe(404);
    expect(JSON.parse(response.body)).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  it('refuses a request whose Host is not ours (DNS rebinding) and writes nothing', async () => {
    const before = snapshot(t.db);
    const response = await postCommand(host.url, 'workshops:create', fields, {
      host: 'attacker.example:80',
    });
    expect(response.status).toBe(403);
    expect(JSON.parse(response.body)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const page = await rawRequest(host.url, {
      method: 'GET',
      path: '/',
      headers: { host: 'attacker.example' },
    });
    expect(page.status).toBe(403);
    expect(snapshot(t.db)).toBe(before);
  });

  it('refuses a write from a foreign Origin (CSRF) and writes nothing', async () => {
    const before = snapshot(t.db);
    const response = await postCommand(host.url, 'workshops:create', fields, {
      origin: 'http://attacker.example',
    });
    expect(response.status).toBe(403);
    expect(snapshot(t.db)).toBe(before);
  });

  it('accepts a write from its own page', async () => {
    const origin = host.url.replace(/\/$/, '');
    expect((await postCommand(host.url, 'workshops:create', fields, { origin })).status).toBe(200);
  });

  it('refuses a body that is not JSON, as an HTML form would send it', async () => {
    const response = await rawRequest(host.url, {
      path: '/api/workshops:create',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'title=x',
    });
    expect(response.status).toBe(415);
    expect(JSON.parse(response.body).error.message).toMatch(/Content-Type: application\/json/);
  });

  it('refuses a body over the size limit with 413', async () => {
    const response = await postCommand(host.url, 'workshops:create', {
      ...fields,
      title: 'x'.repeat(100_000),
    });
    expect(response.status).toBe(413);
    expect(JSON.parse(response.body)).toMatchObject({ ok: false, error: { code: 'too-large' } });
  });

  it('answers malformed JSON with a clear 400', async () => {
    const response = await rawRequest(host.url, {
      path: '/api/workshops:create',
      headers: { 'content-type': 'application/json' },
      body: '{"title": ',
    });
    expect(response.status).toBe(400);
    expect(JSON.parse(response.body)).toMatchObject({
      ok: false,
      error: { code: 'validation', message: 'The request body is not valid JSON.' },
    });
  });

  it('imports an uploaded workshop file that starts with a UTF-8 byte-order mark', async () => {
    const bytes = Buffer.concat([
      Buffer.from([0xef, 0xbb, 0xbf]),
      Buffer.from(JSON.stringify(sampleFile())),
    ]);
    const response = await rawRequest(host.url, {
      path: '/api/upload/workshop-file',
      headers: { 'content-type': 'application/json' },
      body: bytes,
    });
    expect(response.status).toBe(200);
    expect(JSON.parse(response.body)).toMatchObject({ ok: true, value: { status: 'imported' } });
  });

  it('serves the app page at the root address', async () => {
    const page = await rawRequest(host.url, { method: 'GET', path: '/' });
    expect(page.status).toBe(200);
    expect(page.body).toContain('<title>KAM</title>');
  });

  it('serves the app page for client-side routes with a content security policy', async () => {
    const page = await rawRequest(host.url, { method: 'GET', path: '/workshops/abc' });
    expect(page.status).toBe(200);
    expect(page.body).toContain('<title>KAM</title>');
    expect(page.headers['content-security-policy']).toContain("default-src 'self'");
    expect(page.headers['x-content-type-options']).toBe('nosniff');
  });

  it('does not serve files outside the app folder', async () => {
    for (const path of [
      '/../../../../etc/passwd',
      '/%2e%2e/%2e%2e/etc/passwd',
      '/..%2f..%2fetc%2fpasswd',
    ]) {
      const response = await rawRequest(host.url, { method: 'GET', path });
      expect(response.body, path).not.toContain('root:');
    }
  });

  it('sends every change to open event streams', async () => {
    const controller = new AbortController();
    const stream = await fetch(`${host.url}api/events`, { signal: controller.signal });
    expect(stream.headers.get('content-type')).toContain('text/event-stream');
    const reader = stream.body!.getReader();
    await postCommand(host.url, 'workshops:create', fields);
    let text = '';
    while (!text.includes('workshops-changed')) {
      const { value, done } = await reader.read();
      if (done) break;
      text += new TextDecoder().decode(value);
    }
    expect(text).toContain('data: {"type":"workshops-changed"}');
    controller.abort();
  });
});
