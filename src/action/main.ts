/**
 * Entry of the GitHub Action (`action.yml` runs `dist/action.js`, this file
 * bundled with every dependency by tsup, so the runner needs no `npm install`).
 */
import { runAction } from './action.js';

process.exitCode = await runAction(process.env, {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
});
