/**
 * equal-treatment: the policy commits to treating every customer equally and
 * fairly (seeds/004: treat customers, employees and stakeholders equally).
 */
import { defineRequirement } from '../src/requirements/define-requirement.js';

export default defineRequirement({
  id: 'equal-treatment',
  type: 'suggestion',
  description: 'Require a commitment to treat every customer equally and fairly (seeds/004).',
  checks: [
    {
      messageId: 'missing',
      anyOf: [{ term: 'equalTreatment' }],
    },
  ],
  messages: {
    missing:
      'No commitment to equal treatment: this policy does not say that every customer is treated equally and fairly. seeds/004 asks that customers, employees and stakeholders be treated equally. Add a sentence such as "We treat every customer fairly and equally, without discrimination."',
  },
});
