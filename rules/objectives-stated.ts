/**
 * objectives-stated: a customer-service policy states what it is for: its
 * objectives, goals or mission (seeds/000 and 002, steps 1 and 3).
 */
import { defineRequirement } from '../src/requirements/define-requirement.js';

export default defineRequirement({
  id: 'objectives-stated',
  type: 'suggestion',
  description: 'Require a customer-service policy to state its objectives, goals or mission (seeds/000, 002 steps 1 and 3).',
  checks: [
    {
      messageId: 'missing',
      anyOf: [{ term: 'objective' }],
    },
  ],
  messages: {
    missing:
      'No objectives: this policy does not say what it aims to achieve. seeds/000 and 002 (steps 1 and 3) ask for the policy\'s main objectives, tied to the company\'s mission. Add a section such as "Our goals" (e.g. "we aim to resolve every request at the first contact").',
  },
});
