// Bundles the workbench with esbuild into one folder of static files: node build.mjs OUTDIR
import * as esbuild from 'esbuild';
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const out = resolve(process.argv[2] ?? join(here, 'dist'));
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

await esbuild.build({
  absWorkingDir: here,
  entryPoints: { app: 'src/main.js', style: 'src/style.css' },
  bundle: true,
  minify: true,
  sourcemap: false,
  format: 'iife',
  target: ['es2020'],
  outdir: out,
  loader: { '.png': 'dataurl', '.svg': 'dataurl' },
  logLevel: 'warning',
  legalComments: 'linked',
});
copyFileSync(join(here, 'src/index.html'), join(out, 'index.html'));
// Country shapes are fetched at run time, so the first paint does not wait for them to parse inside the bundle.
copyFileSync(join(here, 'node_modules/world-atlas/countries-110m.json'), join(out, 'countries-110m.json'));
console.log(`dateline-web: bundled into ${out}`);
