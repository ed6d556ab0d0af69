/** Small helpers shared by rules (built-in and plugin rules alike). */
import type { Range } from './types.js';
import type { SourceSpan } from './text/text-layer.js';
import type { PolicyDocument, Section } from './model/document-types.js';

export const DOCS_BASE = 'https://github.com/policylint/policylint/blob/main/rules/';

/** The documentation URL of a built-in rule. */
export function docsUrl(ruleId: string): string {
  return `${DOCS_BASE}${ruleId}.md`;
}

/** Words in a URL are separated by punctuation: `/privacy-policy.html` reads "privacy policy". */
export function urlWords(url: string): string {
  let decoded = url;
  try {
    decoded = decodeURI(url);
  } catch {
    // keep as written
  }
  return decoded.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/]*/i, '').replace(/[-_/.#?=&+]+/g, ' ');
}

/** The source span of a range, for text-layer queries. */
export function spanOf(range: Range): SourceSpan {
  return { start: range.start.offset, end: range.end.offset };
}

/** Shorten text for a message, on a character boundary. */
export function truncate(text: string, max = 60): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}

/** Whether a section's heading speaks of a concept. */
export function headingMatches(context: { text: { has(concept: string, within?: SourceSpan): boolean } }, section: Section, concept: string): boolean {
  return context.text.has(concept, spanOf(section.heading.range));
}

/** Sections whose heading speaks of a concept, without those nested in another such section. */
export function outermostSections(document: PolicyDocument, matches: (section: Section) => boolean): Section[] {
  const found: Section[] = [];
  for (const section of document.allSections) {
    if (!matches(section)) continue;
    let parent = section.parent;
    let nested = false;
    while (parent !== null) {
      if (found.includes(parent)) nested = true;
      parent = parent.parent;
    }
    if (!nested) found.push(section);
  }
  return found;
}

/** Whether a section, or any of its subsections, holds text. */
export function hasContent(section: Section): boolean {
  return section.hasBodyText || section.children.some(hasContent);
}

/** The concepts `text.durations` reads: a rule that finds durations lists them in `meta.concepts`. */
export const DURATION_CONCEPTS = ['unit.minute', 'unit.hour', 'unit.day', 'unit.businessDay', 'unit.week', 'unit.month', 'unit.year'] as const;
