/**
 * `--shard <i>/<n>`: which files a shard lints. A file belongs to shard
 * `hash(path relative to cwd) mod n`, so the split is the same on every
 * machine and adding or removing a file moves no other file.
 */
import path from 'node:path';
import { UsageError } from './errors.js';
import { nodeCrypto } from './node-builtins.js';

export interface Shard {
  /** 1-based. */
  index: number;
  count: number;
}

/** Parse `i/n` (1 ≤ i ≤ n). */
export function parseShard(value: string): Shard {
  const match = /^(\d+)\/(\d+)$/.exec(value.trim());
  const index = match === null ? NaN : Number(match[1]);
  const count = match === null ? NaN : Number(match[2]);
  if (!(count >= 1 && index >= 1 && index <= count)) throw new UsageError(`--shard takes <i>/<n> with 1 ≤ i ≤ n, e.g. --shard 2/4, not "${value}".`);
  return { index, count };
}

/** The shard (1-based) of a file out of `count`: stable hash of its path relative to `cwd`, with `/` separators. */
export function shardOf(filePath: string, cwd: string, count: number): number {
  const relative = path.relative(cwd, filePath).split(path.sep).join('/');
  const digest = nodeCrypto().createHash('sha256').update(relative).digest();
  return (digest.readUInt32BE(0) % count) + 1;
}

export function inShard(filePath: string, cwd: string, shard: Shard): boolean {
  return shard.count === 1 || shardOf(filePath, cwd, shard.count) === shard.index;
}
