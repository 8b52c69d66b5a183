// Runs Electronegativity over the desktop shell (electron/) and the pages (renderer/), reads
// its SARIF report and fails on every finding that is not justified inline. Electronegativity
// itself exits 0 whatever it finds, so its report is what counts here.
//
// A false positive is justified by a comment on the flagged line or in the comment lines
// directly above it, naming the check and saying why:
//   // electronegativity-justified: SANDBOX_JS_CHECK webPreferences come from appWebPreferences()
//   <!-- electronegativity-justified: CSP_GLOBAL_CHECK ... -->
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire, Module } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(join(root, 'package.json'));

/** What is scanned, as one tree: global checks (CSP, navigation limits, permission handler) need the shell and the pages together. */
const scanned = ['electron', 'renderer', 'package.json'];

/**
 * Checks left out, and why: the first downloads Electron's release list (no network in CI);
 * the second only reports the Electron version in package.json, for the first to use.
 */
const excludedChecks = ['AvailableSecurityFixesGlobalCheck', 'ElectronVersionJSONCheck'];

const marker = /electronegativity-justified:\s*([A-Z0-9_]+)\s+(\S.*)/;
const commentLine = /^\s*(\/\/|\/\*|\*|<!--)/;

/**
 * The CLI fetches translations over the network before scanning and, offline, crashes on a
 * retry timer in its HTTP client. The scanner is the same without them: load it with the
 * English strings it ships.
 */
function loadOffline() {
  const i18nFile = require.resolve('@doyensec/electronegativity/dist/locales/i18n.js');
  const i18n = createRequire(i18nFile)('i18n');
  const offline = new Module(i18nFile);
  offline.filename = i18nFile;
  offline.loaded = true;
  offline.exports = async () => {
    i18n.configure({
      locales: ['en-US'],
      defaultLocale: 'en-US',
      directory: dirname(i18nFile),
      updateFiles: false,
      objectNotation: true,
      register: globalThis,
    });
    i18n.setLocale('en-US');
  };
  require.cache[i18nFile] = offline;
  return require('@doyensec/electronegativity');
}

/** The justification for `checkId` at `line` (1-based) of a project file, or null. */
function justificationFor(file, line, checkId) {
  let lines;
  try {
    lines = readFileSync(join(root, file), 'utf8').split('\n');
  } catch {
    return null;
  }
  for (let index = line - 1; index >= 0; index--) {
    const text = lines[index] ?? '';
    const found = marker.exec(text);
    if (found && found[1] === checkId) return found[2].replace(/\s*(\*\/|-->)\s*$/, '');
    // Only the flagged line itself and the comment block right above it count.
    if (index < line - 1 && !commentLine.test(text)) break;
  }
  return null;
}

/** Electronegativity writes its report with a callback it does not wait for: wait for whole JSON. */
async function readWhenWritten(file) {
  for (let waited = 0; ; waited += 50) {
    try {
      return JSON.parse(readFileSync(file, 'utf8'));
    } catch (error) {
      if (waited >= 10_000) throw error;
      await new Promise((done) => setTimeout(done, 50));
    }
  }
}

const work = mkdtempSync(join(tmpdir(), 'kam-electronegativity-'));
try {
  for (const entry of scanned)
    cpSync(join(root, entry), join(work, 'scan', entry), { recursive: true });
  const sarifFile = join(work, 'report.sarif');
  const run = loadOffline();
  const { errors } = await run({
    input: join(work, 'scan'),
    output: sarifFile,
    isSarif: true,
    isRelative: true,
    excludeFromScan: excludedChecks,
    electronVersionOverride: require('electron/package.json').version,
  });

  const sarif = await readWhenWritten(sarifFile);
  const unjustified = [];
  let justified = 0;
  for (const result of sarif.runs.flatMap((r) => r.results)) {
    const location = result.locations?.[0]?.physicalLocation;
    const file = location?.artifactLocation?.uri ?? '(no file)';
    const line = location?.region?.startLine ?? 0;
    const reason = justificationFor(file, line, result.ruleId);
    if (reason) justified++;
    else unjustified.push(`${file}:${line}  ${result.ruleId}  ${result.message.text}`);
  }
  // A file the scanner could not parse was not checked at all.
  const unparsed = errors.filter((error) => !error.tolerable);

  for (const finding of unjustified) console.error(`  ${finding}`);
  for (const error of unparsed) console.error(`  could not scan ${error.file}: ${error.message}`);
  console.log(
    `electronegativity: ${unjustified.length} unjustified findings (${justified} justified)` +
      (unparsed.length > 0 ? `, ${unparsed.length} files not scanned` : ''),
  );
  if (unjustified.length > 0) {
    console.error(
      'Fix each finding, or if it is a false positive, justify it on the flagged line or just above:\n' +
        '  // electronegativity-justified: <CHECK_ID> <why it does not apply>',
    );
  }
  process.exitCode = unjustified.length > 0 || unparsed.length > 0 ? 1 : 0;
} finally {
  rmSync(work, { recursive: true, force: true });
}
