/** The built-in rules. Adding a rule = adding its module and doc page here and to a preset. */
import type { Rule } from '../src/types.js';
import privacyStatementPresent from './privacy-statement-present.js';
import complaintProcessDefined from './complaint-process-defined.js';
import escalationListOrdered from './escalation-list-ordered.js';
import policyLinkedFromFooter from './policy-linked-from-footer.js';
import frontmatterSchema from './frontmatter-schema.js';

export const builtInRules: readonly Rule[] = [
  privacyStatementPresent,
  complaintProcessDefined,
  escalationListOrdered,
  policyLinkedFromFooter,
  frontmatterSchema,
] as readonly Rule[];

const byId = new Map(builtInRules.map((rule) => [rule.meta.id, rule]));

export function ruleById(id: string): Rule | undefined {
  return byId.get(id);
}
