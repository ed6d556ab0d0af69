/**
 * staff-training: the staff who apply the policy are trained on it
 * (seeds/001: employee training programmes; seeds/000 step 7: inform the
 * service staff of the policy).
 */
import { defineRequirement } from '../src/requirements/define-requirement.js';

export default defineRequirement({
  id: 'staff-training',
  type: 'suggestion',
  description: 'Require the policy to say that the staff who apply it are trained on it (seeds/001; seeds/000 step 7).',
  checks: [
    {
      messageId: 'missing',
      // Training of staff, not AI model training or courses sold to customers.
      anyOf: [{ term: 'training', with: { term: ['staff', 'role.agent', 'role.teamLead', 'role.manager'] } }],
    },
  ],
  messages: {
    missing:
      'No staff training: this policy does not say that the staff who apply it are trained on it. seeds/001 names employee training, and seeds/000 (step 7) says the service staff must be informed of the policy. Add a sentence such as "Every agent is trained on this policy when they join and once a year."',
  },
});
