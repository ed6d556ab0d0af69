/**
 * privacy-legal-basis: a privacy notice names the legal basis of the
 * processing (GDPR Art. 13(1)(c), Art. 6(1)).
 */
import { defineRequirement } from '../src/requirements/define-requirement.js';

export default defineRequirement({
  id: 'privacy-legal-basis',
  description: 'Require a privacy notice to state the legal basis for processing personal data (GDPR Art. 13(1)(c), Art. 6(1)).',
  appliesTo: ['privacyPolicy'],
  checks: [
    {
      messageId: 'missing',
      anyOf: [{ term: 'privacy.legalBasis' }],
    },
  ],
  messages: {
    missing:
      'No legal basis: this privacy notice does not say on what legal basis personal data is processed. GDPR Art. 13(1)(c) requires the legal basis of each processing, one of those in Art. 6(1). Name it for each purpose (e.g. "performance of a contract", "your consent", "our legitimate interests", "a legal obligation").',
  },
});
