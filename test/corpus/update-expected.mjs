#!/usr/bin/env node
/**
 * Regenerates test/corpus/expected.json: lints the sampled corpus documents
 * with `policylint:recommended` minus `policy-linked-from-footer` (it needs a
 * site) and stores, per document, the detected language and the sorted
 * findings as "line:column ruleId/messageId".
 *
 *   npx tsup --silent --out-dir /tmp/policylint-build     # or: npm run build
 *   node test/corpus/update-expected.mjs --dist /tmp/policylint-build
 *   node test/corpus/update-expected.mjs                  # uses ./dist
 *   node test/corpus/update-expected.mjs --corpus ../shared/corpus --check
 *
 * `--check` writes nothing and exits 1 when expected.json would change.
 * Alternatively, `UPDATE_EXPECTED=1 npx vitest run test/corpus` re-records the
 * documents already in expected.json straight from the TypeScript sources.
 *
 * Never regenerate blindly: every stored finding was checked by reading the
 * document (docs/accuracy-core.md, "Corpus regression sample"), and some are
 * known to be wrong pending a fix. Review the diff of expected.json and update
 * that table in the same change.
 */
import fs from 'node:fs';
import path from 'node:path';
import { register } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '../..');
const EXPECTED = path.join(here, 'expected.json');

/**
 * The sample: varied sources, languages and kinds, the notable documents of
 * the corpus README, and the documents behind each cause in
 * docs/accuracy-core.md. Paths are relative to the corpus folder.
 */
export const SAMPLE = [
  // Notable documents named in ../shared/corpus/README.md
  'OpenTermsArchive__france-versions/Decathlon/General Conditions of Sale.md',
  'OpenTermsArchive__p2b-compliance-versions/OTOMOTO/Commercial Terms.md',
  'OpenTermsArchive__p2b-compliance-versions/Deliveroo/Complaints Policy.md',
  'OpenTermsArchive__p2b-compliance-versions/Google/Business Mediation Policy.md',
  'basecamp__policies/refund/index.md',
  'OpenTermsArchive__contrib-versions/Microsoft/Privacy Policy.md',
  'OpenTermsArchive__contrib-versions/TousAntiCovid/Privacy Policy.md',
  'letsencrypt__website/content/ja/privacy.md',
  'kyama0__gitlab-handbook-ja/content/handbook/support/internal-support/support-ticket-attention-requests.md',
  'EthicalSource__contributor_covenant/content/version/2/1/code_of_conduct.de.md',
  'mastodon__mastodon/config/templates/privacy-policy.md',
  'mastodon__mastodon/config/templates/terms-of-service.md',
  'github__site-policy/Policies/acceptable-use-policies/github-appeal-and-reinstatement.md',
  'sourcegraph__handbook/content/departments/technical-success/support/process/support-workflow.md',
  'mozilla__legal-docs/en/subscription_services_tos.md',
  'mozilla__legal-docs/de/firefox_privacy_notice.md',
  // Escalation lists (GitLab handbook ja/en, Sourcegraph)
  'kyama0__gitlab-handbook-ja/content/handbook/about/escalation.md',
  'kyama0__gitlab-handbook-ja/content/handbook/support/workflows/escalations-support_manager.md',
  'kyama0__gitlab-handbook-ja/content/handbook/support/workflows/emergency-to-escalation-process.md',
  'zalyoung__gitlab-handbook/content/handbook/support/workflows/emergency-to-escalation-process.md',
  'sourcegraph__handbook/content/departments/engineering/dev/process/escalation-engineer-rotation.md',
  // Complaints: passes and findings
  'kyama0__gitlab-handbook-ja/content/handbook/support/workflows/feedbacks_and_complaints.md',
  'zalyoung__gitlab-handbook/content/handbook/support/workflows/feedbacks_and_complaints.md',
  'OpenTermsArchive__pga-versions/Bluesky/Terms of Service.md',
  'OpenTermsArchive__pga-versions/Twitch/Community Guidelines.md',
  'OpenTermsArchive__p2b-compliance-versions/eBay/Imprint.md',
  'OpenTermsArchive__p2b-compliance-versions/Daft.ie/Terms of Service.md',
  'OpenTermsArchive__p2b-compliance-versions/Facebook/Platform to Business Notice.md',
  'mozilla__legal-docs/fr/content_moderation_practices.md',
  'mozilla__legal-docs/zh-CN/content_moderation_practices.md',
  'mozilla__legal-docs/ja/pocket_tos.md',
  // Privacy: passes and findings
  'OpenTermsArchive__contrib-versions/Honkai- Star Rail/Privacy Policy.md',
  'Automattic__legalmattic/Offer Letters/United Kingdom.md',
  'letsencrypt__website/content/en/law-enforcement.md',
  'basecamp__policies/privacy/regulations/ccpa/index.md',
  'OpenTermsArchive__pga-versions/WhatsApp/Trackers Policy.md',
  'OpenTermsArchive__france-versions/Bershka/Privacy Policy.md',
  'mozilla__legal-docs/pl/mozilla_privacy_policy.md',
  'letsencrypt__website/content/he/privacy.md',
  // Scripts and languages: Tamil, Thai, Arabic, Persian
  'letsencrypt__website/content/ta/contact.md',
  'letsencrypt__website/content/th/contact.md',
  'github__opensource.guide/_articles/ar/code-of-conduct.md',
  'github__opensource.guide/_articles/fa/code-of-conduct.md',
];

