/**
 * Configs for every file of a run: the cascade of config files from each
 * file's folder upward, the `overrides` that match the file, and what is
 * ignored. Config files are read once; resolved configs are shared by every
 * file with the same cascade and matching overrides.
 */
import fs from 'node:fs';
import path from 'node:path';
import ignore, { type Ignore } from 'ignore';
import type { ConfigInput, ResolvedConfig } from '../types.js';
import { buildConfig, configLinks, overrideMatches, readValidConfig, type ConfigLink, type LoadConfigOptions } from './load-config.js';

export const IGNORE_FILE = '.policylintignore';

export class ConfigResolver {
  private readonly inputs = new Map<string, Promise<ConfigInput>>();
  private readonly chains = new Map<string, Promise<ConfigLink[]>>();
  private readonly built = new Map<string, Promise<ResolvedConfig>>();
  private readonly cwd: string;
  private runConfig: ResolvedConfig | undefined;

  private constructor(
    private readonly options: LoadConfigOptions,
    private readonly ignoreFile: Ignore | null,
  ) {
    this.cwd = path.resolve(options.cwd ?? process.cwd());
  }

  /** The config of the run (the working directory's cascade): run rules and their settings use it. */
  get run(): ResolvedConfig {
    return this.runConfig!;
  }

  /** @throws {ConfigError} for the run's own config, before any file is read */
  static async create(options: LoadConfigOptions): Promise<ConfigResolver> {
    const cwd = path.resolve(options.cwd ?? process.cwd());
    const ignorePath = path.join(cwd, IGNORE_FILE);
    const ignoreFile = fs.existsSync(ignorePath) ? ignore().add(fs.readFileSync(ignorePath, 'utf8')) : null;
    const resolver = new ConfigResolver(options, ignoreFile);
    resolver.runConfig = await resolver.build(await resolver.linksFor(cwd), null);
    return resolver;
  }

  private read = (file: string): Promise<ConfigInput> => {
    let input = this.inputs.get(file);
    if (input === undefined) {
      input = readValidConfig(file);
      this.inputs.set(file, input);
    }
    return input;
  };

  private linksFor(dir: string): Promise<ConfigLink[]> {
    let chain = this.chains.get(dir);
    if (chain === undefined) {
      chain = configLinks({ ...this.options, filePath: path.join(dir, '_') }, this.cwd, this.read);
      this.chains.set(dir, chain);
    }
    return chain;
  }

  private build(links: ConfigLink[], file: string | null): Promise<ResolvedConfig> {
    return buildConfig(links, this.cwd, this.options.ruleOverrides, file);
  }

  /** The config of one file. @throws {ConfigError} for a config file under the run's folder */
  async forFile(file: string): Promise<ResolvedConfig> {
    const links = await this.linksFor(path.dirname(file));
    // Files with the same cascade and the same matching overrides share one config.
    const matching = links.flatMap((link, i) =>
      (link.input.overrides ?? []).flatMap((override, k) => (overrideMatches(override, file, link.filePath === null ? this.cwd : path.dirname(link.filePath)) ? [`${i}.${k}`] : [])),
    );
    const key = `${links.map((link) => link.filePath ?? '-').join('|')}#${matching.join(',')}`;
    let config = this.built.get(key);
    if (config === undefined) {
      config = this.build(links, file);
      this.built.set(key, config);
    }
    return config;
  }

  /** Whether `.policylintignore` or an `ignores` list of a config on the file's cascade leaves it out. */
  async isIgnored(file: string): Promise<boolean> {
    const relativeTo = (base: string) => path.relative(base, file).split(path.sep).join('/');
    const inside = (relative: string) => relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
    const fromCwd = relativeTo(this.cwd);
    if (this.ignoreFile !== null && inside(fromCwd) && this.ignoreFile.ignores(fromCwd)) return true;
    for (const link of await this.linksFor(path.dirname(file))) {
      if (link.input.ignores === undefined || link.input.ignores.length === 0) continue;
      const relative = relativeTo(link.filePath === null ? this.cwd : path.dirname(link.filePath));
      if (inside(relative) && ignore().add(link.input.ignores).ignores(relative)) return true;
    }
    return false;
  }
}
