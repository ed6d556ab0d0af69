/**
 * privacy-dpo-contact: where a privacy notice mentions a data protection
 * officer, it gives their contact details (GDPR Art. 13(1)(b)). Whether a
 * DPO is required (Art. 37) cannot be read from the notice, so the rule
 * applies only when one is mentioned.
 */
import type { FileRule, RuleContext } from '../src/types.js';
import type { Section } from '../src/model/document-types.js';
import type { SourceSpan } from '../src/text/text-layer.js';
import { docsUrl, spanOf } from '../src/rule-kit.js';
import { documentIsA } from '../src/requirements/document-kind.js';
import { companionIn, termSpans } from '../src/requirements/evidence.js';

type EmptyOptions = Record<string, never>;

/** The deepest section holding an offset, unless it is the title's section (the whole notice). */
function innermostSection(context: RuleContext<EmptyOptions>, offset: number): Section | undefined {
  let found: Section | undefined;
  for (const section of context.document.allSections) {
    const span = spanOf(section.range);
    if (span.start <= offset && offset < span.end && (found === undefined || span.start >= found.range.start.offset)) found = section;
  }
  const title = context.document.title;
  return found !== undefined && title !== null && found.heading.range.start.offset === title.range.start.offset ? undefined : found;
}

const rule: FileRule<EmptyOptions> = {
  meta: {
    id: 'privacy-dpo-contact',
    type: 'problem',
    description: 'Require the contact details of the data protection officer when a privacy notice mentions one (GDPR Art. 13(1)(b)).',
    url: docsUrl('privacy-dpo-contact'),
    fixable: false,
    concepts: ['privacyPolicy', 'privacy.dpo', 'channel.form', 'channel.postal'],
    schema: { type: 'object', properties: {}, additionalProperties: false },
    defaultOptions: {},
    messages: {
      noContact:
        'No DPO contact: this privacy notice mentions a data protection officer but gives no way to reach them. GDPR Art. 13(1)(b) requires the contact details of the data protection officer. Put an e-mail address, a web form or a postal address next to the mention (e.g. "Data protection officer: dpo@example.com").',
    },
  },

  check(context) {
    const { document, text } = context;
    if (!documentIsA(context, ['privacyPolicy'])) return;
    const whole: SourceSpan = { start: 0, end: document.source.length };
    const mentions = text.find('privacy.dpo', whole);
    if (mentions.length === 0) return;
    if (termSpans(context, 'privacy.dpo', whole, { contact: true }).length > 0) return;
    // "Contact us" sections often name the DPO in one paragraph and give the address in the next.
    const reachable = mentions.some((mention) => {
      const section = innermostSection(context, mention.start);
      return section !== undefined && companionIn(context, { contact: true }, spanOf(section.range));
    });
    if (reachable) return;
    context.report({ messageId: 'noContact', at: document.rangeOf(mentions[0]!) });
  },
};

export default rule;
