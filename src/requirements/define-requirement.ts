/**
 * Requirement rules as data: "the document states X", where X is evidence
 * from the model (a section, a term with a companion fact, a link, a
 * frontmatter field). Most rules of the packs are one `defineRequirement`
 * call; the kit gives them one behaviour for scope, applicability and
 * reporting, so that each rule file holds only what the rule asks for and why.
 */
import type { FileRule, RuleContext, RuleMeta, RuleType } from '../types.js';
import { docsUrl, truncate } from '../rule-kit.js';
import { sectionScopes, type SectionScope } from './section-scopes.js';
import { documentIsA } from './document-kind.js';
import { evidenceConcepts, evidenceIn, type Evidence } from './evidence.js';

/** One thing the document must state; any one piece of evidence is enough. */
export interface RequirementCheck {
  /** Reported when none of the evidence is found. */
  messageId: string;
  anyOf: readonly Evidence[];
}

export interface RequirementSpec {
  /** Rule id (also the docs page: `rules/<id>.md` for built-in rules). */
  id: string;
  description: string;
  /** Message templates; `{{section}}` is the heading (or title) of the scope checked. */
  messages: Record<string, string>;
  type?: RuleType;
  /** Documentation URL; default: the built-in rules' docs. */
  url?: string;
  /**
   * Kinds of document the rule applies to, as concepts the title, frontmatter
   * `type` or file name must name (`privacyPolicy`, `terms`); default: every document.
   */
  appliesTo?: readonly string[];
  /** The rule applies only when the document mentions one of these concepts (health data -> HIPAA). */
  when?: readonly string[];
  /**
   * The rule does not apply when the document states one of these ("we do not
   * sell your data" -> no opt-out link owed). They only narrow the rule, so they
   * are left out of `meta.concepts`: a language without them checks as before.
   */
  unless?: readonly string[];
  /**
   * Check inside the sections whose heading names this concept (and the whole
   * document when its title does). Without such a section the rule is silent:
   * the rule that requires the section reports its absence, once.
   */
  withinSections?: string;
  checks: readonly RequirementCheck[];
}

type EmptyOptions = Record<string, never>;

function scopes(context: RuleContext<EmptyOptions>, spec: RequirementSpec): SectionScope[] {
  const { document } = context;
  if (spec.withinSections !== undefined) return sectionScopes(context, spec.withinSections);
  return [{ span: { start: 0, end: document.source.length }, at: document.title?.range, name: document.title?.text ?? '' }];
}

/** Every concept a spec asks the text layer for. */
function conceptsOf(spec: RequirementSpec): string[] {
  const all = [...(spec.appliesTo ?? []), ...(spec.when ?? []), ...(spec.withinSections === undefined ? [] : [spec.withinSections])];
  for (const check of spec.checks) for (const evidence of check.anyOf) all.push(...evidenceConcepts(evidence));
  return [...new Set(all)];
}

/** Build a file rule from a requirement spec. */
export function defineRequirement(spec: RequirementSpec): FileRule<EmptyOptions> {
  const meta: RuleMeta<EmptyOptions> & { scope?: 'file' } = {
    id: spec.id,
    type: spec.type ?? 'problem',
    description: spec.description,
    url: spec.url ?? docsUrl(spec.id),
    fixable: false,
    schema: { type: 'object', properties: {}, additionalProperties: false },
    defaultOptions: {},
    messages: spec.messages,
    concepts: conceptsOf(spec),
  };
  return {
    meta,
    check(context) {
      if (spec.appliesTo !== undefined && !documentIsA(context, spec.appliesTo)) return;
      if (spec.when !== undefined && !spec.when.some((concept) => context.text.has(concept))) return;
      if (spec.unless?.some((concept) => context.text.has(concept)) === true) return;
      // One scope stating everything is enough; otherwise report on the most complete one.
      let best: { scope: SectionScope; missing: RequirementCheck[] } | null = null;
      for (const scope of scopes(context, spec)) {
        const missing = spec.checks.filter((check) => !check.anyOf.some((evidence) => evidenceIn(context, evidence, scope.span)));
        if (missing.length === 0) return;
        if (best === null || missing.length < best.missing.length) best = { scope, missing };
      }
      if (best === null) return;
      for (const check of best.missing) {
        context.report({ messageId: check.messageId, data: { section: truncate(best.scope.name) }, ...(best.scope.at === undefined ? {} : { at: best.scope.at }) });
      }
    },
  };
}
