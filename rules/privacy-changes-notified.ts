/**
 * privacy-changes-notified: a privacy notice says how people learn of
 * changes to it (CalOPPA, Cal. Bus. & Prof. Code 22575(b)(3); GDPR Art. 12(1)
 * transparency).
 */
import { defineRequirement } from '../src/requirements/define-requirement.js';

export default defineRequirement({
  id: 'privacy-changes-notified',
  description: 'Require a privacy notice to state how changes to it are notified (Cal. Bus. & Prof. Code 22575(b)(3), GDPR Art. 12(1)).',
  appliesTo: ['privacyPolicy'],
  checks: [
    {
      messageId: 'missing',
      anyOf: [{ term: 'privacy.changes' }],
    },
  ],
  messages: {
    missing:
      'No change process: this privacy notice does not say how people are told about changes to it. Cal. Bus. & Prof. Code 22575(b)(3) requires it, and GDPR Art. 12(1) asks for transparent information. Add a section such as "Changes to this policy" saying how you notify changes (e.g. "we will e-mail you and update the date above").',
  },
});
