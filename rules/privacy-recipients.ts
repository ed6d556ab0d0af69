/**
 * privacy-recipients: a privacy notice says who receives the personal data
 * (GDPR Art. 13(1)(e); CalOPPA, Cal. Bus. & Prof. Code 22575(b)(1)).
 */
import { defineRequirement } from '../src/requirements/define-requirement.js';

export default defineRequirement({
  id: 'privacy-recipients',
  description: 'Require a privacy notice to state the recipients, or categories of recipients, of personal data (GDPR Art. 13(1)(e), Cal. Bus. & Prof. Code 22575(b)(1)).',
  appliesTo: ['privacyPolicy'],
  checks: [
    {
      messageId: 'missing',
      anyOf: [{ term: 'privacy.recipients' }],
    },
  ],
  messages: {
    missing:
      'No recipients: this privacy notice does not say who personal data is shared with or disclosed to. GDPR Art. 13(1)(e) and Cal. Bus. & Prof. Code 22575(b)(1) require the recipients or categories of third parties. Add a section such as "Who we share your data with" (e.g. "payment providers, delivery companies"), or say that you share it with no one.',
  },
});
