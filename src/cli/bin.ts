#!/usr/bin/env node
import module from 'node:module';

// Node >= 22.1 can keep the compiled code of dist/ on disk between runs (a
// faster start-up); Node 20 has no such API. Enabled before the CLI's modules
// load, hence the dynamic import.
(module as { enableCompileCache?: () => unknown }).enableCompileCache?.();

const { main } = await import('./cli.js');
await main();
