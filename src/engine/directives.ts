/**
 * Inline control: HTML comments that turn rules off and on for a part of a
 * document, and a file-level switch in frontmatter.
 *
 *   <!-- policylint-disable rule-a, rule-b -->   until enable (or the end)
 *   <!-- policylint-enable rule-a -->
 *   <!-- policylint-disable-next-line rule -->   the next line only
 *   <!-- policylint-disable-line rule -->        the comment's own line
 *   ---
 *   policylint: { disable: [rule-a] }            the whole file ("all" or no list: every rule)
 *   ---
 *
 * With no rule list a directive applies to every rule. Comments may carry a
 * reason after `--`: `<!-- policylint-disable rule -- quoted from the regulator -->`.
 */
import type { Html, Nodes, Root } from 'mdast';
import type { LintMessage } from '../types.js';

export type DirectiveKind = 'disable' | 'enable' | 'disable-next-line' | 'disable-line' | 'disable-file';

export interface Directive {
  kind: DirectiveKind;
  /** Rule ids, or null for every rule. */
  rules: string[] | null;
  line: number;
  column: number;
}

const COMMENT = /^<!--\s*policylint-(disable-next-line|disable-line|disable|enable)\b([\s\S]*?)-->$/;

function ruleList(text: string): string[] | null {
  const withoutReason = text.split(/\s--\s|\s--$/)[0] ?? '';
  const rules = withoutReason
    .split(/[\s,]+/)
    .map((rule) => rule.trim())
    .filter(Boolean);
  return rules.length === 0 ? null : rules;
}

/** Directives of a document, in order: comments in the tree and the frontmatter switch. */
export function readDirectives(tree: Root, frontmatter: Record<string, unknown> | undefined): Directive[] {
  const directives: Directive[] = [];
  const setting = frontmatter?.['policylint'];
  if (setting !== undefined && setting !== null && typeof setting === 'object' && 'disable' in setting) {
    const disable = (setting as { disable: unknown }).disable;
    const list = Array.isArray(disable) ? disable.filter((rule): rule is string => typeof rule === 'string') : disable === true || disable === 'all' ? null : typeof disable === 'string' ? [disable] : [];
    if (list === null || list.length > 0) directives.push({ kind: 'disable-file', rules: list, line: 1, column: 1 });
  }
  const stack: Nodes[] = [tree];
  const comments: Html[] = [];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'html') comments.push(node);
    if ('children' in node) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as Nodes);
  }
  for (const node of comments) {
    // One html node may hold several comments (`<!-- a --><!-- b -->` or a block of lines).
    for (const match of node.value.matchAll(/<!--[\s\S]*?-->/g)) {
      const comment = COMMENT.exec(match[0].trim());
      if (comment === null || node.position === undefined) continue;
      const before = node.value.slice(0, match.index);
      const lineOffset = (before.match(/\n/g) ?? []).length;
      const column = lineOffset === 0 ? node.position.start.column + match.index : match.index - before.lastIndexOf('\n');
      directives.push({ kind: comment[1] as DirectiveKind, rules: ruleList(comment[2] ?? ''), line: node.position.start.line + lineOffset, column });
    }
  }
  return directives.sort((a, b) => a.line - b.line || a.column - b.column);
}

function names(directive: Directive, ruleId: string | null): boolean {
  return ruleId !== null && (directive.rules === null || directive.rules.includes(ruleId));
}

export interface DirectiveOutcome {
  messages: LintMessage[];
  /** Directives that suppressed nothing (for `--report-unused-disable-directives`). */
  unused: Directive[];
}

/**
 * Drop the messages that directives turn off. Fatal messages are never
 * suppressed: a file that cannot be read has no directives anyone could trust.
 */
export function applyDirectives(messages: readonly LintMessage[], directives: readonly Directive[]): DirectiveOutcome {
  if (directives.length === 0) return { messages: [...messages], unused: [] };
  const used = new Set<Directive>();
  const kept = messages.filter((message) => {
    if (message.fatal === true) return true;
    const suppressing = suppressors(message, directives);
    for (const directive of suppressing) used.add(directive);
    return suppressing.length === 0;
  });
  const unused = directives.filter((d) => d.kind !== 'enable' && !used.has(d));
  return { messages: kept, unused };
}

/** The directives that turn a message off. */
function suppressors(message: LintMessage, directives: readonly Directive[]): Directive[] {
  const found: Directive[] = [];
  // The last disable/enable before the message decides for each rule.
  let region: Directive | null = null;
  for (const directive of directives) {
    if (directive.kind === 'disable-file' && names(directive, message.ruleId)) found.push(directive);
    if (directive.kind === 'disable-line' && directive.line === message.line && names(directive, message.ruleId)) found.push(directive);
    if (directive.kind === 'disable-next-line' && directive.line + 1 === message.line && names(directive, message.ruleId)) found.push(directive);
    if ((directive.kind === 'disable' || directive.kind === 'enable') && names(directive, message.ruleId)) {
      const before = directive.line < message.line || (directive.line === message.line && directive.column <= message.column);
      if (before) region = directive;
    }
  }
  if (region !== null && region.kind === 'disable') found.push(region);
  return found;
}
