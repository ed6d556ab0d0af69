/**
 * The customer-service pack, from the source documents (../shared/seeds): what
 * a customer-service policy must contain, point by point.
 */
import type { Rule } from '../../src/types.js';
import type { PackPresets } from './pack-types.js';
import objectivesStated from '../objectives-stated.js';
import proceduresPerChannel from '../procedures-per-channel.js';
import contactChannels from '../contact-channels.js';
import responseTimeDefined from '../response-time-defined.js';
import complaintRemediesListed from '../complaint-remedies-listed.js';
import returnExchangePolicy from '../return-exchange-policy.js';
import afterSalesSupport from '../after-sales-support.js';
import managementContact from '../management-contact.js';
import feedbackMechanism from '../feedback-mechanism.js';
import staffTraining from '../staff-training.js';
import reviewCycle from '../review-cycle.js';
import equalTreatment from '../equal-treatment.js';
import healthDataHipaa from '../health-data-hipaa.js';

export const customerServiceRules: readonly Rule[] = [
  objectivesStated,
  proceduresPerChannel,
  contactChannels,
  responseTimeDefined,
  complaintRemediesListed,
  returnExchangePolicy,
  afterSalesSupport,
  managementContact,
  feedbackMechanism,
  staffTraining,
  reviewCycle,
  equalTreatment,
  healthDataHipaa,
] as readonly Rule[];

export const customerServicePresets: PackPresets = {
  'customer-service': {
    rules: {
      'privacy-statement-present': 'error',
      'complaint-process-defined': 'error',
      'escalation-list-ordered': 'error',
      'policy-linked-from-footer': 'error',
      'objectives-stated': 'warn',
      'procedures-per-channel': 'warn',
      'contact-channels': 'error',
      'response-time-defined': 'error',
      'complaint-remedies-listed': 'error',
      'return-exchange-policy': 'error',
      'after-sales-support': 'warn',
      'management-contact': 'warn',
      'feedback-mechanism': 'warn',
      'staff-training': 'warn',
      'review-cycle': 'error',
      'equal-treatment': 'warn',
      'health-data-hipaa': 'error',
    },
  },
};
