import { defineConfig } from 'vitest/config';

// geo's tests need geo/node_modules, so they run apart from the app's: `npm run test:geo`.
export default defineConfig({ root: import.meta.dirname, test: { include: ['*.test.ts'] } });
