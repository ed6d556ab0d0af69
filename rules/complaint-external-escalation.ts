/**
 * complaint-external-escalation: the complaints procedure names the external
 * route when the customer is not satisfied: an ombudsman, a regulator or an
 * ADR body (ISO 10002:2018 7.1: the options for remedy; 7.9: a
 * complainant who rejects the decision is told of external recourse).
 */
import { defineRequirement } from '../src/requirements/define-requirement.js';

export default defineRequirement({
  id: 'complaint-external-escalation',
  description: 'Require the complaints procedure to name an external route: an ombudsman, a regulator or an ADR body (ISO 10002:2018 7.1, 7.9).',
  withinSections: 'complaint',
  checks: [{ messageId: 'missing', anyOf: [{ term: 'role.external' }, { link: 'role.external' }] }],
  messages: {
    missing:
      'The complaints section "{{section}}" names no external route. ISO 10002:2018 7.9 asks the organization to tell complainants who reject its decision where else they can go. Name the ombudsman, regulator or alternative dispute resolution (ADR) body, with a link or address.',
  },
});
