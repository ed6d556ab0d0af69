/**
 * The built-in rules: the core rules, then each pack's (rules/packs/*).
 * Adding a rule = its module and doc page, and an entry in its pack.
 */
import type { Rule } from '../src/types.js';
import privacyStatementPresent from './privacy-statement-present.js';
import complaintProcessDefined from './complaint-process-defined.js';
import escalationListOrdered from './escalation-list-ordered.js';
import policyLinkedFromFooter from './policy-linked-from-footer.js';
import frontmatterSchema from './frontmatter-schema.js';
import { customerServiceRules } from './packs/customer-service.js';
import { complaintsRules } from './packs/complaints.js';
import { privacyRules } from './packs/privacy.js';
import { consumerRules } from './packs/consumer-eu-uk.js';

const coreRules: readonly Rule[] = [
  privacyStatementPresent,
  complaintProcessDefined,
  escalationListOrdered,
  policyLinkedFromFooter,
  frontmatterSchema,
] as readonly Rule[];

export const builtInRules: readonly Rule[] = [...coreRules, ...customerServiceRules, ...complaintsRules, ...privacyRules, ...consumerRules];

const byId = new Map(builtInRules.map((rule) => [rule.meta.id, rule]));

export function ruleById(id: string): Rule | undefined {
  return byId.get(id);
}
