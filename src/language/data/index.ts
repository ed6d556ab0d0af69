/** Every language data file, keyed by primary language subtag. Adding a language = adding its file here. */
import type { LexiconData } from '../lexicon-types.js';
import ar from './ar.json' with { type: 'json' };
import cs from './cs.json' with { type: 'json' };
import de from './de.json' with { type: 'json' };
import en from './en.json' with { type: 'json' };
import es from './es.json' with { type: 'json' };
import fr from './fr.json' with { type: 'json' };
import hi from './hi.json' with { type: 'json' };
import hu from './hu.json' with { type: 'json' };
import hy from './hy.json' with { type: 'json' };
import id from './id.json' with { type: 'json' };
import it from './it.json' with { type: 'json' };
import ja from './ja.json' with { type: 'json' };
import nl from './nl.json' with { type: 'json' };
import pl from './pl.json' with { type: 'json' };
import pt from './pt.json' with { type: 'json' };
import ru from './ru.json' with { type: 'json' };
import ta from './ta.json' with { type: 'json' };
import th from './th.json' with { type: 'json' };
import ur from './ur.json' with { type: 'json' };
import zh from './zh.json' with { type: 'json' };

export const LEXICON_DATA: Readonly<Record<string, LexiconData>> = {
  en: en as LexiconData,
  ar: ar as LexiconData,
  cs: cs as LexiconData,
  de: de as LexiconData,
  es: es as LexiconData,
  fr: fr as LexiconData,
  hi: hi as LexiconData,
  hu: hu as LexiconData,
  hy: hy as LexiconData,
  id: id as LexiconData,
  it: it as LexiconData,
  ja: ja as LexiconData,
  nl: nl as LexiconData,
  pl: pl as LexiconData,
  pt: pt as LexiconData,
  ru: ru as LexiconData,
  ta: ta as LexiconData,
  th: th as LexiconData,
  ur: ur as LexiconData,
  zh: zh as LexiconData,
};
