/**
 * The consumer-terms pack: statutory rights that terms of sale in the EU and
 * the UK must state (Directive 2011/83/EU, Consumer Rights Act 2015), and
 * references that went stale (the EU ODR platform).
 */
import type { Rule } from '../../src/types.js';
import type { PackPresets } from './pack-types.js';
import withdrawalRight14Days from '../withdrawal-right-14-days.js';
import withdrawalRefund14Days from '../withdrawal-refund-14-days.js';
import ukRightToReject30Days from '../uk-right-to-reject-30-days.js';
import odrPlatformLink from '../odr-platform-link.js';

export const consumerRules: readonly Rule[] = [withdrawalRight14Days, withdrawalRefund14Days, ukRightToReject30Days, odrPlatformLink] as readonly Rule[];

export const consumerPresets: PackPresets = {
  'consumer-eu-uk': {
    rules: {
      'withdrawal-right-14-days': 'error',
      'withdrawal-refund-14-days': 'error',
      // Only UK traders owe the short-term right to reject: advisory elsewhere.
      'uk-right-to-reject-30-days': 'warn',
      'odr-platform-link': 'error',
    },
  },
};
