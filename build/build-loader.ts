/**
 * Builds the host pages' loader (src/loader/) into dist/: `embed.js`, a classic script that sets up every
 * `[data-kurils-embed]` element, and `embed.mjs`, the same as an ES module exporting `mount` and `mountAll`.
 * Fails if either passes 1.5 KB gzipped, the budget docs/embedding.md promises. Run by `npm run build`, after Vite's build.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

const BUDGET = 1536;
const outputs = [
  { entry: 'src/loader/auto.ts', file: 'embed.js', format: 'iife' as const },
  { entry: 'src/loader/loader.ts', file: 'embed.mjs', format: 'es' as const },
];

for (const { entry, file, format } of outputs) {
  await build({
    configFile: false,
    logLevel: 'warn',
    build: {
      outDir: 'dist',
      emptyOutDir: false,
      copyPublicDir: false,
      target: 'es2020',
      minify: true,
      lib: { entry, formats: [format], name: 'kurilsEmbed', fileName: () => file },
    },
  });
  const size = gzipSync(readFileSync(`dist/${file}`), { level: 9 }).length;
  console.log(`dist/${file}: ${size} bytes gzipped (budget ${BUDGET})`);
  if (size > BUDGET) throw new Error(`dist/${file} is ${size} bytes gzipped, over the loader's budget of ${BUDGET}`);
}
