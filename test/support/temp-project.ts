/** Throw-away project folders for tests: each call writes the given files into a new folder. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';

export function tempProjects(prefix: string): (files?: Record<string, string>) => string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), `policylint-${prefix}-`));
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));
  let counter = 0;
  return (files) => {
    const dir = path.join(root, `p${counter++}`);
    for (const [name, content] of Object.entries(files ?? {})) {
      fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
      fs.writeFileSync(path.join(dir, name), content);
    }
    fs.mkdirSync(dir, { recursive: true });
    return dir;
  };
}
