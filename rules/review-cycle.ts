/**
 * review-cycle: the policy says when it was last reviewed, and that review is
 * recent (seeds/000 and 002, tip 1: no policy is perfect, review it regularly).
 */
import type { FileRule, Range, RuleContext, Settings } from '../src/types.js';
import { docsUrl, truncate } from '../src/rule-kit.js';
import { ageInDays, toDate } from '../src/clock.js';
import { termSpans } from '../src/requirements/evidence.js';

export interface ReviewCycleOptions {
  /** Frontmatter fields that hold the review date. */
  fields: string[];
  /** How many days old the newest review date may be. */
  maxAgeDays: number;
}

interface ReviewDate {
  date: Date;
  at: Range;
  /** A future date next to a past one in the text is the next review ("next review: ..."), not an error. */
  nextReview?: boolean;
}

/** A date at most this many days ahead is a time-zone difference, not a future review. */
const FUTURE_TOLERANCE_DAYS = 1;

const isoDay = (date: Date): string => date.toISOString().slice(0, 10);

/** Review dates in the frontmatter fields; fields that hold something else are reported. */
function frontmatterDates(context: RuleContext<ReviewCycleOptions>): ReviewDate[] {
  const { frontmatter } = context.document;
  if (frontmatter === null) return [];
  const found: ReviewDate[] = [];
  for (const field of context.options.fields) {
    const value = frontmatter.data[field];
    if (value === undefined || value === null) continue;
    const at = frontmatter.rangeAt([field]) ?? frontmatter.range;
    const date = toDate(value);
    if (date === null) {
      context.report({ messageId: 'invalidDate', data: { field, value: truncate(String(value)) }, at });
    } else {
      found.push({ date, at });
    }
  }
  return found;
}

const isFuture = (date: Date, settings: Settings): boolean => ageInDays(date, settings) < -FUTURE_TOLERANCE_DAYS;

/** Dates in a block (or a section headed) with a review term: "Last reviewed: 5 March 2025". */
function textDates(context: RuleContext<ReviewCycleOptions>): ReviewDate[] {
  const { document, text, settings } = context;
  const found = new Map<number, ReviewDate>();
  for (const span of termSpans(context, 'review', { start: 0, end: document.source.length })) {
    const matches = text.dates(span);
    const hasPast = matches.some((match) => !isFuture(match.date, settings));
    for (const match of matches) {
      found.set(match.start, { date: match.date, at: document.rangeOf(match), nextReview: hasPast && isFuture(match.date, settings) });
    }
  }
  return [...found.values()];
}

const rule: FileRule<ReviewCycleOptions> = {
  meta: {
    id: 'review-cycle',
    type: 'problem',
    description: 'Require a review date (frontmatter or "last reviewed" text) no older than `maxAgeDays` (seeds/000, 002 tip 1).',
    url: docsUrl('review-cycle'),
    fixable: false,
    concepts: ['review'],
    schema: {
      type: 'object',
      properties: {
        fields: { type: 'array', items: { type: 'string', minLength: 1 }, uniqueItems: true },
        maxAgeDays: { type: 'integer', minimum: 1 },
      },
      additionalProperties: false,
    },
    defaultOptions: {
      fields: ['last_reviewed', 'reviewed', 'review_date', 'last_review', 'last_updated', 'updated'],
      maxAgeDays: 365,
    },
    messages: {
      missing:
        'No review date: this policy does not say when it was last reviewed. seeds/000 and 002 (tip 1) say no policy is perfect and it must be reviewed regularly. Add a `last_reviewed: 2026-01-15` frontmatter field, or a line such as "Last reviewed: 15 January 2026".',
      stale:
        'Stale review: the policy was last reviewed on {{date}}, {{days}} days ago, more than the {{maxAgeDays}} days allowed. seeds/000 and 002 (tip 1) ask for regular review: review the policy, then update this date.',
      invalidDate:
        'The review field `{{field}}` holds "{{value}}", which is not a date, so the review cycle cannot be checked (seeds/000, 002 tip 1). Write the date as YYYY-MM-DD, e.g. `{{field}}: 2026-01-15`.',
      future:
        'The review date {{date}} is {{days}} days in the future: a review date records a review that took place (seeds/000, 002 tip 1). Write the date of the last review, not of the next one.',
    },
  },

  check(context) {
    const { document, settings, options } = context;
    const dates = [...frontmatterDates(context), ...textDates(context)];
    const past: ReviewDate[] = [];
    for (const found of dates) {
      if (found.nextReview === true) continue;
      if (isFuture(found.date, settings)) {
        context.report({ messageId: 'future', data: { date: isoDay(found.date), days: -ageInDays(found.date, settings) }, at: found.at });
      } else {
        past.push(found);
      }
    }
    if (past.length === 0) {
      // A field that holds no date, or only future dates, was reported already.
      const fieldsUsed = options.fields.some((field) => document.frontmatter?.data[field] != null);
      if (dates.length === 0 && !fieldsUsed) {
        context.report({ messageId: 'missing', ...(document.title === null ? {} : { at: document.title.range }) });
      }
      return;
    }
    const newest = past.reduce((a, b) => (b.date.getTime() > a.date.getTime() ? b : a));
    const age = ageInDays(newest.date, settings);
    if (age > options.maxAgeDays) {
      context.report({ messageId: 'stale', data: { date: isoDay(newest.date), days: age, maxAgeDays: options.maxAgeDays }, at: newest.at });
    }
  },
};

export default rule;
