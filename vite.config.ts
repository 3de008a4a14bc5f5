/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { fileURLToPath } from 'node:url';
import { catalogPlugin } from './src/tools/catalog-plugin';

const root = fileURLToPath(new URL('.', import.meta.url));
const testing = !!process.env.VITEST;

export default defineConfig({
  plugins: [
    svelte({
      dynamicCompileOptions: ({ filename }) => (filename.includes('/node_modules/') ? undefined : { runes: true }),
    }),
    catalogPlugin(root),
  ],
  build: { target: 'es2022', sourcemap: false },
  preview: { port: 4173, strictPort: true },
  server: { port: 5173 },
  resolve: testing ? { conditions: ['browser'] } : undefined,
  test: {
    environment: 'jsdom',
    include: ['tests/unit/**/*.test.ts'],
    setupFiles: ['tests/unit/setup.ts'],
  },
});
