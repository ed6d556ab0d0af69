/** A pack: rules and the presets (`policylint:<name>`) that turn them on. */
import type { ConfigInput } from '../../src/types.js';

/** Preset name (without `policylint:`) -> config. */
export type PackPresets = Readonly<Record<string, ConfigInput>>;
