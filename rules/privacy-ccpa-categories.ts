/**
 * privacy-ccpa-categories: a privacy policy for California lists the
 * categories of personal information collected and says whether they are
 * sold or shared (CCPA, Cal. Civ. Code 1798.100(a), 1798.110(c),
 * 1798.115(c), 1798.130(a)(5)(B)-(C)).
 */
import { defineRequirement } from '../src/requirements/define-requirement.js';

export default defineRequirement({
  id: 'privacy-ccpa-categories',
  description: 'Require a privacy policy to list the categories of personal information collected and whether they are sold or shared (Cal. Civ. Code 1798.100, 1798.110, 1798.115).',
  appliesTo: ['privacyPolicy'],
  checks: [
    {
      messageId: 'missing',
      anyOf: [{ term: 'privacy.categories' }],
    },
    {
      messageId: 'noSaleStatement',
      anyOf: [{ term: 'privacy.sale' }],
    },
  ],
  messages: {
    missing:
      'No categories of personal information: this privacy policy does not list what kinds of personal information it collects. Cal. Civ. Code 1798.100(a) and 1798.110(c) require the categories. Add a section such as "Personal information we collect" listing them (identifiers, commercial information, internet activity, geolocation).',
    noSaleStatement:
      'No sale or sharing statement: this privacy policy does not say whether personal information is sold or shared. Cal. Civ. Code 1798.115(c) and 1798.130(a)(5)(C) require it. Add a sentence such as "We do not sell or share your personal information", or list the categories sold or shared in the last 12 months.',
  },
});
