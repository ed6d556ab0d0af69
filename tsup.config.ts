import fs from 'node:fs';
import { build, defineConfig } from 'tsup';
import type { Plugin } from 'esbuild';
import { CONFIG_SCHEMA } from './src/config/config-schema.js';
import { generateValidators } from './src/generated/generate-validators.mjs';

// The config file's validator, compiled ahead of time (src/generated/config-validator.js).
generateValidators(CONFIG_SCHEMA);

/**
 * fdir (under tinyglobby) tries `require('picomatch')` when it loads, for its
 * own `glob()` builder, which tinyglobby never calls: that loaded a second
 * picomatch from node_modules on every run (~5 ms of start-up). The bundled
 * copy of fdir skips it; if fdir's code changes, the text is not found and
 * nothing is changed.
 */
const fdirWithoutOptionalPicomatch: Plugin = {
  name: 'fdir-without-optional-picomatch',
  setup(build) {
    build.onLoad({ filter: /[\\/]fdir[\\/]dist[\\/]index\.mjs$/ }, async (args) => {
      const text = await fs.promises.readFile(args.path, 'utf8');
      return { contents: text.replace(/\t__require\.resolve\("picomatch"\);\n\tpm = __require\("picomatch"\);/, '\t// picomatch: not loaded (see tsup.config.ts)'), loader: 'js' };
    });
  },
};

// `options` holds the command-line flags: `--out-dir` must also move dist/action.js.
export default defineConfig((options) => ({
  entry: { index: 'src/index.ts', cli: 'src/cli/bin.ts', remark: 'src/remark.ts', worker: 'src/worker.ts' },
  format: ['esm'],
  target: 'node20',
  platform: 'node',
  dts: { entry: { index: 'src/index.ts', remark: 'src/remark.ts' } },
  sourcemap: true,
  clean: true,
  splitting: true,
  shims: false,
  // Dependencies are bundled into dist/ (issue #7: start-up): resolving and
  // loading the ~120 small files of micromark, unified, vfile, yaml and the rest
  // one by one was about 100 ms of a one-file run. ajv itself stays external:
  // it loads only when there is something to validate, and `ajvModules()` may
  // also `require` it, which must find the same copy (its small runtime helpers,
  // which the precompiled config validator imports, are bundled).
  noExternal: [/^(?!(?:ajv|ajv\/dist\/20(?:19|20)\.js|ajv-formats)$)/],
  esbuildPlugins: [fdirWithoutOptionalPicomatch],
  // Bundled CommonJS dependencies (yaml, ignore, picomatch) may `require` Node built-ins.
  banner: { js: "import { createRequire as __policylintCreateRequire } from 'node:module'; const require = __policylintCreateRequire(import.meta.url);" },
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
      outDir: options.outDir ?? 'dist',
      noExternal: [/./],
      splitting: false,
      sourcemap: false,
      clean: false,
      silent: true,
      // Bundled CommonJS dependencies may `require` Node built-ins.
      banner: { js: "import { createRequire as __policylintCreateRequire } from 'node:module'; const require = __policylintCreateRequire(import.meta.url);" },
    });
  },
}));
