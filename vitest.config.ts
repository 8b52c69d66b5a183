import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // tests/electron-unit: the desktop shell's modules with 'electron' mocked.
    include: [
      'tests/unit/**/*.test.ts',
      'tests/integration/**/*.test.ts',
      'tests/electron-unit/**/*.test.ts',
    ],
    environment: 'node',
    // The main-bundle tests run the built out/electron bundles: rebuilt before every run.
    globalSetup: ['tests/electron-unit/stand-in/build-bundles.ts'],
    testTimeout: 20_000,
    hookTimeout: 20_000,
  },
});
