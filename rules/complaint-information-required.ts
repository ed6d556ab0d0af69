/**
 * complaint-information-required: the complaints procedure says what the
 * complainant should give (ISO 10002:2018 7.1: the process tells complainants
 * the information to provide; 7.2: it is recorded with the complaint).
 */
import { defineRequirement } from '../src/requirements/define-requirement.js';

export default defineRequirement({
  id: 'complaint-information-required',
  description: 'Require the complaints procedure to say what information a complainant should give (ISO 10002:2018 7.1, 7.2).',
  withinSections: 'complaint',
  checks: [{ messageId: 'missing', anyOf: [{ term: 'complaint.information' }] }],
  messages: {
    missing:
      'The complaints section "{{section}}" does not say what information to include. ISO 10002:2018 7.1 asks the procedure to tell complainants what information to provide, so that the complaint can be handled without a round trip. Add a sentence such as "Please include your name, your order number and a description of what happened".',
  },
});
