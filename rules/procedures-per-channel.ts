/**
 * procedures-per-channel: every contact channel the policy offers comes with
 * a procedure: what happens, when, and how fast (seeds/000 and 002, steps 4
 * and 5: "specific procedures for each goal, e.g. contact by phone, e-mail and
 * chat", with standards for each procedure).
 */
import type { FileRule, RuleContext } from '../src/types.js';
import type { SourceSpan } from '../src/text/text-layer.js';
import type { Section } from '../src/model/document-types.js';
import { blockAt } from '../src/model/blocks.js';
import { docsUrl, DURATION_CONCEPTS, hasContent, spanOf } from '../src/rule-kit.js';
import { companionIn } from '../src/requirements/evidence.js';
import { phoneContacts } from './contact-channels.js';

type Channel = 'phone' | 'email' | 'chat' | 'social' | 'form' | 'postal';

export interface ProceduresPerChannelOptions {
  /** The channels that need a procedure when the policy offers them. */
  channels: Channel[];
  /** Every listed channel must also be offered. */
  requireAll: boolean;
}

const CHANNELS: readonly Channel[] = ['phone', 'email', 'chat', 'social', 'form', 'postal'];
/** What makes a block about a channel a procedure rather than a bare mention. */
const PROCEDURE_TERMS = ['response', 'service.hours', 'procedure'];

/** Where the policy mentions a channel: its terms, and for e-mail and phone its addresses and numbers. */
function mentions(context: RuleContext<ProceduresPerChannelOptions>, channel: Channel): SourceSpan[] {
  const { document, text } = context;
  const found: SourceSpan[] = text.find(`channel.${channel}`);
  const contacts = channel === 'phone' ? phoneContacts(document) : channel === 'email' ? document.contacts.filter((contact) => contact.kind === 'email') : [];
  for (const contact of contacts) found.push(spanOf(contact.range));
  return found.sort((a, b) => a.start - b.start);
}

function headingAt(document: RuleContext<ProceduresPerChannelOptions>['document'], offset: number): Section | undefined {
  return document.allSections.find((section) => section.heading.range.start.offset <= offset && offset < section.heading.range.end.offset);
}

/** A mention in a heading: the section has content; elsewhere: its block states a time, hours, a response or a procedure. */
function hasProcedure(context: RuleContext<ProceduresPerChannelOptions>, mention: SourceSpan): boolean {
  const section = headingAt(context.document, mention.start);
  if (section !== undefined) return hasContent(section);
  const block = blockAt(context.document.blocks, mention.start) ?? mention;
  return companionIn(context, { duration: true }, block) || companionIn(context, { term: PROCEDURE_TERMS }, block);
}

const rule: FileRule<ProceduresPerChannelOptions> = {
  meta: {
    id: 'procedures-per-channel',
    type: 'suggestion',
    description: 'Require a procedure (response time, opening hours, what happens next) for each contact channel the policy offers (seeds/000, 002 steps 4-5).',
    url: docsUrl('procedures-per-channel'),
    fixable: false,
    concepts: [...CHANNELS.map((channel) => `channel.${channel}`), ...PROCEDURE_TERMS, ...DURATION_CONCEPTS],
    schema: {
      type: 'object',
      properties: {
        channels: { type: 'array', items: { enum: [...CHANNELS] }, uniqueItems: true, minItems: 1 },
        requireAll: { type: 'boolean' },
      },
      additionalProperties: false,
    },
    defaultOptions: { channels: ['phone', 'email', 'chat'], requireAll: false },
    messages: {
      noProcedure:
        'The {{channel}} channel has no procedure: the policy offers it but does not say what happens when customers use it. seeds/000 (steps 4-5) asks for a procedure with standards for each channel. Add its opening hours, response time or next steps, e.g. "we answer {{channel}} requests within 1 business day".',
      channelMissing:
        'The {{channel}} channel is not offered: this policy must offer every channel in the `channels` option (seeds/000 step 4: phone, e-mail and chat). Add the {{channel}} contact and its procedure, or remove it from `channels`.',
    },
  },

  check(context) {
    const { document, options } = context;
    const title = document.title === null ? {} : { at: document.title.range };
    for (const channel of options.channels) {
      const found = mentions(context, channel);
      if (found.length === 0) {
        if (options.requireAll) context.report({ messageId: 'channelMissing', data: { channel }, ...title });
        continue;
      }
      if (found.some((mention) => hasProcedure(context, mention))) continue;
      context.report({ messageId: 'noProcedure', data: { channel }, at: document.rangeOf(found[0]!) });
    }
  },
};

export default rule;
