/**
 * Helpers of hand-written requirement rules: their scopes (the same as
 * `defineRequirement`'s `withinSections`: the outermost sections whose heading
 * names a concept, and the whole document when its title names it), and the
 * periods stated with a term ("withdraw within 14 days"), checked against a limit.
 */
import type { Range, RuleContext } from '../types.js';
import type { Duration, SourceSpan } from '../text/text-layer.js';
import { outermostSections, spanOf } from '../rule-kit.js';
import { factSpanAt, headingNames } from './evidence.js';

export interface SectionScope {
  span: SourceSpan;
  /** Where to report what is missing: the section's heading or the title. */
  at: Range | undefined;
  name: string;
}

type Context = RuleContext<object>;

export function sectionScopes(context: Context, concept: string): SectionScope[] {
  const { document, text } = context;
  const found: SectionScope[] = outermostSections(document, (section) => headingNames(context, section, concept)).map((section) => ({
    span: spanOf(section.range),
    at: section.heading.range,
    name: section.heading.text,
  }));
  if (document.title !== null && text.matches(concept, document.title.text)) {
    found.unshift({ span: { start: 0, end: document.source.length }, at: document.title.range, name: document.title.text });
  }
  return found;
}

/** A duration in calendar days; business days count as 7/5 of a day (10 business days = 2 weeks). */
function durationDays(duration: Duration): number {
  return duration.unit === 'businessDay' ? (duration.value * 7) / 5 : duration.hours / 24;
}

/**
 * Sentence ends: a full stop, question or exclamation mark (Latin, Armenian,
 * Devanagari, Urdu) before a space or the end; the CJK marks anywhere, since
 * Chinese and Japanese put no space after them.
 */
const SENTENCE_END = /[.!?։।۔؟](?=\s|$)|[。．！？]/gu;

/** The sentence of a block around an offset (Thai writes none of these marks: its sentence is the block). */
function sentenceAt(source: string, block: SourceSpan, offset: number): SourceSpan {
  let start = block.start;
  let end = block.end;
  for (const mark of source.slice(block.start, block.end).matchAll(SENTENCE_END)) {
    const at = block.start + mark.index;
    if (at < offset) start = at + 1;
    else {
      end = at + 1;
      break;
    }
  }
  return { start, end };
}

/** A period stated with a term: the duration, and whether it is in the term's own sentence. */
export interface StatedPeriod {
  duration: Duration;
  inSentence: boolean;
}

/**
 * For each occurrence of the concepts inside `within` whose block (or section)
 * states a duration: the period the term speaks of, which is the duration
 * nearest to it in its sentence, else in its block ("you may withdraw within
 * 14 days. We refund you within 30 days": the refund period is 30 days).
 */
export function periodsNear(context: Context, concepts: readonly string[], within: SourceSpan): StatedPeriod[] {
  const periods: StatedPeriod[] = [];
  for (const concept of concepts) {
    for (const match of context.text.find(concept, within)) {
      const block = factSpanAt(context, match.start);
      const durations = context.text.durations(block);
      const sentence = sentenceAt(context.document.source, block, match.start);
      const inSentence = durations.filter((d) => d.start >= sentence.start && d.end <= sentence.end);
      const distance = (d: Duration) => (d.start >= match.end ? d.start - match.end : Math.max(0, match.start - d.end));
      const nearest = (inSentence.length > 0 ? inSentence : durations).reduce<Duration | undefined>(
        (best, d) => (best === undefined || distance(d) < distance(best) ? d : best),
        undefined,
      );
      if (nearest !== undefined && !periods.some((p) => p.duration.start === nearest.start)) {
        periods.push({ duration: nearest, inSentence: inSentence.length > 0 });
      }
    }
  }
  return periods.sort((a, b) => a.duration.start - b.duration.start);
}

/**
 * Check the periods stated with a term against a limit: `missing` when none is
 * stated, else the first period in its term's own sentence that breaks the
 * limit when none keeps it. A period from a neighbouring sentence only counts
 * in favour: it may speak of something else ("reject ads; remove them within 24 hours").
 */
export function checkStatedPeriod(
  context: Context,
  periods: readonly StatedPeriod[],
  keeps: (days: number) => boolean,
  breachId: string,
): void {
  const { document } = context;
  if (periods.length === 0) {
    context.report({ messageId: 'missing', ...(document.title === null ? {} : { at: document.title.range }) });
    return;
  }
  if (periods.some((p) => keeps(durationDays(p.duration)))) return;
  const breach = periods.find((p) => p.inSentence);
  if (breach === undefined) return;
  context.report({
    messageId: breachId,
    data: { period: document.source.slice(breach.duration.start, breach.duration.end) },
    at: document.rangeOf(breach.duration),
  });
}
