import { resolve } from 'node:path';
import { defineConfig } from 'wxt';
import { WEIGHT_FILE_PATHS } from './lib/tone/model/tone-weight-files.browser';
import { buildHardening } from './scripts/build-hardening';

const EXTENSION_PAGES_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

// The manifest asks for the least that the features need; tests/e2e/manifest.test.ts holds it to that.
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  // A separate output folder lets two builds (e.g. two engineers' e2e runs) coexist.
  outDir: process.env.WXT_OUT_DIR ?? '.output',
  imports: false,
  // Rapport's own content-script context instead of WXT's, whose start-up event any page could forge to switch
  // Rapport off, and whose postMessage told every page that Rapport runs (lib/browser/content-script-context.ts).
  vite: () => ({
    plugins: [buildHardening()],
    resolve: {
      alias: [
        {
          find: /^wxt\/utils\/content-script-context$/,
          replacement: resolve(import.meta.dirname, 'lib/browser/content-script-context.ts'),
        },
        // The tone weights are files the extension fetches, not part of any script (issue 13: the background, the
        // import worker and every page carried them). An alias, not a plugin: it reaches the worker's build too.
        {
          find: /^\.\/tone-weight-files$/,
          replacement: resolve(import.meta.dirname, 'lib/tone/model/tone-weight-files.browser.ts'),
        },
      ],
    },
  }),
  hooks: {
    'build:publicAssets': (_, files) => {
      for (const [name, relativeDest] of Object.entries(WEIGHT_FILE_PATHS)) {
        files.push({
          absoluteSrc: resolve(import.meta.dirname, `lib/tone/${name}-weights.json`),
          relativeDest,
        });
      }
    },
  },
  manifest: ({ browser }) => ({
    name: 'Rapport',
    description:
      'Remember people, keep the give/ask balance, check your tone and follow up on time. Local-first: nothing leaves your device.',
    permissions: browser === 'firefox' ? ['storage', 'alarms'] : ['storage', 'alarms', 'sidePanel'],
    host_permissions: ['https://www.linkedin.com/*'],
    // Asked for only when the user switches desktop notifications on in the options page.
    optional_permissions: ['notifications'],
    // Extension pages load nothing but their own files: no image, style, font, frame or fetch from anywhere else.
    content_security_policy: { extension_pages: EXTENSION_PAGES_CSP },
    action: { default_title: 'Rapport' },
    browser_specific_settings: {
      gecko: {
        id: 'rapport@rapport.local',
        // 140: the CSS Custom Highlight API the inline hints draw with, and data_collection_permissions.
        strict_min_version: '140.0',
        // Firefox's built-in consent: Rapport collects and transmits nothing.
        data_collection_permissions: { required: ['none'] },
      },
      gecko_android: { strict_min_version: '142.0' },
    },
  }),
  // Firefox's reviewers get what builds the extension (and the script that trains the tone model), not the tests.
  zip: {
    excludeSources: [
      '.output*/**',
      '.wxt/**',
      '.ci/**',
      'tests/**',
      'test-results/**',
      'docs/**',
      '**/*.log',
    ],
  },
});
