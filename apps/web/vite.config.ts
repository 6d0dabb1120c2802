import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { precompress } from './precompress';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const FRAMEWORK =
  /node_modules[\\/](react|react-dom|scheduler|react-router|@tanstack[\\/](react-query|query-core)|i18next|react-i18next|@mantine[\\/](core|hooks|notifications|store)|@floating-ui[\\/][^\\/]+|react-remove-scroll|react-remove-scroll-bar|react-style-singleton|use-callback-ref|use-sidecar|tslib|get-nonce|clsx|react-transition-group|react-number-format|react-textarea-autosize|void-elements|html-parse-stringify|cookie|set-cookie-parser)[\\/]/;
/** One language's catalogs (libs/i18n/src/locales/<lang>/*.json) and country names: one chunk per language. */
const LANGUAGE_FILE = /[\\/](?:libs[\\/]i18n[\\/]src[\\/]locales[\\/](\w+)[\\/][^\\/]+|i18n-iso-countries[\\/]langs[\\/](\w+))\.json$/;
const apiTarget = process.env.POLYPHONY_API_URL ?? 'http://127.0.0.1:3000';

export default defineConfig({
  root: here('.'),
  plugins: [react(), precompress()],
  resolve: {
    alias: {
      // Before the package itself (the first match wins): zod-free, for the entry.
      '@polyphony/contracts/language-tags': here('../../libs/contracts/src/common/language-tags.ts'),
      '@polyphony/contracts': here('../../libs/contracts/src/index.ts'),
      '@polyphony/i18n': here('../../libs/i18n/src/index.ts'),
    },
  },
  build: {
    outDir: here('dist'),
    emptyOutDir: true,
    sourcemap: true,
    chunkSizeWarningLimit: 700,
    rolldownOptions: {
      output: {
        // React, the router, queries, i18next and Mantine's core in one long-cached chunk (one request
        // instead of dozens of tiny ones on a first visit); heavy libraries of a few pages (charts,
        // map, live rooms, diffs) stay in those pages' chunks. Each language's catalogs in one chunk,
        // loaded only for a reader of that language.
        codeSplitting: {
          groups: [
            { name: 'framework', test: FRAMEWORK },
            {
              name: (id: string) => {
                const match = LANGUAGE_FILE.exec(id);
                return match ? `locale-${match[1] ?? match[2]}` : null;
              },
              test: LANGUAGE_FILE,
            },
          ],
        },
      },
    },
  },
  server: {
    port: 4200,
    proxy: {
      '/api': { target: apiTarget, changeOrigin: true, ws: true },
    },
  },
  preview: { port: 4300 },
});
