/**
 * privacy-international-transfers: a privacy notice says whether personal
 * data leaves the country (or the EEA) and under which safeguard
 * (GDPR Art. 13(1)(f), Chapter V). Advisory: it applies only where data is
 * transferred, which the notice itself cannot show.
 */
import { defineRequirement } from '../src/requirements/define-requirement.js';

export default defineRequirement({
  id: 'privacy-international-transfers',
  description: 'Advise a privacy notice to state transfers of personal data to third countries and their safeguard (GDPR Art. 13(1)(f)).',
  type: 'suggestion',
  appliesTo: ['privacyPolicy'],
  checks: [
    {
      messageId: 'missing',
      anyOf: [{ term: 'privacy.transfer' }],
    },
  ],
  messages: {
    missing:
      'No word on international transfers: this privacy notice does not say whether personal data is sent to other countries. Where it is, GDPR Art. 13(1)(f) requires saying so and naming the safeguard (an adequacy decision, standard contractual clauses). Add a section such as "International transfers", or state that data stays in the country or the EEA.',
  },
});
