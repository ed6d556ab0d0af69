/**
 * `policylint init [--yes]`: writes a commented `policylint.config.yaml` in
 * the working folder with the recommended preset, the languages found in its
 * Markdown documents and the site footer found in the usual places. Asks
 * nothing unless both stdin and stdout are terminals (and not with --yes).
 * Never overwrites: when a config file already exists in the folder it says
 * which and exits with 2, as for any usage error, writing nothing.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { nodeReadline } from '../node-builtins.js';
import { UsageError } from '../errors.js';
import { CONFIG_FILE_NAMES, DEFAULT_EXTENDS, findConfigFile } from '../config/load-config.js';
import { discoverFiles } from '../discover.js';
import { readDocumentFile } from '../read-file.js';
import { buildDocument } from '../model/build-document.js';
import { findDefaultFooters } from '../site/footer-links.js';

/** The file `init` writes. */
export const INIT_FILE_NAME = 'policylint.config.yaml';

/** At most this many documents are read to tell the project's languages. */
export const MAX_SURVEYED_FILES = 300;

export const INIT_HELP = `Usage: policylint init [--yes]

Writes a commented ${INIT_FILE_NAME} in the current folder: the recommended
preset, the languages of the Markdown documents found here, and the site footer
partial if one is in a usual place (_includes/footer.html, layouts/partials/...).
Never overwrites an existing config file (exit code 2).

Options:
  -y, --yes    Ask nothing; use what was detected (also when not in a terminal)
  -h, --help   Print this help
`;

/** Asks one question and returns the answer (trimmed; empty for the default). */
export type Ask = (question: string) => Promise<string>;

export interface InitIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
  /** Whether stdout is a terminal. */
  isTTY: boolean;
}

export interface InitOptions {
  /** Whether to ask questions; default: stdin and stdout are both terminals. */
  interactive?: boolean;
  /** How to ask (default: readline on the process's stdin and stdout). */
  ask?: Ask;
}

export interface LanguageSurvey {
  /** Documents by detected language tag, most first. */
  counts: Array<[tag: string, count: number]>;
  /** Documents whose language could not be told (neither frontmatter, path nor text). */
  unknown: number;
  /** Markdown documents found (some may not have been read, see `read`). */
  found: number;
  read: number;
}

/** The languages of the Markdown documents under `cwd`, with the project's own detection. */
export async function surveyLanguages(cwd: string): Promise<LanguageSurvey> {
  let files: string[] = [];
  try {
    files = await discoverFiles([], { cwd });
  } catch {
    // An unreadable folder: no documents to go by.
  }
  const counts = new Map<string, number>();
  let unknown = 0;
  const surveyed = files.slice(0, MAX_SURVEYED_FILES);
  for (const filePath of surveyed) {
    try {
      const decoded = await readDocumentFile(filePath);
      const { document } = buildDocument(decoded.text, { filePath, root: cwd, language: 'auto' });
      if (document.language.source === 'default') unknown++;
      else counts.set(document.language.tag, (counts.get(document.language.tag) ?? 0) + 1);
    } catch {
      // Binary files, invalid UTF-8, broken frontmatter: the lint run will say so.
    }
  }
  return { counts: [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])), unknown, found: files.length, read: surveyed.length };
}

/** A YAML scalar: plain when safe, else double-quoted (JSON strings are YAML). */
function yamlString(value: string): string {
  return /^[A-Za-z0-9_./][A-Za-z0-9_./-]*$/.test(value) ? value : JSON.stringify(value);
}

function toPosix(p: string): string {
  return p.split(path.sep).join('/');
}

export interface InitChoices {
  survey: LanguageSurvey;
  /** Footer partials, relative to the config's folder; the first is used. */
  footers: string[];
  /** Whether to turn on the frontmatter-schema rule with the default schema. */
  frontmatter: boolean;
}

/** The config's `language`: the one language every document was found in, else `auto`. */
export function chosenLanguage(survey: LanguageSurvey): string {
  return survey.counts.length === 1 ? survey.counts[0]![0] : 'auto';
}

