/**
 * The complaints pack, after ISO 10002:2018 (customer satisfaction, guidelines
 * for complaints handling): how and where to complain, what to give, that the
 * complaint is acknowledged and tracked, the stages and their time limits,
 * the remedies and the external route.
 */
import type { Rule } from '../../src/types.js';
import type { PackPresets } from './pack-types.js';
import complaintInformationRequired from '../complaint-information-required.js';
import complaintAcknowledgedTracked from '../complaint-acknowledged-tracked.js';
import complaintStagesDefined from '../complaint-stages-defined.js';
import complaintTimeLimits from '../complaint-time-limits.js';
import complaintExternalEscalation from '../complaint-external-escalation.js';

export const complaintsRules: readonly Rule[] = [
  complaintInformationRequired,
  complaintAcknowledgedTracked,
  complaintStagesDefined,
  complaintTimeLimits,
  complaintExternalEscalation,
] as readonly Rule[];

export const complaintsPresets: PackPresets = {
  'complaints-iso10002': {
    rules: {
      'complaint-process-defined': 'error',
      'complaint-information-required': 'error',
      'complaint-acknowledged-tracked': 'error',
      'complaint-stages-defined': 'error',
      'complaint-time-limits': 'error',
      'complaint-remedies-listed': 'error',
      'complaint-external-escalation': 'error',
    },
  },
};
