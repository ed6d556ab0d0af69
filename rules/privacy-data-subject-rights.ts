/**
 * privacy-data-subject-rights: a privacy notice tells people their rights
 * over their data (GDPR Art. 13(2)(b), Art. 15-22; CCPA, Cal. Civ. Code
 * 1798.100-1798.125 and 1798.130(a)(5)(A)).
 */
import { defineRequirement } from '../src/requirements/define-requirement.js';

export default defineRequirement({
  id: 'privacy-data-subject-rights',
  description: "Require a privacy notice to state the data subject's rights: access, rectification, erasure, objection, portability (GDPR Art. 13(2)(b), Cal. Civ. Code 1798.130(a)(5)(A)).",
  appliesTo: ['privacyPolicy'],
  checks: [
    {
      messageId: 'missing',
      anyOf: [{ term: 'privacy.rights' }],
    },
  ],
  messages: {
    missing:
      'No rights: this privacy notice does not tell people their rights over their personal data. GDPR Art. 13(2)(b) (Art. 15-22) and Cal. Civ. Code 1798.130(a)(5)(A) require them. Add a section such as "Your rights" listing access, correction, deletion, objection and portability, and how to exercise them.',
  },
});
