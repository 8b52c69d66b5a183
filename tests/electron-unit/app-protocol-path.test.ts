import { describe, expect, it } from 'vitest';
import { isAppUrl } from '../../electron/app-origin';
import { contentTypeFor, isClientRoute, resolveAppPath } from '../../electron/app-protocol-path';

describe('isAppUrl', () => {
  it('accepts pages on app://kam', () => {
    expect(isAppUrl('app://kam/')).toBe(true);
    expect(isAppUrl('app://kam/workshops/abc?x=1#y')).toBe(true);
  });

  it('rejects other schemes, hosts, ports, credentials and garbage', () => {
    for (const url of [
      'https://kam/',
      'https://example.com/',
      'file:///etc/passwd',
      'app://evil/',
      'app://kam.evil.com/',
      'app://kam:8080/',
      'app://user@kam/',
      'javascript:alert(1)',
      'not a url',
      '',
    ]) {
      expect(isAppUrl(url), url).toBe(false);
    }
  });
});

describe('resolveAppPath', () => {
  it('maps the root to no segments and a nested path to its segments', () => {
    expect(resolveAppPath('app://kam/')).toEqual({ ok: true, segments: [] });
    expect(resolveAppPath('app://kam/assets/index-abc.js?v=1')).toEqual({
      ok: true,
      segments: ['assets', 'index-abc.js'],
    });
  });

  it('decodes percent-encoded names that are safe', () => {
    expect(resolveAppPath('app://kam/fonts/My%20Font.woff2')).toEqual({
      ok: true,
      segments: ['fonts', 'My Font.woff2'],
    });
  });

  it('never yields a segment that climbs out of the root, whatever the encoding', () => {
    for (const url of [
      'app://kam/../etc/passwd',
      'app://kam/%2e%2e/etc/passwd',
      'app://kam/%2E%2E/%2E%2E/etc/passwd',
      'app://kam/assets/..%2f..%2fetc/passwd',
      'app://kam/assets/%2e%2e%2f%2e%2e%2fetc%2fpasswd',
      'app://kam/..%5c..%5cwindows%5cwin.ini',
      'app://kam/assets\\..\\..\\secret',
      'app://kam/%2fetc%2fpasswd',
      'app://kam/C:%5cWindows%5cwin.ini',
      'app://kam/c:/Windows/win.ini',
      'app://kam/index.html%00.png',
      'app://kam/%2e',
    ]) {
      const result = resolveAppPath(url);
      if (result.ok) {
        for (const segment of result.segments) {
          expect(segment, url).not.toBe('..');
          expect(segment, url).not.toMatch(/[\\/\0]|^[a-zA-Z]:/);
        }
      } else {
        expect([400, 403, 404], url).toContain(result.status);
      }
    }
  });

  it('refuses encoded traversal with 403', () => {
    expect(resolveAppPath('app://kam/assets/..%2f..%2fetc/passwd')).toEqual({
      ok: false,
      status: 403,
    });
    expect(resolveAppPath('app://kam/..%5csecret')).toEqual({ ok: false, status: 403 });
    expect(resolveAppPath('app://kam/a%00b')).toEqual({ ok: false, status: 403 });
  });

  it('refuses malformed percent-encoding with 400', () => {
    expect(resolveAppPath('app://kam/%E0%A4%A')).toEqual({ ok: false, status: 400 });
  });

  it('refuses other hosts and schemes with 404', () => {
    expect(resolveAppPath('app://other/index.html')).toEqual({ ok: false, status: 404 });
    expect(resolveAppPath('https://kam/index.html')).toEqual({ ok: false, status: 404 });
  });
});

describe('isClientRoute', () => {
  it('treats extension-less paths as client-side routes and files as files', () => {
    expect(isClientRoute([])).toBe(true);
    expect(isClientRoute(['workshops', 'abc'])).toBe(true);
    expect(isClientRoute(['present'])).toBe(true);
    expect(isClientRoute(['assets', 'missing.js'])).toBe(false);
  });
});

describe('contentTypeFor', () => {
  it('names the usual web types and falls back to octet-stream', () => {
    expect(contentTypeFor('index.html')).toBe('text/html; charset=utf-8');
    expect(contentTypeFor('app.JS')).toBe('text/javascript; charset=utf-8');
    expect(contentTypeFor('style.css')).toBe('text/css; charset=utf-8');
    expect(contentTypeFor('icon.svg')).toBe('image/svg+xml');
    expect(contentTypeFor('font.woff2')).toBe('font/woff2');
    expect(contentTypeFor('data.bin')).toBe('application/octet-stream');
  });
});
