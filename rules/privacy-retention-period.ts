/**
 * privacy-retention-period: a privacy notice says how long personal data is
 * kept, or how that period is decided (GDPR Art. 13(2)(a), 14(2)(a)).
 */
import { defineRequirement } from '../src/requirements/define-requirement.js';

export default defineRequirement({
  id: 'privacy-retention-period',
  description: 'Require a privacy notice to state how long personal data is kept, or the criteria that decide it (GDPR Art. 13(2)(a)).',
  appliesTo: ['privacyPolicy'],
  checks: [
    {
      messageId: 'missing',
      anyOf: [{ term: 'privacy.retention' }],
    },
  ],
  messages: {
    missing:
      'No retention period: this privacy notice does not say how long personal data is kept. GDPR Art. 13(2)(a) requires the period, or the criteria used to set it. Add a section such as "How long we keep your data" with the periods (e.g. "account data is deleted 2 years after the account is closed").',
  },
});
