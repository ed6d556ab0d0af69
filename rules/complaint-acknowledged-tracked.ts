/**
 * complaint-acknowledged-tracked: complaints are acknowledged and tracked with
 * a reference (ISO 10002:2018 7.2: each complaint is recorded with a unique
 * identifying code; 7.3: it is tracked to the end;
 * 7.4: its receipt is acknowledged to the complainant at once).
 */
import { defineRequirement } from '../src/requirements/define-requirement.js';

export default defineRequirement({
  id: 'complaint-acknowledged-tracked',
  description: 'Require the complaints procedure to say that complaints are acknowledged and given a reference number (ISO 10002:2018 7.2-7.4).',
  withinSections: 'complaint',
  checks: [
    { messageId: 'noAcknowledgement', anyOf: [{ term: 'complaint.acknowledge' }] },
    { messageId: 'noReference', anyOf: [{ term: 'complaint.reference' }] },
  ],
  messages: {
    noAcknowledgement:
      'The complaints section "{{section}}" does not say that complaints are acknowledged. ISO 10002:2018 7.4 asks for the receipt of every complaint to be acknowledged at once. Add a sentence such as "We acknowledge your complaint within 2 business days".',
    noReference:
      'The complaints section "{{section}}" does not say how a complaint is tracked. ISO 10002:2018 7.2 and 7.3 ask for each complaint to be recorded with a unique reference and tracked to the end. Add a sentence such as "You will receive a reference number; quote it in all correspondence".',
  },
});
