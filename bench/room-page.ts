// The learner page as a phone first meets it, in this machine's Chromium: the JavaScript its
// first load downloads (gzipped, as a server would send it) and the time until a learner can
// pick their name. Needs `npm run build` first.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Request } from 'playwright-core';
import { e2eChromium } from '../tests/support/chromium';
import { percentile, round } from './machine';

const PAGE_DIR = 'out/room';
const ROUNDS = 5;
const phone = { width: 360, height: 740 };

/** Interactive: the names to pick from are on the page, so a learner can choose theirs and join. */
const INTERACTIVE = 'input[name="participant"]';

/** Records, in the page, the moment (ms after navigation began) the name picker first appears. */
const watchForInteractive = `new MutationObserver((_changes, observer) => {
  if (!document.querySelector('${INTERACTIVE}')) return;
  globalThis.__kamInteractiveAt = performance.now();
  observer.disconnect();
}).observe(document, { childList: true, subtree: true });`;

const interactiveAt = 'globalThis.__kamInteractiveAt';

/**
 * One cold load (a fresh context, nothing cached): ms until interactive, and the scripts fetched
 * with the bytes the listener sent for each (compressed or not, as it chose).
 */
async function load(browser: Browser, url: string) {
  const context = await browser.newContext({ viewport: phone });
  try {
    const page = await context.newPage();
    const scripts: Request[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(request);
    });
    await page.addInitScript(watchForInteractive);
    await page.goto(url);
    await page.waitForFunction(`${interactiveAt} !== undefined`);
    const ms = await page.evaluate<number>(interactiveAt);
    const fetched = await Promise.all(
      scripts.map(async (request) => ({
        path: new URL(request.url()).pathname,
        sentBytes: (await request.sizes()).responseBodySize,
      })),
    );
    return { ms, scripts: fetched };
  } finally {
    await context.close();
  }
}

/** The gzipped size of a file of the built page, by the path the page asked for. */
function gzippedBytes(path: string): number {
  const file = join(PAGE_DIR, path.replace(/^\/room\//, ''));
  return gzipSync(readFileSync(file)).length;
}

/**
 * The learner page at `joinUrl` (the code in it, so the names come up without typing), loaded
 * cold ROUNDS times after one warm-up load; beside it, the same wait on a page with no script
 * at all: this browser's own floor on this machine now.
 */
export async function measureLearnerPage(joinUrl: string) {
  const browser = await chromium.launch({
    executablePath: e2eChromium(),
    args: ['--no-sandbox', '--disable-gpu'],
  });
  try {
    const warmUp = await load(browser, joinUrl);
    const loads = [];
    for (let i = 0; i < ROUNDS; i++) loads.push(await load(browser, joinUrl));
    const floor = await load(
      browser,
      `data:text/html,<label><input type="radio" name="participant">Ann</label>`,
    );
    const times = loads.map((l) => l.ms).sort((a, b) => a - b);
    const scripts = loads[0]!.scripts.filter(({ path }) => path.startsWith('/room/'));
    const files = scripts.map((script) => ({ ...script, gzipBytes: gzippedBytes(script.path) }));
    return {
      files,
      gzipBytes: files.reduce((sum, f) => sum + f.gzipBytes, 0),
      sentBytes: files.reduce((sum, f) => sum + f.sentBytes, 0),
      interactiveMsMedian: round(percentile(times, 50), 1),
      interactiveMsRounds: loads.map((l) => round(l.ms, 1)),
      interactiveMsWarmUp: round(warmUp.ms, 1),
      interactiveMsNoScriptPage: round(floor.ms, 1),
    };
  } finally {
    await browser.close();
  }
}
