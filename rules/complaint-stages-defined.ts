/**
 * complaint-stages-defined: the complaints procedure states its stages
 * (ISO 10002:2018 7.1: the complaints-handling process is made known;
 * 7.5-7.9: assessment, investigation, response, decision, closing).
 */
import type { FileRule } from '../src/types.js';
import { docsUrl, truncate } from '../src/rule-kit.js';
import { evidenceIn, termSpans } from '../src/requirements/evidence.js';
import { sectionScopes } from '../src/requirements/section-scopes.js';

const rule: FileRule<Record<string, never>> = {
  meta: {
    id: 'complaint-stages-defined',
    type: 'problem',
    description: 'Require the complaints procedure to state its stages: a numbered list, levels, or stages named in separate paragraphs (ISO 10002:2018 7.1, 7.5-7.9).',
    url: docsUrl('complaint-stages-defined'),
    fixable: false,
    concepts: ['complaint', 'complaint.stage', 'tier'],
    schema: { type: 'object', properties: {}, additionalProperties: false },
    defaultOptions: {},
    messages: {
      missing:
        'The complaints section "{{section}}" does not say what stages a complaint goes through. ISO 10002:2018 7.1 asks the handling process to be made known to complainants. List the stages as a numbered list (e.g. "1. We acknowledge… 2. We investigate… 3. We send our final response…"), or describe each stage in its own paragraph.',
    },
  },

  check(context) {
    const scopes = sectionScopes(context, 'complaint');
    // Stages named in one sentence ("at every stage") are not stages described.
    const stated = (span: { start: number; end: number }) =>
      evidenceIn(context, { orderedList: { min: 2 } }, span) ||
      evidenceIn(context, { levels: { min: 2 } }, span) ||
      new Set(termSpans(context, 'complaint.stage', span).map((block) => block.start)).size >= 2;
    if (scopes.length === 0 || scopes.some((scope) => stated(scope.span))) return;
    const first = scopes[0]!;
    context.report({ messageId: 'missing', data: { section: truncate(first.name) }, ...(first.at === undefined ? {} : { at: first.at }) });
  },
};

export default rule;
