/**
 * privacy-controller-identity: a privacy notice names the controller and
 * says how to reach them (GDPR Art. 13(1)(a), 14(1)(a)).
 */
import type { FileRule, RuleContext } from '../src/types.js';
import { docsUrl } from '../src/rule-kit.js';
import { documentIsA } from '../src/requirements/document-kind.js';
import { termSpans } from '../src/requirements/evidence.js';

type EmptyOptions = Record<string, never>;

/**
 * An e-mail address, a phone number, a mailto:/tel: link, a contact form or a
 * postal address anywhere in the notice. Plain web links do not count: a notice
 * links to other companies' policies too.
 */
function hasDirectChannel(context: RuleContext<EmptyOptions>): boolean {
  const { document, text } = context;
  return (
    document.contacts.some((contact) => contact.kind !== 'url') ||
    document.links.some((link) => /^(mailto:|tel:)/i.test(link.url)) ||
    text.has('channel.form') ||
    text.has('channel.postal')
  );
}

const rule: FileRule<EmptyOptions> = {
  meta: {
    id: 'privacy-controller-identity',
    type: 'problem',
    description: 'Require a privacy notice to name the data controller and give their contact details (GDPR Art. 13(1)(a)).',
    url: docsUrl('privacy-controller-identity'),
    fixable: false,
    concepts: ['privacyPolicy', 'privacy.controller', 'channel.form', 'channel.postal'],
    schema: { type: 'object', properties: {}, additionalProperties: false },
    defaultOptions: {},
    messages: {
      missing:
        'No controller: this privacy notice does not say who is responsible for the personal data. GDPR Art. 13(1)(a) requires the identity and contact details of the controller. Add a section such as "Who we are" naming the company (e.g. "Example Ltd is the controller of your personal data") with its address and e-mail.',
      noContact:
        'The controller is named but not how to reach them: this privacy notice gives no e-mail address, phone number, postal address or contact form. GDPR Art. 13(1)(a) requires the controller\'s contact details. Add them next to the controller\'s name or in a "Contact us" section.',
    },
  },

  check(context) {
    const { document, text } = context;
    if (!documentIsA(context, ['privacyPolicy'])) return;
    const whole = { start: 0, end: document.source.length };
    const first = text.find('privacy.controller', whole)[0];
    if (first === undefined) {
      context.report({ messageId: 'missing', ...(document.title === null ? {} : { at: document.title.range }) });
      return;
    }
    // Notices name the controller in one place and give its address under "Contact us":
    // a contact next to the controller, or a direct channel anywhere in the notice, is enough.
    if (termSpans(context, 'privacy.controller', whole, { contact: true }).length > 0 || hasDirectChannel(context)) return;
    context.report({ messageId: 'noContact', at: document.rangeOf(first) });
  },
};

export default rule;
