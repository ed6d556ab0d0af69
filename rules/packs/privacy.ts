/**
 * The privacy pack: what a privacy notice must tell the people whose data it
 * describes. `privacy` follows GDPR Art. 13/14; `privacy-caloppa` and
 * `privacy-ccpa` add what Californian law asks for.
 */
import type { Rule } from '../../src/types.js';
import type { PackPresets } from './pack-types.js';
import privacyRetentionPeriod from '../privacy-retention-period.js';
import privacyControllerIdentity from '../privacy-controller-identity.js';
import privacyDpoContact from '../privacy-dpo-contact.js';
import privacyPurposes from '../privacy-purposes.js';
import privacyLegalBasis from '../privacy-legal-basis.js';
import privacyRecipients from '../privacy-recipients.js';
import privacyInternationalTransfers from '../privacy-international-transfers.js';
import privacyDataSubjectRights from '../privacy-data-subject-rights.js';
import privacySupervisoryAuthority from '../privacy-supervisory-authority.js';
import privacyEffectiveDate from '../privacy-effective-date.js';
import privacyChangesNotified from '../privacy-changes-notified.js';
import privacyDoNotTrack from '../privacy-do-not-track.js';
import privacyCcpaCategories from '../privacy-ccpa-categories.js';
import privacyCcpaOptOutLink from '../privacy-ccpa-opt-out-link.js';

export const privacyRules: readonly Rule[] = [
  privacyRetentionPeriod,
  privacyControllerIdentity,
  privacyDpoContact,
  privacyPurposes,
  privacyLegalBasis,
  privacyRecipients,
  privacyInternationalTransfers,
  privacyDataSubjectRights,
  privacySupervisoryAuthority,
  privacyEffectiveDate,
  privacyChangesNotified,
  privacyDoNotTrack,
  privacyCcpaCategories,
  privacyCcpaOptOutLink,
] as readonly Rule[];

export const privacyPresets: PackPresets = {
  privacy: {
    rules: {
      'privacy-statement-present': 'error',
      'privacy-retention-period': 'error',
      'privacy-controller-identity': 'error',
      'privacy-dpo-contact': 'error',
      'privacy-purposes': 'error',
      'privacy-legal-basis': 'error',
      'privacy-recipients': 'error',
      'privacy-international-transfers': 'warn',
      'privacy-data-subject-rights': 'error',
      'privacy-supervisory-authority': 'error',
      'privacy-effective-date': 'error',
      'privacy-changes-notified': 'error',
    },
  },
  'privacy-caloppa': {
    rules: {
      'privacy-statement-present': 'error',
      'privacy-effective-date': 'error',
      'privacy-changes-notified': 'error',
      'privacy-recipients': 'error',
      'privacy-do-not-track': 'error',
    },
  },
  'privacy-ccpa': {
    rules: {
      'privacy-data-subject-rights': 'error',
      'privacy-effective-date': 'error',
      'privacy-ccpa-categories': 'error',
      'privacy-ccpa-opt-out-link': 'error',
    },
  },
};
