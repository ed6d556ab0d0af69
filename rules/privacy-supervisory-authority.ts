/**
 * privacy-supervisory-authority: a privacy notice tells people they may
 * complain to a data protection authority (GDPR Art. 13(2)(d), Art. 77).
 */
import { defineRequirement } from '../src/requirements/define-requirement.js';

export default defineRequirement({
  id: 'privacy-supervisory-authority',
  description: 'Require a privacy notice to state the right to lodge a complaint with a supervisory authority (GDPR Art. 13(2)(d), Art. 77).',
  appliesTo: ['privacyPolicy'],
  checks: [
    {
      messageId: 'missing',
      anyOf: [{ term: 'privacy.authority' }],
    },
  ],
  messages: {
    missing:
      'No supervisory authority: this privacy notice does not say that people may complain to a data protection authority. GDPR Art. 13(2)(d) and Art. 77 require it. Add a sentence such as "You have the right to lodge a complaint with a supervisory authority", naming yours (e.g. the ICO, the CNIL).',
  },
});
