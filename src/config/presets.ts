/** Built-in presets, named `policylint:<name>` in `extends`. */
import type { ConfigInput } from '../types.js';
import { builtInRules } from '../../rules/index.js';
import { customerServicePresets } from '../../rules/packs/customer-service.js';
import { complaintsPresets } from '../../rules/packs/complaints.js';
import { privacyPresets } from '../../rules/packs/privacy.js';
import { consumerPresets } from '../../rules/packs/consumer-eu-uk.js';

function preset(): Record<string, ConfigInput> {
  return {
    recommended: {
      rules: {
        'privacy-statement-present': 'error',
        'complaint-process-defined': 'error',
        'escalation-list-ordered': 'error',
        'policy-linked-from-footer': 'error',
      },
    },
    ...customerServicePresets,
    ...complaintsPresets,
    ...privacyPresets,
    ...consumerPresets,
    all: { rules: Object.fromEntries(builtInRules.map((rule) => [rule.meta.id, 'error'])) },
  };
}

let presets: Record<string, ConfigInput> | undefined;

export const PRESET_PREFIX = 'policylint:';

export function getPreset(name: string): ConfigInput | undefined {
  presets ??= preset();
  return presets[name];
}

export function presetNames(): string[] {
  presets ??= preset();
  return Object.keys(presets).map((name) => PRESET_PREFIX + name);
}
