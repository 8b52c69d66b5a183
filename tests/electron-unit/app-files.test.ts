import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAppFileHandler } from '../../electron/app-files';
import { contentSecurityPolicy } from '../../server/security/content-security-policy';

let base: string;
let serve: (request: Request) => Promise<Response>;

beforeAll(() => {
  base = mkdtempSync(join(tmpdir(), 'kam-app-files-'));
  const root = join(base, 'renderer');
  mkdirSync(join(root, 'assets'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>KAM</title>');
  writeFileSync(join(root, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(root, 'assets', 'app.css'), 'body{}');
  writeFileSync(join(base, 'secret.txt'), 'outside the root');
  symlinkSync(join(base, 'secret.txt'), join(root, 'assets', 'link.txt'));
  serve = createAppFileHandler(root);
});

afterAll(() => rmSync(base, { recursive: true, force: true }));

const get = (url: string, method = 'GET') => serve(new Request(url, { method }));

describe('app:// file handler', () => {
  it('serves index.html at the root with the HTML content type', async () => {
    const response = await get('app://kam/');
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toBe('text/html; charset=utf-8');
    expect(await response.text()).toContain('<title>KAM</title>');
  });

  it('serves assets with their content types', async () => {
    const script = await get('app://kam/assets/app.js');
    expect(script.headers.get('Content-Type')).toBe('text/javascript; charset=utf-8');
    expect(await script.text()).toBe('console.log(1)');
    expect((await get('app://kam/assets/app.css')).headers.get('Content-Type')).toBe(
      'text/css; charset=utf-8',
    );
  });

  it('serves index.html for client-side routes', async () => {
    for (const url of ['app://kam/workshops/abc', 'app://kam/present', 'app://kam/assets']) {
      const response = await get(url);
      expect(response.status, url).toBe(200);
      expect(await response.text(), url).toContain('<title>KAM</title>');
    }
  });

  it('answers 404 for a missing asset rather than HTML', async () => {
    expect((await get('app://kam/assets/missing.js')).status).toBe(404);
  });

  it('puts the content security policy and nosniff on every response, errors included', async () => {
    for (const url of [
      'app://kam/',
      'app://kam/assets/app.js',
      'app://kam/assets/missing.js',
      'app://kam/..%2fsecret.txt',
    ]) {
      const response = await get(url);
      expect(response.headers.get('Content-Security-Policy'), url).toBe(contentSecurityPolicy);
      expect(response.headers.get('X-Content-Type-Options'), url).toBe('nosniff');
    }
  });

  it('never returns a file from outside the root', async () => {
    for (const url of [
      'app://kam/../secret.txt',
      'app://kam/%2e%2e/secret.txt',
      'app://kam/..%2fsecret.txt',
      'app://kam/assets/..%2f..%2fsecret.txt',
      'app://kam/..%5csecret.txt',
      'app://kam/assets/link.txt',
      `app://kam/${encodeURIComponent(join(base, 'secret.txt'))}`,
    ]) {
      const response = await get(url);
      expect(await response.text(), url).not.toContain('outside the root');
    }
  });

  it('refuses encoded traversal with 403', async () => {
    expect((await get('app://kam/..%2fsecret.txt')).status).toBe(403);
  });

  it('refuses a symlink leading outside the root with 404', async () => {
    expect((await get('app://kam/assets/link.txt')).status).toBe(404);
  });

  it('answers HEAD without a body and refuses other methods', async () => {
    const head = await get('app://kam/assets/app.js', 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    expect((await get('app://kam/', 'POST')).status).toBe(405);
  });
});
