/**
 * complaint-remedies-listed: customers are told what they can get when a
 * complaint is upheld (seeds/001: "account credit, free coupons or products,
 * refunds; each complaint resolved case by case"; ISO 10002 7.7-7.8).
 */
import type { FileRule } from '../src/types.js';
import { docsUrl } from '../src/rule-kit.js';

export interface ComplaintRemediesOptions {
  /** How many distinct kinds of remedy must be named. */
  minRemedies: number;
}

/** The kinds of remedy, each with the concept that names it and how messages call it. */
const REMEDIES = [
  { concept: 'remedy.refund', name: 'refund' },
  { concept: 'remedy.replacement', name: 'replacement or repair' },
  { concept: 'remedy.credit', name: 'credit, voucher or compensation' },
  { concept: 'remedy.caseByCase', name: 'case-by-case decision' },
] as const;

const rule: FileRule<ComplaintRemediesOptions> = {
  meta: {
    id: 'complaint-remedies-listed',
    type: 'problem',
    description: 'Require the remedies for a complaint to be named: refund, replacement or repair, credit or voucher, or a case-by-case decision (seeds/001).',
    url: docsUrl('complaint-remedies-listed'),
    fixable: false,
    concepts: REMEDIES.map((remedy) => remedy.concept),
    schema: {
      type: 'object',
      properties: {
        minRemedies: { type: 'integer', minimum: 1, maximum: REMEDIES.length },
      },
      additionalProperties: false,
    },
    defaultOptions: { minRemedies: 1 },
    messages: {
      missing:
        'No remedies: this policy does not say what customers can get when a complaint is upheld. seeds/001 lists account credit, free coupons or products and refunds, decided case by case (ISO 10002 7.7-7.8). Name the remedies, e.g. "we may offer a refund, a replacement or store credit".',
      tooFew:
        'Too few remedies: this policy names only {{found}}, and at least {{min}} kinds are required (option `minRemedies`; seeds/001). Also name other remedies you offer: refund, replacement or repair, credit or voucher, or a case-by-case decision.',
    },
  },

  check(context) {
    const { document, text, options } = context;
    const found = REMEDIES.filter((remedy) => text.has(remedy.concept));
    if (found.length >= options.minRemedies) return;
    const at = document.title === null ? {} : { at: document.title.range };
    if (found.length === 0) {
      context.report({ messageId: 'missing', ...at });
      return;
    }
    context.report({ messageId: 'tooFew', data: { found: found.map((remedy) => remedy.name).join(', '), min: options.minRemedies }, ...at });
  },
};

export default rule;
