import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// In development the dashboard proxies the API to a running server (`./eventagents up`, port 5080 by default).
const api = process.env.EVENTAGENTS_API ?? 'http://127.0.0.1:5080';

export default defineConfig({
  plugins: [react()],
  server: {
    proxy: {
      '/graphql': { target: api, ws: true, changeOrigin: true },
      '/health': { target: api },
    },
  },
  build: { outDir: 'dist', chunkSizeWarningLimit: 1024 },
  test: {
    environment: 'jsdom',
    globals: true,
    setupFiles: ['./src/test/setup.ts'],
    testTimeout: 30_000,
    include: ['src/**/*.test.{ts,tsx}'],
    // One graphql module for the tests and the execute exchange (graphql-js refuses a schema from another copy).
    server: { deps: { inline: ['@urql/exchange-execute'] } },
  },
});
