/**
 * privacy-do-not-track: a privacy notice says how the site responds to
 * browser "Do Not Track" signals (CalOPPA, Cal. Bus. & Prof. Code 22575(b)(5)).
 */
import { defineRequirement } from '../src/requirements/define-requirement.js';

export default defineRequirement({
  id: 'privacy-do-not-track',
  description: 'Require a privacy notice to state how the site responds to Do Not Track signals (Cal. Bus. & Prof. Code 22575(b)(5)).',
  appliesTo: ['privacyPolicy'],
  checks: [
    {
      messageId: 'missing',
      anyOf: [{ term: 'privacy.dnt' }],
    },
  ],
  messages: {
    missing:
      'No Do Not Track statement: this privacy notice does not say how the site responds to browser "Do Not Track" signals. Cal. Bus. & Prof. Code 22575(b)(5) requires it. Add a sentence such as "We do not respond to Do Not Track signals" (or say how you honour them).',
  },
});
