import { describe, expect, it } from 'vitest';
import {
  allowedHostNames,
  hasOneHostHeader,
  isAllowedHost,
  isAllowedOrigin,
  isJsonContentType,
} from '../../../server/host/request-guards';
import { defaultDataDir } from '../../../server/host/data-dir';
import { parseServeOptions } from '../../../server/host/serve-options';

const ours = allowedHostNames('127.0.0.1', 4870);

describe('host name checks (DNS rebinding)', () => {
  it('answers to the loopback address and localhost on our port', () => {
    expect(isAllowedHost('127.0.0.1:4870', ours)).toBe(true);
    expect(isAllowedHost('LOCALHOST:4870', ours)).toBe(true);
  });

  it('refuses a request that names its host twice', () => {
    expect(hasOneHostHeader(['Host', '127.0.0.1:4870', 'Accept', '*/*'])).toBe(true);
    expect(hasOneHostHeader(['Host', '127.0.0.1:4870', 'host', 'evil.example'])).toBe(false);
    expect(hasOneHostHeader(['Accept', '*/*'])).toBe(false);
  });

  it('refuses another name, another port, or no Host at all', () => {
    expect(isAllowedHost('evil.example:4870', ours)).toBe(false);
    expect(isAllowedHost('127.0.0.1:80', ours)).toBe(false);
    expect(isAllowedHost(undefined, ours)).toBe(false);
  });
});

describe('origin checks (CSRF)', () => {
  it('accepts our own pages and clients that send no Origin', () => {
    expect(isAllowedOrigin('http://127.0.0.1:4870', ours)).toBe(true);
    expect(isAllowedOrigin(undefined, ours)).toBe(true);
  });

  it('refuses an origin that only parses to ours: with user info, a path or a trailing dot', () => {
    expect(isAllowedOrigin('http://evil@127.0.0.1:4870', ours)).toBe(false);
    expect(isAllowedOrigin('http://127.0.0.1:4870/x', ours)).toBe(false);
    expect(isAllowedOrigin('http://127.0.0.1:4870/', ours)).toBe(false);
    expect(isAllowedOrigin('http://localhost:4870', ours)).toBe(true);
  });

  it('refuses foreign, opaque and malformed origins', () => {
    expect(isAllowedOrigin('http://evil.example', ours)).toBe(false);
    expect(isAllowedOrigin('null', ours)).toBe(false);
    expect(isAllowedOrigin('https://127.0.0.1:4870', ours)).toBe(false);
  });
});

describe('content type checks', () => {
  it('accepts JSON with or without a charset and refuses form and text bodies', () => {
    expect(isJsonContentType('application/json')).toBe(true);
    expect(isJsonContentType('application/json; charset=utf-8')).toBe(true);
    expect(isJsonContentType('text/plain')).toBe(false);
    expect(isJsonContentType('application/x-www-form-urlencoded')).toBe(false);
    expect(isJsonContentType('application/jsonp')).toBe(false);
    expect(isJsonContentType(undefined)).toBe(false);
  });
});

describe('serve options', () => {
  it('reads port, data folder and address', () => {
    expect(parseServeOptions(['--port', '5000', '--data', '/tmp/x'])).toEqual({
      port: 5000,
      dataDir: '/tmp/x',
      address: '127.0.0.1',
    });
  });

  it('refuses a port that is not a port, naming it', () => {
    expect(() => parseServeOptions(['--port', 'eighty'])).toThrow(
      '--port must be a whole number from 0 to 65535, not "eighty"',
    );
  });

  it('keeps data where the desktop app keeps it on each system', () => {
    expect(defaultDataDir('linux', {}, '/home/ann')).toBe(
      '/home/ann/.config/KAM Relationship Workshop',
    );
    expect(defaultDataDir('darwin', {}, '/Users/ann')).toBe(
      '/Users/ann/Library/Application Support/KAM Relationship Workshop',
    );
    expect(
      defaultDataDir('win32', { APPDATA: 'C:\\Users\\ann\\AppData\\Roaming' }, 'C:\\Users\\ann'),
    ).toContain('KAM Relationship Workshop');
  });
});
