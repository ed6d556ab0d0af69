/**
 * Whom consumer-law requirements apply to: terms for business customers only
 * are outside EU and UK consumer law (Directive 2011/83/EU Art. 2(1), Consumer
 * Rights Act 2015 s. 2(3)), and terms that state the right of withdrawal does
 * not apply (Art. 16 exceptions, Art. 3(3) exclusions such as passenger
 * transport) have addressed that right.
 *
 * Both concepts are optional in the language data (EU consumer-law wording):
 * in a language without them nothing matches and the rules check as before.
 */
import type { RuleContext } from '../types.js';
import { documentIsA } from './document-kind.js';
import { periodsNear, type StatedPeriod } from './section-scopes.js';

type Context = RuleContext<object>;

/** How far into the document the scope of the terms is read: the first quarter, at least this many characters. */
const OPENING_CHARS = 2000;

/**
 * Whether the terms say they are for business customers only ("only for
 * business customers", "nur Unternehmern … gestattet", "réservé aux
 * professionnels"): in the title, or in the opening of the document, where the
 * terms state whom they apply to. Later, the same words usually describe one
 * offer among others ("our Business service, reserved for professionals").
 */
function termsForBusinessOnly(context: Context): boolean {
  const { document, text } = context;
  if (document.title !== null && text.matches('terms.businessOnly', document.title.text)) return true;
  const length = document.source.length;
  const opening = { start: 0, end: Math.min(length, Math.max(OPENING_CHARS, Math.ceil(length / 4))) };
  return text.has('terms.businessOnly', opening);
}

/** Whether consumer-law rules check this document: terms of sale (or a return or refund policy) not for businesses only. */
export function consumerTerms(context: Context): boolean {
  return documentIsA(context, ['terms']) && !termsForBusinessOnly(context);
}

/**
 * Whether the terms state that the right of withdrawal does not apply or is
 * lost ("no right of withdrawal", "vous ne disposez d'aucun droit de
 * rétractation", "renoncez expressément à votre droit de rétractation"), and
 * state no withdrawal period. Terms that grant a period and then exclude some
 * goods ("the right of withdrawal does not apply to sealed goods") still owe
 * the period and the refund deadline: the exclusion there is only partial.
 * `withdrawalPeriods`: the periods stated with the withdrawal right, when the caller has them.
 */
export function withdrawalExcluded(context: Context, withdrawalPeriods?: readonly StatedPeriod[]): boolean {
  if (!context.text.has('consumer.withdrawalExcluded')) return false;
  const whole = { start: 0, end: context.document.source.length };
  return (withdrawalPeriods ?? periodsNear(context, ['consumer.withdrawal'], whole)).length === 0;
}
