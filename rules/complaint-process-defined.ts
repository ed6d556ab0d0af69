/**
 * complaint-process-defined: customers must be told how to complain and what
 * happens next (seeds/001: "a clear complaint-resolution method: who handles
 * complaints and how"; seeds/004: "how are complaints resolved?"; ISO 10002).
 */
import type { FileRule, RuleContext } from '../src/types.js';
import type { SourceSpan } from '../src/text/text-layer.js';
import type { Link } from '../src/model/document-types.js';
import { docsUrl, DURATION_CONCEPTS, truncate, urlWords } from '../src/rule-kit.js';
import { sectionScopes, type SectionScope } from '../src/requirements/section-scopes.js';

export type ComplaintElement = 'channel' | 'next-steps';

export interface ComplaintProcessOptions {
  /** Which elements the complaints section must state. */
  require: ComplaintElement[];
  /** How many items an ordered list needs to count as the steps of the process. */
  minSteps: number;
}

function inside(span: SourceSpan, offset: number): boolean {
  return span.start <= offset && offset < span.end;
}

/**
 * A link is a way to complain when it leaves the document (a web page, mailto:,
 * tel:) or names a form or an address; a link to another section or another
 * policy is a cross-reference.
 */
function isChannelLink(context: RuleContext<ComplaintProcessOptions>, link: Link): boolean {
  if (/^(https?:|mailto:|tel:)/i.test(link.url)) return true;
  const words = `${link.text} ${urlWords(link.url)}`;
  return context.text.matches('channel.form', words) || context.text.matches('channel.postal', words);
}

/** How to complain: a contact, a link, a named form or portal, or a postal address. */
function hasChannel(context: RuleContext<ComplaintProcessOptions>, span: SourceSpan): boolean {
  const { document, text } = context;
  return (
    document.contacts.some((contact) => inside(span, contact.range.start.offset)) ||
    document.links.some((link) => inside(span, link.range.start.offset) && isChannelLink(context, link)) ||
    text.has('channel.form', span) ||
    text.has('channel.postal', span)
  );
}

/** What happens next: ordered steps, or a time limit such as "within 5 business days". */
function hasNextSteps(context: RuleContext<ComplaintProcessOptions>, span: SourceSpan): boolean {
  const { document, text, options } = context;
  return (
    document.lists.some((list) => list.ordered && list.items.length >= options.minSteps && inside(span, list.range.start.offset)) ||
    text.durations(span).length > 0
  );
}

const rule: FileRule<ComplaintProcessOptions> = {
  meta: {
    id: 'complaint-process-defined',
    type: 'problem',
    description: 'Require a complaints section that says how to complain (a channel) and what happens next (steps or a response time).',
    url: docsUrl('complaint-process-defined'),
    fixable: false,
    concepts: ['complaint', 'channel.form', 'channel.postal', ...DURATION_CONCEPTS],
    schema: {
      type: 'object',
      properties: {
        require: {
          type: 'array',
          items: { enum: ['channel', 'next-steps'] },
          uniqueItems: true,
        },
        minSteps: { type: 'integer', minimum: 1 },
      },
      additionalProperties: false,
    },
    defaultOptions: { require: ['channel', 'next-steps'], minSteps: 2 },
    messages: {
      missing:
        'No complaint process: this policy has no section on complaints. Add a "Complaints" section that says how customers can complain (e-mail, phone, web form or postal address) and what happens next (the steps, or when they will get an answer).',
      noChannel:
        'The complaints section "{{section}}" does not say how to complain. Add at least one channel: an e-mail address, a phone number, a link to a web form or portal, or a postal address.',
      noNextSteps:
        'The complaints section "{{section}}" does not say what happens next. List the steps as a numbered list, or give a response time such as "within 5 business days".',
    },
  },

  check(context) {
    const { document, options } = context;
    // The complaints sections; a complaints policy (by its title) is its own complaints section, whatever its sections are called.
    const scopes = sectionScopes(context, 'complaint');
    const title = document.title;
    if (scopes.length === 0) {
      context.report({ messageId: 'missing', ...(title === null ? {} : { at: title.range }) });
      return;
    }

    const checks: Array<{ element: ComplaintElement; messageId: string; test: (span: SourceSpan) => boolean }> = [
      { element: 'channel', messageId: 'noChannel', test: (span) => hasChannel(context, span) },
      { element: 'next-steps', messageId: 'noNextSteps', test: (span) => hasNextSteps(context, span) },
    ];
    const required = checks.filter((check) => options.require.includes(check.element));
    // One complete complaints section is enough; otherwise report on the most complete one.
    let best: { scope: SectionScope; missing: typeof required } | null = null;
    for (const scope of scopes) {
      const missing = required.filter((check) => !check.test(scope.span));
      if (missing.length === 0) return;
      if (best === null || missing.length < best.missing.length) best = { scope, missing };
    }
    for (const check of best!.missing) {
      context.report({ messageId: check.messageId, data: { section: truncate(best!.scope.name) }, ...(best!.scope.at === undefined ? {} : { at: best!.scope.at }) });
    }
  },
};

export default rule;
