/**
 * complaint-time-limits: the complaints procedure gives the time limits of
 * its stages (ISO 10002:2018 7.1: "the time periods associated with the
 * various stages in the process"; 4.6 responsiveness).
 */
import type { FileRule, RuleContext } from '../src/types.js';
import type { ListItem } from '../src/model/document-types.js';
import { docsUrl, DURATION_CONCEPTS, spanOf, truncate } from '../src/rule-kit.js';
import { termSpans } from '../src/requirements/evidence.js';
import { sectionScopes } from '../src/requirements/section-scopes.js';

export interface ComplaintTimeLimitsOptions {
  /** Every step of a numbered list of stages that speaks of a response must carry its own time limit. */
  eachStage: boolean;
}

/** The terms a time limit belongs to: a response, an acknowledgement, a stage. */
const TIMED = ['response', 'complaint.acknowledge', 'complaint.stage'] as const;
/** The terms that make a list item a handling step that owes the customer something by a date. */
const STEP = ['response', 'complaint.acknowledge'] as const;

/** Items of the numbered lists of stages in the scopes that answer the customer but say not when. */
function untimedSteps(context: RuleContext<ComplaintTimeLimitsOptions>, spans: ReadonlyArray<{ start: number; end: number }>): ListItem[] {
  const { document, text } = context;
  const items: ListItem[] = [];
  for (const list of document.lists) {
    const start = list.range.start.offset;
    if (!list.ordered || list.items.length < 2 || !spans.some((span) => span.start <= start && start < span.end)) continue;
    for (const item of list.items) {
      const span = spanOf(item.range);
      if (STEP.some((concept) => text.has(concept, span)) && text.durations(span).length === 0) items.push(item);
    }
  }
  return items;
}

const rule: FileRule<ComplaintTimeLimitsOptions> = {
  meta: {
    id: 'complaint-time-limits',
    type: 'problem',
    description: 'Require the complaints procedure to give time limits for its stages, such as "we reply within 10 business days" (ISO 10002:2018 7.1).',
    url: docsUrl('complaint-time-limits'),
    fixable: false,
    concepts: ['complaint', ...TIMED, ...DURATION_CONCEPTS],
    schema: {
      type: 'object',
      properties: { eachStage: { type: 'boolean' } },
      additionalProperties: false,
    },
    defaultOptions: { eachStage: false },
    messages: {
      missing:
        'The complaints section "{{section}}" gives no time limits. ISO 10002:2018 7.1 asks the procedure to state the time periods of its stages. Say when the customer hears from you, next to the stage, e.g. "we acknowledge your complaint within 2 business days and send our final response within 8 weeks".',
      stageWithoutTimeLimit:
        'The step "{{step}}" has no time limit. ISO 10002:2018 7.1 asks for the time period of each stage of the process. Add one to this step, e.g. "within 5 business days".',
    },
  },

  check(context) {
    const scopes = sectionScopes(context, 'complaint');
    if (scopes.length === 0) return;
    const timed = scopes.some((scope) => termSpans(context, TIMED, scope.span, { duration: true }).length > 0);
    if (!timed) {
      const first = scopes[0]!;
      context.report({ messageId: 'missing', data: { section: truncate(first.name) }, ...(first.at === undefined ? {} : { at: first.at }) });
    }
    if (!context.options.eachStage) return;
    for (const item of untimedSteps(context, scopes.map((scope) => scope.span))) {
      context.report({ messageId: 'stageWithoutTimeLimit', data: { step: truncate(item.text, 40) }, at: item.range });
    }
  },
};

export default rule;
