import { build, defineConfig } from 'tsup';

export default defineConfig({
  entry: { index: 'src/index.ts', cli: 'src/cli/bin.ts', remark: 'src/remark.ts', worker: 'src/worker.ts' },
  format: ['esm'],
  target: 'node20',
  platform: 'node',
  dts: { entry: { index: 'src/index.ts', remark: 'src/remark.ts' } },
  sourcemap: true,
  clean: true,
  splitting: true,
  shims: false,
  // The GitHub Action runs dist/action.js without `npm install`: one file with
  // every dependency inside. Built after the main build, whose `clean` would
  // otherwise race with it.
  onSuccess: async () => {
    await build({
      config: false,
      entry: { action: 'src/action/main.ts' },
      format: ['esm'],
      target: 'node20',
      platform: 'node',
      outDir: 'dist',
      noExternal: [/./],
      splitting: false,
      sourcemap: false,
      clean: false,
      silent: true,
      // Bundled CommonJS dependencies may `require` Node built-ins.
      banner: { js: "import { createRequire as __policylintCreateRequire } from 'node:module'; const require = __policylintCreateRequire(import.meta.url);" },
    });
  },
});
