import { defineConfig, mergeConfig } from 'vitest/config';
import viteConfig from './vite.config';

// The web app's unit tests (pure helpers, hooks, the rooms client) on the app's own Vite config
// (aliases, import.meta.glob), in a simulated browser (happy-dom: DOM, localStorage, navigator).
// `npm test` runs them before Jest; alone: `npx vitest run --config apps/web/vitest.config.ts`.
export default mergeConfig(
  viteConfig,
  defineConfig({
    test: {
      include: ['src/**/__tests__/*.spec.{ts,tsx}'],
      environment: 'happy-dom',
      environmentOptions: { happyDOM: { url: 'http://127.0.0.1/' } },
      testTimeout: 20_000,
    },
  }),
);
