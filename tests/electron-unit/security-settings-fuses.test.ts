// Fuses are flipped in the Electron binary when electron-builder packages the app; a packaged
// build is not made in tests, so the configuration that drives it is checked instead.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');
const builderConfig = readFileSync(join(root, 'electron-builder.yml'), 'utf8');

/**
 * The `electronFuses:` block as key → value. Only flat `key: true|false` lines are read,
 * which is all this block may hold; anything else in it fails the test below.
 */
function fusesBlock(yaml: string): Map<string, string> {
  const lines = yaml.split('\n');
  const start = lines.findIndex((line) => /^electronFuses:\s*$/.test(line));
  const fuses = new Map<string, string>();
  if (start === -1) return fuses;
  for (const line of lines.slice(start + 1)) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) break;
    const [, key = line, value = ''] = /^\s+(\w+):\s*(\S*)\s*$/.exec(line) ?? [];
    fuses.set(key, value);
  }
  return fuses;
}

/** The fuse names electron-builder 26 accepts, from its own configuration schema. */
function knownFuseNames(): string[] {
  const schema = JSON.parse(
    readFileSync(join(root, 'node_modules/app-builder-lib/scheme.json'), 'utf8'),
  ) as { definitions: { FuseOptionsV1: { properties: Record<string, unknown> } } };
  return Object.keys(schema.definitions.FuseOptionsV1.properties);
}

describe('Electron fuses of the packaged app', () => {
  const fuses = fusesBlock(builderConfig);

  it('turn off running as Node, NODE_OPTIONS and the --inspect arguments', () => {
    expect(fuses.get('runAsNode')).toBe('false');
    expect(fuses.get('enableNodeOptionsEnvironmentVariable')).toBe('false');
    expect(fuses.get('enableNodeCliInspectArguments')).toBe('false');
  });

  it('encrypt cookies, check the asar integrity and load the app only from the asar', () => {
    expect(fuses.get('enableCookieEncryption')).toBe('true');
    expect(fuses.get('enableEmbeddedAsarIntegrityValidation')).toBe('true');
    expect(fuses.get('onlyLoadAppFromAsar')).toBe('true');
  });

  it('give file:// pages no powers beyond a browser’s, since the app never uses file://', () => {
    expect(fuses.get('grantFileProtocolExtraPrivileges')).toBe('false');
  });

  it('use only names electron-builder knows, each set to true or false', () => {
    const known = knownFuseNames();
    for (const [name, value] of fuses) {
      expect(known, `unknown fuse "${name}"`).toContain(name);
      expect(['true', 'false'], `${name}: ${value}`).toContain(value);
    }
  });

  it('keep the app in an asar archive, which onlyLoadAppFromAsar needs to start at all', () => {
    expect(builderConfig).not.toMatch(/^asar:\s*false/m);
  });
});
