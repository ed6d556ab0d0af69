/**
 * response-time-defined: customers are told how fast they will be answered
 * (seeds/003: timeliness, "answer calls and e-mails promptly"; seeds/000 tip:
 * how fast inquiries and complaints are answered).
 */
import type { FileRule, RuleContext } from '../src/types.js';
import type { Duration, SourceSpan } from '../src/text/text-layer.js';
import { docsUrl, DURATION_CONCEPTS, outermostSections, spanOf } from '../src/rule-kit.js';
import { headingNames, termSpans } from '../src/requirements/evidence.js';

export interface ResponseTimeOptions {
  /** The longest response time allowed, in hours; unset: any stated time passes. */
  maxHours?: number;
}

/** The durations stated as response times: in a block with a response term, or in a section headed by response or service hours. */
function responseTimes(context: RuleContext<ResponseTimeOptions>): Duration[] {
  const { document, text } = context;
  const whole: SourceSpan = { start: 0, end: document.source.length };
  const spans = termSpans(context, 'response', whole, { duration: true });
  for (const section of outermostSections(document, (s) => headingNames(context, s, ['response', 'service.hours']))) spans.push(spanOf(section.range));
  // "24 hours a day" says when the service is open, not how fast it answers.
  const hours = text.find('service.hours');
  const isOpeningHours = (duration: Duration) => hours.some((match) => match.start < duration.end && duration.start < match.end);
  // Spans overlap (a block inside a section): keep each duration once.
  const byStart = new Map<number, Duration>();
  for (const span of spans) for (const duration of text.durations(span)) if (!isOpeningHours(duration)) byStart.set(duration.start, duration);
  return [...byStart.values()];
}

function hoursText(hours: number): string {
  return Number.isInteger(hours) ? String(hours) : hours.toFixed(1);
}

const rule: FileRule<ResponseTimeOptions> = {
  meta: {
    id: 'response-time-defined',
    type: 'problem',
    description: 'Require a time limit for answering customers, optionally no longer than `maxHours` (seeds/003 timeliness).',
    url: docsUrl('response-time-defined'),
    fixable: false,
    concepts: ['response', 'service.hours', ...DURATION_CONCEPTS],
    schema: {
      type: 'object',
      properties: {
        maxHours: { type: 'number', exclusiveMinimum: 0 },
      },
      additionalProperties: false,
    },
    defaultOptions: {},
    messages: {
      missing:
        'No response time: this policy does not say how fast customers are answered. seeds/003 names timeliness as a core factor of service. State a time limit next to the response, e.g. "we reply to every e-mail within 2 business days".',
      tooSlow:
        'The response time "{{duration}}" ({{hours}} hours) is longer than the {{max}} hours allowed (option `maxHours`; seeds/003: answer promptly). Shorten the promised time, or state a faster first response.',
    },
  },

  check(context) {
    const { document, options } = context;
    const times = responseTimes(context);
    if (times.length === 0) {
      context.report({ messageId: 'missing', ...(document.title === null ? {} : { at: document.title.range }) });
      return;
    }
    if (options.maxHours === undefined) return;
    // The fastest promise is the response time; longer ones are later stages ("final answer within 8 weeks").
    const fastest = times.reduce((best, time) => (time.hours < best.hours ? time : best));
    if (fastest.hours <= options.maxHours) return;
    context.report({
      messageId: 'tooSlow',
      data: { duration: document.source.slice(fastest.start, fastest.end), hours: hoursText(fastest.hours), max: options.maxHours },
      at: document.rangeOf(fastest),
    });
  },
};

export default rule;
