/**
 * privacy-purposes: a privacy notice says what personal data is used for
 * (GDPR Art. 13(1)(c), 14(1)(c)).
 */
import { defineRequirement } from '../src/requirements/define-requirement.js';

export default defineRequirement({
  id: 'privacy-purposes',
  description: 'Require a privacy notice to state the purposes for which personal data is processed (GDPR Art. 13(1)(c)).',
  appliesTo: ['privacyPolicy'],
  checks: [
    {
      messageId: 'missing',
      anyOf: [{ term: 'privacy.purpose' }],
    },
  ],
  messages: {
    missing:
      'No purposes: this privacy notice does not say what personal data is used for. GDPR Art. 13(1)(c) requires the purposes of the processing. Add a section such as "How we use your data" that lists each purpose (e.g. "to deliver your order", "to answer your questions").',
  },
});
