/**
 * Evidence that a document states something, read from the document model and
 * the text layer: a section about it, a term in a block (with a companion fact
 * in the same block), a link, a frontmatter field, an ordered list, levels.
 */
import type { RuleContext } from '../types.js';
import type { Section } from '../model/document-types.js';
import type { SourceSpan } from '../text/text-layer.js';
import { blockAt } from '../model/blocks.js';
import { DURATION_CONCEPTS, hasContent, headingMatches, spanOf, urlWords } from '../rule-kit.js';

/** A fact that must sit in the same block as a term (or in the section a heading term names). */
export type Companion =
  | { term: string | readonly string[] }
  | { duration: true }
  | { contact: true }
  | { date: true };

export type Evidence =
  /** A section whose heading names one of the concepts, with text in it. */
  | { heading: string | readonly string[] }
  /** A term of one of the concepts, optionally with a companion fact in the same block. */
  | { term: string | readonly string[]; with?: Companion }
  /** A link whose text or address names one of the concepts. */
  | { link: string | readonly string[] }
  /** A non-empty frontmatter field. */
  | { frontmatter: readonly string[] }
  /** An ordered list of at least `min` items. */
  | { orderedList: { min: number } }
  /** At least `min` distinct levels or tiers ("Tier 1", "second stage"). */
  | { levels: { min: number } };

type Context = RuleContext<object>;

const list = (concepts: string | readonly string[]): readonly string[] => (typeof concepts === 'string' ? [concepts] : concepts);

function inside(span: SourceSpan, offset: number): boolean {
  return span.start <= offset && offset < span.end;
}

/** Whether a heading names any of the concepts. */
export function headingNames(context: Context, section: Section, concepts: string | readonly string[]): boolean {
  return list(concepts).some((concept) => headingMatches(context, section, concept));
}

/** Whether a string (link text, URL words, a title) names any of the concepts. */
function namesAny(context: Context, text: string, concepts: string | readonly string[]): boolean {
  return list(concepts).some((concept) => context.text.matches(concept, text));
}

/** The block of an offset, or for an offset in a heading the heading's whole section: where facts that belong together sit. */
export function factSpanAt(context: Context, offset: number): SourceSpan {
  const { document } = context;
  const section = document.allSections.find((s) => inside(spanOf(s.heading.range), offset));
  if (section !== undefined) return spanOf(section.range);
  return blockAt(document.blocks, offset) ?? { start: offset, end: offset + 1 };
}

/** Whether the companion fact is stated inside a span. */
export function companionIn(context: Context, companion: Companion, span: SourceSpan): boolean {
  const { document, text } = context;
  if ('term' in companion) return list(companion.term).some((concept) => text.has(concept, span));
  if ('duration' in companion) return text.durations(span).length > 0;
  if ('date' in companion) return text.dates(span).length > 0;
  return (
    document.contacts.some((contact) => inside(span, contact.range.start.offset)) ||
    document.links.some((link) => inside(span, link.range.start.offset) && /^(https?:|mailto:|tel:)/i.test(link.url)) ||
    text.has('channel.form', span) ||
    text.has('channel.postal', span)
  );
}

/**
 * Spans in which a term of the concepts occurs together with the companion:
 * its block, or (for a term in a heading) the heading's whole section.
 */
export function termSpans(context: Context, concepts: string | readonly string[], within: SourceSpan, companion?: Companion): SourceSpan[] {
  const { text } = context;
  const spans: SourceSpan[] = [];
  for (const concept of list(concepts)) {
    for (const match of text.find(concept, within)) {
      const span = factSpanAt(context, match.start);
      if (companion === undefined || companionIn(context, companion, span)) spans.push(span);
    }
  }
  return spans;
}

/** Whether one piece of evidence is found inside a span. */
export function evidenceIn(context: Context, evidence: Evidence, within: SourceSpan): boolean {
  const { document } = context;
  if ('heading' in evidence) {
    return document.allSections.some(
      (section) => inside(within, section.heading.range.start.offset) && headingNames(context, section, evidence.heading) && hasContent(section),
    );
  }
  if ('term' in evidence) {
    if (evidence.with === undefined) return list(evidence.term).some((concept) => context.text.has(concept, within));
    return termSpans(context, evidence.term, within, evidence.with).length > 0;
  }
  if ('link' in evidence) {
    return document.links.some(
      (link) => inside(within, link.range.start.offset) && (namesAny(context, link.text, evidence.link) || namesAny(context, urlWords(link.url), evidence.link)),
    );
  }
  if ('frontmatter' in evidence) {
    const data = document.frontmatter?.data ?? {};
    return evidence.frontmatter.some((key) => data[key] !== undefined && data[key] !== null && String(data[key]).trim() !== '');
  }
  if ('orderedList' in evidence) {
    return document.lists.some((l) => l.ordered && l.items.length >= evidence.orderedList.min && inside(within, l.range.start.offset));
  }
  return new Set(context.text.levels(within).map((level) => level.value)).size >= evidence.levels.min;
}

/** The concepts `companionIn` reads for a companion (dates come from the platform's month names, not from concepts). */
function companionConcepts(companion: Companion): readonly string[] {
  if ('term' in companion) return list(companion.term);
  if ('duration' in companion) return DURATION_CONCEPTS;
  if ('contact' in companion) return ['channel.form', 'channel.postal'];
  return [];
}

/** The concepts a piece of evidence asks for (for the language coverage of a rule). */
export function evidenceConcepts(evidence: Evidence): string[] {
  if ('heading' in evidence) return [...list(evidence.heading)];
  if ('link' in evidence) return [...list(evidence.link)];
  if ('term' in evidence) return [...list(evidence.term), ...(evidence.with === undefined ? [] : companionConcepts(evidence.with))];
  if ('levels' in evidence) return ['tier'];
  return [];
}
