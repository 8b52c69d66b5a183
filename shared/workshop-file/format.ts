/** Constants of the workshop file (contract 3 of the design): what every reader relies on. */

/** The value of `format`: tells a workshop file from any other JSON. */
export const WORKSHOP_FILE_FORMAT = 'kam-workshop';

/** The file version this build writes and the newest it reads; bump it with every change. */
export const WORKSHOP_FILE_VERSION = 2;

/** How workshop files are named, so the desktop app can open them. */
export const WORKSHOP_FILE_EXTENSION = '.kamworkshop.json';

/** The largest file imported; larger ones are refused before they are parsed. */
export const MAX_WORKSHOP_FILE_BYTES = 20 * 1024 * 1024;

/**
 * A file name for a workshop's export: its title made safe for any file system, marked when
 * it is a client-safe copy so it is never mistaken for the whole workshop.
 */
export function workshopFileName(title: string, clientSafe = false): string {
  const safe = title
    .normalize('NFKD')
    .replace(/[^\w\s-]/g, '')
    .trim()
    .replace(/\s+/g, '-')
    .slice(0, 60);
  return `${safe || 'workshop'}${clientSafe ? '-client-safe' : ''}${WORKSHOP_FILE_EXTENSION}`;
}
