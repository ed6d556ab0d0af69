/**
 * Rejects user patterns that can backtrack catastrophically, before they run:
 * a quantified group that itself contains an unbounded quantifier (`(a+)+`,
 * `(\w*\s?)*`), or a quantified group of alternatives that share a first
 * character (`(a|ab)*`). JavaScript regexes cannot be interrupted, so such a
 * pattern is refused at load time rather than allowed to hang the run.
 */

interface Group {
  /** An unbounded quantifier (`*`, `+`, `{n,}`) appears inside. */
  unbounded: boolean;
  /** First characters of each alternative, when they are literal. */
  firsts: string[];
  alternatives: number;
  atStart: boolean;
}

/** Why a pattern is unsafe, or null when it is safe. */
export function catastrophicReason(source: string): string | null {
  const stack: Group[] = [{ unbounded: false, firsts: [], alternatives: 1, atStart: true }];
  let i = 0;
  let inClass = false;
  const quantifierAt = (at: number): 'unbounded' | 'bounded' | null => {
    const c = source[at];
    if (c === '*' || c === '+') return 'unbounded';
    if (c === '?') return 'bounded';
    if (c === '{') {
      const m = /^\{(\d*)(,(\d*))?\}/.exec(source.slice(at));
      if (m === null) return null;
      return m[2] !== undefined && m[3] === '' ? 'unbounded' : 'bounded';
    }
    return null;
  };
  while (i < source.length) {
    const c = source[i]!;
    const top = stack[stack.length - 1]!;
    if (c === '\\') {
      if (top.atStart) top.firsts.push(source.slice(i, i + 2));
      top.atStart = false;
      i += 2;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      i++;
      continue;
    }
    if (c === '[') {
      inClass = true;
      if (top.atStart) top.firsts.push('[');
      top.atStart = false;
      i++;
      continue;
    }
    if (c === '(') {
      stack.push({ unbounded: false, firsts: [], alternatives: 1, atStart: true });
      i += source.startsWith('(?:', i) || source.startsWith('(?=', i) || source.startsWith('(?!', i) ? 3 : source.startsWith('(?<=', i) || source.startsWith('(?<!', i) ? 4 : 1;
      continue;
    }
    if (c === '|') {
      top.alternatives++;
      top.atStart = true;
      i++;
      continue;
    }
    if (c === ')') {
      const group = stack.pop()!;
      const parent = stack[stack.length - 1] ?? group;
      const quantifier = quantifierAt(i + 1);
      if (quantifier === 'unbounded' && group.unbounded) return 'a repeated group contains another repetition (nested quantifiers such as (a+)+)';
      if (quantifier === 'unbounded' && group.alternatives > 1 && new Set(group.firsts).size < group.firsts.length) {
        return 'a repeated group has alternatives that can match the same text (such as (a|ab)*)';
      }
      parent.unbounded ||= group.unbounded || quantifier === 'unbounded';
      parent.atStart = false;
      i++;
      continue;
    }
    if (quantifierAt(i) === 'unbounded') top.unbounded = true;
    if (top.atStart && quantifierAt(i) === null) top.firsts.push(c);
    top.atStart = false;
    i++;
  }
  return null;
}
