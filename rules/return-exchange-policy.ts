/**
 * return-exchange-policy: customers are told whether and how they can return
 * or exchange what they bought (seeds/004, question 1).
 */
import { defineRequirement } from '../src/requirements/define-requirement.js';

export default defineRequirement({
  id: 'return-exchange-policy',
  description: 'Require a return or exchange policy: a returns section, a returns term, or a link to the returns policy (seeds/004 question 1).',
  checks: [
    {
      messageId: 'missing',
      anyOf: [{ term: 'returns' }, { link: 'returns' }],
    },
  ],
  messages: {
    missing:
      'No return or exchange policy: this policy does not say whether customers can return or exchange a purchase. seeds/004 (question 1) asks for it. Add a "Returns and exchanges" section with the conditions, or link to your returns policy.',
  },
});
