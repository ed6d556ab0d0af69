/**
 * The shape of a per-language data file (`src/language/data/<tag>.json`).
 *
 * Rules never hold words: they ask for a concept ("complaint", "role.manager")
 * and the text layer matches that concept's terms in the document's language.
 */

/**
 * How a term's edges must sit in the text.
 * - `word`: both edges on a word boundary (English, Spanish, ...).
 * - `prefix`: the start on a word boundary, any continuation after it
 *   (agglutinative or inflected languages: Tamil, Armenian, Urdu...).
 * - `none`: anywhere (scripts written without spaces: Thai, Japanese, Chinese).
 *
 * A single term may override the default: a trailing `*` allows any
 * continuation, a leading `*` allows any letters before it.
 */
export type BoundaryMode = 'word' | 'prefix' | 'none';

/** Concept ids that rules use. Data files may define more. */
export type ConceptId =
  | 'privacy'
  | 'privacyPolicy'
  | 'complaint'
  | 'escalation'
  | 'channel.form'
  | 'channel.postal'
  | 'role.agent'
  | 'role.teamLead'
  | 'role.manager'
  | 'role.director'
  | 'role.executive'
  | 'role.external'
  | 'tier'
  | 'unit.minute'
  | 'unit.hour'
  | 'unit.day'
  | 'unit.businessDay'
  | 'unit.week'
  | 'unit.month'
  | 'unit.year'
  | (string & {});

export interface LexiconData {
  /** BCP-47 primary tag, e.g. `ta`, `zh`. */
  tag: string;
  /** English name of the language. */
  name: string;
  /** ISO 15924 scripts the language is written in, most common first. */
  scripts: string[];
  /** Default boundary mode for this language's terms. */
  boundaries: BoundaryMode;
  /** Right-to-left script. */
  rtl?: boolean;
  /** Numbers in digits come before the tier word ("2级支持", "2次対応"). */
  tierNumberFirst?: boolean;
  /**
   * Frequent function words, for telling apart languages that share a script
   * (English, French, Spanish, German, Portuguese) when nothing else says.
   */
  stopwords?: string[];
  /** Concept id -> terms, as a writer would type them (they are normalised on load). */
  concepts: Record<string, string[]>;
  /** Ordinal words and their value ("first" -> 1, "second" -> 2), for tiers and steps. */
  ordinals: Record<string, number>;
  /** Cardinal number words ("five" -> 5), for time limits written in words. */
  numbers: Record<string, number>;
  /** Where the terms come from (seed file, glossary, statute), keyed by concept id. */
  sources?: Record<string, string>;
}