/** The options the regression test lints with (keep in step with corpus.test.ts). */
export const LINT_RULES = { 'policy-linked-from-footer': 'off' };

/** "line:column ruleId/messageId", ordered by position, then by id. */
export function findingKey(message) {
  return `${message.line}:${message.column} ${message.ruleId ?? '(fatal)'}/${message.messageId ?? (message.fatal ? 'fatal' : '?')}`;
}

export function sortFindings(keys) {
  const parse = (key) => {
    const m = /^(\d+):(\d+) (.*)$/.exec(key);
    return m === null ? [0, 0, key] : [Number(m[1]), Number(m[2]), m[3]];
  };
  return [...keys].sort((a, b) => {
    const [la, ca, ra] = parse(a);
    const [lb, cb, rb] = parse(b);
    return la - lb || ca - cb || (ra < rb ? -1 : ra > rb ? 1 : 0);
  });
}

async function main() {
  const { values } = parseArgs({
    options: {
      dist: { type: 'string', default: path.join(repo, 'dist') },
      corpus: { type: 'string', default: path.resolve(repo, '../shared/corpus') },
      check: { type: 'boolean', default: false },
    },
  });
  const corpus = path.resolve(values.corpus);
  if (!fs.existsSync(path.join(corpus, 'index.json'))) {
    console.error(`Corpus not found: ${corpus} has no index.json. Pass --corpus <folder>.`);
    process.exit(2);
  }
  const dist = path.resolve(values.dist);
  const entry = path.join(dist, 'index.js');
  if (!fs.existsSync(entry)) {
    console.error(`No build at ${entry}. Build first: npx tsup --silent --out-dir ${dist}`);
    process.exit(2);
  }
  // A build outside the repository (e.g. /tmp) cannot resolve the packages it
  // imports; resolve bare specifiers it cannot find from the repository instead.
  if (path.relative(repo, dist).startsWith('..')) {
    const hook = `
      export async function resolve(specifier, context, next) {
        try { return await next(specifier, context); }
        catch (error) {
          if (error?.code !== 'ERR_MODULE_NOT_FOUND' || /^[./]|^[a-z]+:/i.test(specifier)) throw error;
          return next(specifier, { ...context, parentURL: ${JSON.stringify(pathToFileURL(path.join(repo, 'package.json')).href)} });
        }
      }`;
    register(`data:text/javascript,${encodeURIComponent(hook)}`, import.meta.url);
  }
  const { lint } = await import(pathToFileURL(entry).href);

  const index = new Set(JSON.parse(fs.readFileSync(path.join(corpus, 'index.json'), 'utf8')).map((d) => d.path));
  const unknown = SAMPLE.filter((p) => !index.has(p));
  if (unknown.length > 0) {
    console.error(`Not in ${path.join(corpus, 'index.json')}:\n  ${unknown.join('\n  ')}`);
    process.exit(2);
  }

  const results = await lint(SAMPLE.map((p) => path.join(corpus, p)), { cwd: corpus, noConfig: true, gitignore: false, rules: LINT_RULES });
  const byPath = new Map(results.map((r) => [path.relative(corpus, r.filePath).split(path.sep).join('/'), r]));
  const expected = {};
  for (const p of SAMPLE) {
    const result = byPath.get(p);
    if (result === undefined) throw new Error(`No lint result for ${p}`);
    expected[p] = { language: result.language, findings: sortFindings(result.messages.map(findingKey)) };
  }
  const text = `${JSON.stringify(expected, null, 2)}\n`;
  const before = fs.existsSync(EXPECTED) ? fs.readFileSync(EXPECTED, 'utf8') : '';
  if (values.check) {
    console.log(before === text ? 'expected.json is up to date.' : 'expected.json would change.');
    process.exit(before === text ? 0 : 1);
  }
  fs.writeFileSync(EXPECTED, text);
  const findings = Object.values(expected).reduce((n, e) => n + e.findings.length, 0);
  console.log(`Wrote ${path.relative(process.cwd(), EXPECTED)}: ${SAMPLE.length} documents, ${findings} findings${before === text ? ' (unchanged)' : ''}.`);
}

if (process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await main();
}
