/**
 * privacy-ccpa-opt-out-link: a privacy policy for California gives the
 * "Do Not Sell or Share My Personal Information" link (CCPA, Cal. Civ. Code
 * 1798.120, 1798.135(a)). A link is the evidence; an opt-out sentence counts
 * when it carries the way to opt out (an address, a form, a URL).
 */
import { defineRequirement } from '../src/requirements/define-requirement.js';

export default defineRequirement({
  id: 'privacy-ccpa-opt-out-link',
  description: 'Require a privacy policy to give a "Do Not Sell or Share My Personal Information" link (Cal. Civ. Code 1798.135(a)).',
  appliesTo: ['privacyPolicy'],
  // A business that states it does not sell or share personal information owes no link (1798.135(a)).
  unless: ['privacy.noSale'],
  checks: [
    {
      messageId: 'missing',
      anyOf: [{ link: 'privacy.optOut' }, { term: 'privacy.optOut', with: { contact: true } }],
    },
  ],
  messages: {
    missing:
      'No opt-out link: this privacy policy gives no "Do Not Sell or Share My Personal Information" link. Cal. Civ. Code 1798.120 and 1798.135(a) require a clear link to opt out of the sale or sharing of personal information. Add a link such as [Do Not Sell or Share My Personal Information](/privacy-choices), or an opt-out address next to the sentence.',
  },
});
