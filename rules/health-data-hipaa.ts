/**
 * health-data-hipaa: a policy that speaks of medical or health data refers to
 * the HIPAA Notice of Privacy Practices (seeds/004: with medical data, HIPAA
 * may apply; 45 CFR 164.520). HIPAA is US law: non-US users turn the rule off.
 */
import { defineRequirement } from '../src/requirements/define-requirement.js';

export default defineRequirement({
  id: 'health-data-hipaa',
  description: 'Require a policy that mentions medical or health data to refer to HIPAA or its Notice of Privacy Practices (seeds/004; 45 CFR 164.520).',
  when: ['health'],
  checks: [
    {
      messageId: 'missing',
      anyOf: [{ term: 'hipaa' }],
    },
  ],
  messages: {
    missing:
      'No HIPAA reference: this policy speaks of medical or health data but never mentions HIPAA. seeds/004 warns that HIPAA may apply to medical data, and 45 CFR 164.520 requires a Notice of Privacy Practices. Link to your Notice of Privacy Practices, or say that HIPAA does not apply to the data you hold.',
  },
});