/** The text of the config file: YAML with a comment on every key. */
export function renderConfig(choices: InitChoices): string {
  const { survey, footers } = choices;
  const out: string[] = [];
  const line = (text = '') => out.push(text);

  line('# policylint configuration, written by `policylint init`.');
  line('# Every key is explained below; see https://github.com/policylint/policylint#configuration');
  line();
  line('# Rule presets: policylint:recommended (the core policy rules, all errors) or');
  line('# policylint:all (every built-in rule). Or a relative path to another config file.');
  line('extends:');
  line(`  - ${yamlString(DEFAULT_EXTENDS)}`);
  line();
  line('# The language of documents whose language cannot be told from their frontmatter');
  line('# (lang:), their path (privacy.ta.md, /ta/) or their script and words: "auto"');
  line('# (English) or a BCP-47 tag.');
  if (survey.found === 0) {
    line('# No Markdown documents were found here when this file was written.');
  } else {
    const found = survey.counts.map(([tag, count]) => `${tag} (${count})`).join(', ');
    line(`# languages found: ${found === '' ? 'none that could be told' : found}${survey.unknown > 0 ? `; not told: ${survey.unknown}` : ''}`);
    if (survey.read < survey.found) line(`# (from the first ${survey.read} of ${survey.found} Markdown files)`);
  }
  line(`language: ${yamlString(chosenLanguage(survey))}`);
  line();
  line('# Rules: "error", "warn", "off", or [severity, {options}]. A bare severity keeps');
  line("# the preset's options. Each rule's page lists its options: rules/<rule-id>.md");
  line('# rules:');
  line('#   escalation-list-ordered: warn');
  line('#   complaint-process-defined: [error, { minSteps: 3 }]');
  line();
  line('# Site settings; paths are relative to this file.');
  if (footers.length > 0) {
    line('settings:');
    line('  # Footer partials, built pages or nav data files that must link every policy');
    line('  # (the policy-linked-from-footer rule).');
    line('  footer:');
    line(`    - ${yamlString(footers[0]!)}`);
    for (const other of footers.slice(1)) line(`    # - ${yamlString(other)}`);
    line("  # Your site's public URL, stripped from footer links before they are matched.");
    line('  # baseUrl: https://example.com');
  } else {
    line('# No footer partial was found in the usual places (_includes/footer.html,');
    line('# layouts/partials/footer.html, _data/footer.yml, ...). Name yours so that the');
    line('# policy-linked-from-footer rule can check that every policy is linked from it:');
    line('# settings:');
    line('#   footer:');
    line('#     - _includes/footer.html');
    line('#   baseUrl: https://example.com');
  }
  line();
  line("# Check each document's frontmatter against a JSON Schema (the frontmatter-schema");
  line("# rule). Without schema: policylint's default schema: title, owner and");
  line('# effective_date required; lang, last_reviewed, version and applies_to checked.');
  if (choices.frontmatter) {
    line('frontmatter:');
    line('  files: ["**/*.md"]                # which documents (.gitignore syntax)');
    line('  # schema: ./policy.schema.json    # your own JSON Schema, relative to this file');
  } else {
    line('# frontmatter:');
    line('#   schema: ./policy.schema.json');
    line('#   files: ["policies/**/*.md", "!policies/drafts/**"]');
  }
  return `${out.join('\n')}\n`;
}

function readlineAsk(): { ask: Ask; close: () => void } {
  const rl = nodeReadline().createInterface({ input: process.stdin, output: process.stdout });
  return { ask: async (question) => (await rl.question(question)).trim(), close: () => rl.close() };
}

function existingConfig(cwd: string): string | undefined {
  return CONFIG_FILE_NAMES.find((name) => {
    try {
      return fs.statSync(path.join(cwd, name)).isFile();
    } catch {
      return false;
    }
  });
}

function refuse(name: string): UsageError {
  return new UsageError(`${name} already exists in this folder; policylint init never overwrites a config. Edit it, or remove it and run policylint init again.`);
}

/**
 * Run `policylint init`.
 * @returns the exit code: 0 written
 * @throws {UsageError} (exit 2) for unknown options or an existing config file
 */
export async function runInit(argv: readonly string[], io: InitIo, options: InitOptions = {}): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      allowPositionals: false,
      strict: true,
      options: { yes: { type: 'boolean', short: 'y', default: false }, help: { type: 'boolean', short: 'h', default: false } },
    }));
  } catch (cause) {
    throw new UsageError(`${(cause as Error).message.split('\n')[0]}. Run policylint init --help for the options.`);
  }
  if (values.help === true) {
    io.stdout(INIT_HELP);
    return 0;
  }
  const cwd = path.resolve(io.cwd);
  const existing = existingConfig(cwd);
  if (existing !== undefined) throw refuse(existing);

  const survey = await surveyLanguages(cwd);
  const footers = findDefaultFooters(cwd).map((file) => toPosix(path.relative(cwd, file)));
  const choices: InitChoices = { survey, footers, frontmatter: false };

  const interactive = values.yes !== true && (options.interactive ?? (io.isTTY && process.stdin.isTTY === true));
  if (interactive) {
    const asker = options.ask === undefined ? readlineAsk() : { ask: options.ask, close: () => undefined };
    try {
      const suggested = footers[0];
      const footer = await asker.ask(
        suggested === undefined ? 'Site footer partial that links your policies (empty: none): ' : `Site footer partial that links your policies [${suggested}]: `,
      );
      if (footer !== '') choices.footers = [toPosix(footer), ...footers.filter((f) => f !== toPosix(footer))];
      const frontmatter = await asker.ask("Check each document's frontmatter (title, owner, dates) with the default schema? [y/N] ");
      choices.frontmatter = /^y(es)?$/i.test(frontmatter);
    } finally {
      asker.close();
    }
  }

  const target = path.join(cwd, INIT_FILE_NAME);
  try {
    // `wx`: fail rather than replace a file that appeared meanwhile.
    fs.writeFileSync(target, renderConfig(choices), { flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw refuse(INIT_FILE_NAME);
    throw error;
  }

  const languages = survey.counts.map(([tag, count]) => `${tag} (${count})`).join(', ');
  io.stdout(
    [
      `Wrote ${INIT_FILE_NAME}:`,
      `  extends   ${DEFAULT_EXTENDS}`,
      `  language  ${chosenLanguage(survey)}${languages === '' ? '' : ` (languages found: ${languages})`}`,
      `  footer    ${choices.footers[0] ?? 'none found (see the comment in the file)'}`,
      ...(choices.frontmatter ? ['  frontmatter  checked with the default schema'] : []),
      '',
    ].join('\n'),
  );
  const parent = findConfigFile(path.dirname(cwd));
  if (parent !== null) io.stdout(`Note: there is another config file further up: ${parent}.\n`);
  io.stdout('Next: run `npx policylint` to lint, and edit the file to change rules and settings.\n');
  return 0;
}
