import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { workshopFileInArgv } from '../../electron/launch-files';

const exe = '/opt/KAM Relationship Workshop/kam-relationship-workshop';

describe('workshopFileInArgv', () => {
  it('finds a workshop file, skipping the executable and flags, in any case', () => {
    expect(workshopFileInArgv([exe, '--flag', '/home/a/Spring.KAMWORKSHOP'], '/')).toBe(
      '/home/a/Spring.KAMWORKSHOP',
    );
    expect(workshopFileInArgv([exe, '-psn_0_12345', '/home/a/b.kamworkshop'], '/')).toBe(
      '/home/a/b.kamworkshop',
    );
  });

  it('takes files saved with the old .kamworkshop.json extension too', () => {
    expect(workshopFileInArgv([exe, '/home/a/Spring.kamworkshop.json'], '/')).toBe(
      '/home/a/Spring.kamworkshop.json',
    );
  });

  it('ignores anything that is not a workshop file, and the executable itself', () => {
    expect(workshopFileInArgv([exe, 'notes.json', '.'], '/')).toBeNull();
    expect(workshopFileInArgv(['/apps/x.kamworkshop'], '/')).toBeNull();
  });

  it('decodes the file: URI a Linux file manager passes, spaces and accents too', () => {
    const path = '/home/ana/Workshops/Café class 2026.kamworkshop';
    const uri = pathToFileURL(path).href;
    expect(uri).toContain('%20');
    expect(workshopFileInArgv([exe, uri], '/')).toBe(path);
  });

  it('skips a file: URI that names another machine', () => {
    expect(workshopFileInArgv([exe, 'file://server/share/a.kamworkshop'], '/')).toBeNull();
  });

  it('resolves a relative path against the working directory it is given', () => {
    expect(workshopFileInArgv([exe, 'files/a.kamworkshop'], '/home/ana')).toBe(
      '/home/ana/files/a.kamworkshop',
    );
  });
});
