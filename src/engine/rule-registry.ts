/**
 * The rules a run knows by id: the built-in rules plus those of the plugins
 * (and declarative rules) a config brings in.
 */
import type { Rule } from '../types.js';

export class RuleRegistry {
  private readonly rules = new Map<string, Rule>();
  /** Rules that came from `define` and may be redefined. */
  private readonly defined = new WeakSet<Rule>();

  constructor(rules: Iterable<Rule> = []) {
    for (const rule of rules) this.add(rule);
  }

  /** @throws {Error} when a rule with the same id is already registered */
  add(rule: Rule): void {
    if (this.rules.has(rule.meta.id)) throw new Error(`two rules have the id "${rule.meta.id}"`);
    this.rules.set(rule.meta.id, rule);
  }

  /** Add a rule, or replace one defined earlier by `define` (a declarative rule redefined by a later config). */
  define(rule: Rule): void {
    const existing = this.rules.get(rule.meta.id);
    if (existing !== undefined && !this.defined.has(existing)) throw new Error(`"${rule.meta.id}" is already the id of a built-in or plugin rule`);
    this.rules.set(rule.meta.id, rule);
    this.defined.add(rule);
  }

  get(id: string): Rule | undefined {
    return this.rules.get(id);
  }

  has(id: string): boolean {
    return this.rules.has(id);
  }

  /** Every rule, in the order they were added. */
  all(): Rule[] {
    return [...this.rules.values()];
  }

  /** Rules are code: a config printed or hashed shows their ids. */
  toJSON(): string[] {
    return [...this.rules.keys()];
  }
}
