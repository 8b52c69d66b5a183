import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/** The bundled typeface: Noto Sans covers Latin, Latin Extended, Greek and Cyrillic. */
export const fontFiles = {
  regular: 'NotoSans-Regular.ttf',
  bold: 'NotoSans-Bold.ttf',
  italic: 'NotoSans-Italic.ttf',
} as const;
export type FontStyle = keyof typeof fontFiles;

/** Where the fonts live inside the project and inside a packaged app's resources. */
const FONTS_SUBDIR = join('resources', 'fonts');

/**
 * Folders that may hold the fonts, most specific first. The same code runs from sources
 * (tsx, vitest), from the host bundle (out/host/serve.mjs), from Electron's main bundle
 * (out/electron/main.cjs) and from a packaged app, so no single relative path works.
 */
function candidateDirs(): string[] {
  const found: string[] = [];
  const fromEnv = process.env.KAM_FONTS_DIR;
  if (fromEnv) found.push(resolve(fromEnv));
  const resourcesPath = (process as NodeJS.Process & { resourcesPath?: string }).resourcesPath;
  if (resourcesPath) found.push(join(resourcesPath, 'fonts'), join(resourcesPath, FONTS_SUBDIR));
  const starts = [
    typeof __dirname === 'string' ? __dirname : undefined,
    process.argv[1] ? dirname(resolve(process.argv[1])) : undefined,
    process.cwd(),
  ];
  for (const start of starts) {
    if (!start) continue;
    // Walk up to the project root (or app.asar) from wherever the code was started.
    let dir = start;
    for (let depth = 0; depth < 5; depth++) {
      found.push(join(dir, FONTS_SUBDIR));
      const parent = dirname(dir);
      if (parent === dir) break;
      dir = parent;
    }
  }
  return found;
}

/** The folder holding the bundled fonts; throws a readable error when it is missing. */
export function findFontsDir(): string {
  const dir = candidateDirs().find((d) => existsSync(join(d, fontFiles.regular)));
  if (!dir) {
    throw new Error(
      'The PDF fonts are missing (resources/fonts). Reinstall the app or set KAM_FONTS_DIR.',
    );
  }
  return dir;
}

let cached: Record<FontStyle, string> | null = null;

/**
 * The font files' paths, found once per process. pdfkit is given paths, not bytes: its
 * typings take a path for the default font, and it caches each font per document by path.
 */
export function fontPaths(): Record<FontStyle, string> {
  if (!cached) {
    const dir = findFontsDir();
    cached = {
      regular: join(dir, fontFiles.regular),
      bold: join(dir, fontFiles.bold),
      italic: join(dir, fontFiles.italic),
    };
  }
  return cached;
}
