/**
 * feedback-mechanism: the policy asks customers for feedback and says how to
 * give it (seeds/000 and 002, tip 2: ask for customer feedback, e.g. on
 * delivery time and on how fast inquiries and complaints are answered).
 */
import { defineRequirement } from '../src/requirements/define-requirement.js';
import { CHANNELS } from './contact-channels.js';

export default defineRequirement({
  id: 'feedback-mechanism',
  type: 'suggestion',
  description: 'Require the policy to ask for customer feedback and say how to give it (seeds/000, 002 tip 2).',
  checks: [
    {
      messageId: 'missing',
      anyOf: [
        { term: 'feedback', with: { contact: true } },
        // A way to give feedback named in words: "by e-mail", "in the chat", "on our feedback form".
        { term: 'feedback', with: { term: Object.values(CHANNELS) } },
      ],
    },
  ],
  messages: {
    missing:
      'No feedback mechanism: this policy does not ask customers for feedback, or does not say how to give it. seeds/000 and 002 (tip 2) advise asking for feedback, e.g. on delivery time and on how fast inquiries are answered. Add a sentence such as "Tell us what you think at feedback@example.com or in the survey we e-mail after each order."',
  },
});
