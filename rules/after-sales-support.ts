/**
 * after-sales-support: service does not end at the sale; the policy says
 * what help follows it: installation, technical support, warranty (seeds/001).
 */
import { defineRequirement } from '../src/requirements/define-requirement.js';

export default defineRequirement({
  id: 'after-sales-support',
  type: 'suggestion',
  description: 'Require the after-purchase service to be stated: installation, technical support or warranty (seeds/001).',
  checks: [
    {
      messageId: 'missing',
      anyOf: [{ term: 'afterSales' }],
    },
  ],
  messages: {
    missing:
      'No after-sales support: this policy does not say what help customers get after the purchase. seeds/001 names installation, technical support and warranty as part of the service. Add a section such as "After your purchase" with the warranty and how to get technical support.',
  },
});
