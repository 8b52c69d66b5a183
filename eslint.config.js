import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const nodeBuiltins = [
  'fs',
  'path',
  'os',
  'crypto',
  'child_process',
  'url',
  'util',
  'http',
  'stream',
  'events',
];

/**
 * What a folder may not import, with the reason shown to whoever tries: exact module names,
 * plus globs for `node:*` and the other layers' folders.
 */
function restrict(modules, message) {
  const globs = modules.filter((m) => m.includes('*'));
  const names = modules.filter((m) => !m.includes('*'));
  return {
    'no-restricted-imports': [
      'error',
      { paths: names.map((name) => ({ name, message })), patterns: [{ group: globs, message }] },
    ],
  };
}

const secureContextMessage =
  'Needs a secure context: learners open the room page over plain HTTP, where this is undefined.';

/** A server layer's files may not import the layers above it (nor Electron or the renderer). */
function serverLayer(layer, above) {
  return [
    {
      files: [`server/${layer}/**/*.ts`],
      rules: restrict(
        [
          'electron',
          '**/electron/**',
          '**/renderer/**',
          ...above.map((name) => `**/${name}/**`),
          // shared/api is the contract every layer uses, not the server's api layer.
          '!**/shared/**',
        ],
        `server/${layer} sits below ${above.join(', ')}: layers import only downwards.`,
      ),
    },
  ];
}

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'out/',
      'dist/',
      'test-results/',
      'playwright-report/',
      'bench/results.json',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': 'off',
      eqeqeq: ['error', 'always'],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: restrict(
      [
        'electron',
        'react',
        'react-dom',
        'better-sqlite3',
        'fastify',
        'node:*',
        ...nodeBuiltins,
        '**/electron/**',
        '**/renderer/**',
        '**/server/**',
      ],
      'shared/ is pure TypeScript used by every process: no Electron, Node, DOM or app-layer imports.',
    ),
  },
  {
    files: ['renderer/**/*.ts', 'renderer/**/*.tsx'],
    languageOptions: { globals: globals.browser },
    rules: restrict(
      [
        'electron',
        'better-sqlite3',
        'fastify',
        'node:*',
        ...nodeBuiltins,
        '**/electron/**',
        '**/server/**',
      ],
      'The renderer runs in a sandboxed page: it talks to the app only through the api client.',
    ),
  },
  {
    // The learner page reaches phones over plain HTTP on the room's network, which is not a
    // secure context, and it is built from the same components as the app: so no renderer code
    // may use an API that browsers offer only in secure contexts. It would be undefined there.
    files: ['renderer/**/*.ts', 'renderer/**/*.tsx'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          // Web Crypto's digest/sign/encrypt and random UUIDs (getRandomValues is fine).
          selector: 'MemberExpression[property.name=/^(subtle|randomUUID)$/]',
          message: secureContextMessage,
        },
        {
          // Clipboard, service workers, sharing, credentials and passkeys, camera and
          // microphone, location, storage estimates and persistence, Web Locks, wake lock,
          // USB, Bluetooth, HID, serial and MIDI: each is missing outside a secure context.
          selector:
            "MemberExpression[object.name='navigator'][property.name=/^(clipboard|serviceWorker|share|canShare|credentials|mediaDevices|geolocation|storage|locks|wakeLock|usb|bluetooth|hid|serial|requestMIDIAccess|getInstalledRelatedApps)$/]",
          message: secureContextMessage,
        },
      ],
      'no-restricted-globals': [
        'error',
        ...['caches', 'cookieStore', 'Notification', 'PaymentRequest', 'PublicKeyCredential'].map(
          (name) => ({ name, message: secureContextMessage }),
        ),
      ],
    },
  },
  {
    files: ['server/**/*.ts'],
    languageOptions: { globals: globals.node },
    rules: restrict(
      ['electron', '**/electron/**', '**/renderer/**'],
      'server/ runs in plain Node (tests, browser host): it must not load Electron or the renderer.',
    ),
  },
  // The server's layers point down only: errors, store, services, api, host.
  ...serverLayer('errors', ['store', 'services', 'api', 'host']),
  ...serverLayer('store', ['services', 'api', 'host']),
  ...serverLayer('services', ['api', 'host']),
  ...serverLayer('api', ['host']),
  {
    files: [
      'electron/**/*.ts',
      'scripts/**/*.mjs',
      'bench/**/*.ts',
      'tests/**/*.ts',
      '*.config.ts',
      '*.config.js',
    ],
    languageOptions: { globals: globals.node },
  },
  {
    // Playwright reads fixture parameters from an object pattern, even an empty one.
    files: ['tests/e2e/**/*.ts', 'tests/electron/**/*.ts'],
    rules: { 'no-empty-pattern': 'off' },
  },
  {
    files: ['electron/**/*.ts'],
    rules: restrict(
      ['**/renderer/**'],
      'The desktop shell loads the renderer as a page, never as code.',
    ),
  },
);
