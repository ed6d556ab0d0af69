/**
 * What kind of document this is (a privacy notice, a complaints procedure,
 * terms of sale): its title, its frontmatter `type`, or its file name names it.
 */
import path from 'node:path';
import type { RuleContext } from '../types.js';

/** Frontmatter keys that may name the kind of document. */
const KIND_KEYS = ['type', 'kind', 'category', 'policy_type'];

/** `privacy-policy.ta.md` -> "privacy policy". */
export function fileNameWords(filePath: string): string {
  return path
    .basename(filePath)
    .replace(/(\.[a-z]{2}(-[a-z]{2})?)?\.(md|markdown)$/i, '')
    .replace(/[-_.]+/g, ' ');
}

/** Whether the document's title, frontmatter type or file name names one of the concepts. */
export function documentIsA(context: RuleContext<object>, concepts: readonly string[]): boolean {
  const { document, text } = context;
  const names = [fileNameWords(document.filePath)];
  if (document.title !== null) names.push(document.title.text);
  const data = document.frontmatter?.data ?? {};
  for (const key of KIND_KEYS) if (typeof data[key] === 'string') names.push(data[key]);
  return names.some((name) => concepts.some((concept) => text.matches(concept, name)));
}
