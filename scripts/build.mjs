// Builds everything the app runs: the renderer and the room's learner page with Vite, and
// the three Node-side bundles (Electron main, Electron preload, browser host) with esbuild.
// `--electron` builds only the two Electron bundles (what the main-bundle test loads).
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build as viteBuild } from 'vite';
import { build as esbuild } from 'esbuild';

/**
 * Writes a gzipped copy beside each of the learner page's files, which the room listener
 * sends to browsers that accept it: 200 phones share one Wi-Fi.
 */
function gzipBeside(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) gzipBeside(path);
    else if (/\.(js|css|html|svg)$/.test(entry.name)) {
      writeFileSync(`${path}.gz`, gzipSync(readFileSync(path), { level: 9 }));
    }
  }
}

const electronOnly = process.argv.includes('--electron');
const started = Date.now();
if (!electronOnly) {
  await viteBuild({ configFile: 'vite.config.ts', logLevel: 'warn' });
  await viteBuild({ configFile: 'vite.room.config.ts', logLevel: 'warn' });
  gzipBeside('out/room');
}

const node = {
  bundle: true,
  platform: 'node',
  target: 'node24',
  sourcemap: true,
  logLevel: 'warning',
  // Native and Electron modules load at run time from node_modules, never bundled; so does
  // pdfkit, which reads its font metrics from files beside its own code.
  external: ['electron', 'better-sqlite3', 'pdfkit'],
};

const electronBundles = [
  esbuild({
    ...node,
    entryPoints: ['electron/main.ts'],
    outfile: 'out/electron/main.cjs',
    format: 'cjs',
    // Code that runs in both bundles reads import.meta only where CommonJS's require is absent.
    logOverride: { 'empty-import-meta': 'silent' },
  }),
  // A sandboxed preload must be one CommonJS file that requires nothing but electron.
  esbuild({
    ...node,
    entryPoints: ['electron/preload.ts'],
    outfile: 'out/electron/preload.cjs',
    format: 'cjs',
  }),
];

const hostBundle = () =>
  esbuild({
    ...node,
    entryPoints: ['server/host/serve.ts'],
    outfile: 'out/host/serve.mjs',
    format: 'esm',
    // Fastify and friends are CommonJS; give the ESM bundle a require().
    // Aliased, so a bundled ESM package importing createRequire itself cannot collide with it.
    banner: {
      js: "import { createRequire as __bannerCreateRequire } from 'node:module'; const require = __bannerCreateRequire(import.meta.url);",
    },
  });

await Promise.all(electronOnly ? electronBundles : [...electronBundles, hostBundle()]);
console.log(`Built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
