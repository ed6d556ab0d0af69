/**
 * escalation-list-ordered: the escalation list is "a logical chain, an ordered
 * sequence of actions" (seeds/000 and 002, step 5). It must be a numbered list,
 * numbered in sequence, and its steps must climb: tiers, roles and waiting
 * times never go down from one step to the next.
 */
import type { FileRule, Fix, RuleContext } from '../src/types.js';
import type { List, ListItem, PolicyDocument, Section } from '../src/model/document-types.js';
import { docsUrl, headingMatches, spanOf, truncate } from '../src/rule-kit.js';

export interface EscalationListOptions {
  /** Report an escalation section that has no list at all (default true). */
  requireList: boolean;
  /** Check that tiers, roles and time thresholds climb (default true). */
  checkOrder: boolean;
}

/** Roles from the first contact to the last resort; each a concept in the language data. */
const ROLE_LADDER = ['role.agent', 'role.teamLead', 'role.manager', 'role.director', 'role.executive', 'role.external'] as const;
const ROLE_NAMES: Record<(typeof ROLE_LADDER)[number], string> = {
  'role.agent': 'agent',
  'role.teamLead': 'team lead',
  'role.manager': 'manager',
  'role.director': 'director',
  'role.executive': 'executive',
  'role.external': 'external body',
};

interface Rank {
  value: number;
  /** How the value reads in a message: "Tier 2", "manager", "48 hours". */
  label: string;
}

type Dimension = 'level' | 'role' | 'time';
const DIMENSION_NAMES: Record<Dimension, string> = { level: 'level', role: 'role', time: 'waiting time' };

/** Ranks per item: choosing bullet lists and checking the climb both read them. */
const rankCache = new WeakMap<ListItem, Partial<Record<Dimension, Rank>>>();

function ranks(context: RuleContext<EscalationListOptions>, item: ListItem): Partial<Record<Dimension, Rank>> {
  const cached = rankCache.get(item);
  if (cached !== undefined) return cached;
  const found = itemRanks(context, item);
  rankCache.set(item, found);
  return found;
}

function itemRanks(context: RuleContext<EscalationListOptions>, item: ListItem): Partial<Record<Dimension, Rank>> {
  const { text } = context;
  const span = spanOf(item.range);
  const found: Partial<Record<Dimension, Rank>> = {};
  const level = text.levels(span)[0];
  if (level !== undefined) found.level = { value: level.value, label: `level ${level.value}` };
  // The highest role an item names is where that step takes the customer.
  for (let rank = ROLE_LADDER.length - 1; rank >= 0; rank--) {
    if (text.has(ROLE_LADDER[rank]!, span)) {
      found.role = { value: rank, label: ROLE_NAMES[ROLE_LADDER[rank]!] };
      break;
    }
  }
  const durations = text.durations(span);
  if (durations.length > 0) {
    const longest = durations.reduce((a, b) => (b.hours > a.hours ? b : a));
    found.time = { value: longest.hours, label: `${longest.value} ${longest.unit === 'businessDay' ? 'business day' : longest.unit}${longest.value === 1 ? '' : 's'}` };
  }
  return found;
}

/** Lists introduced by a sentence about escalation: the match must sit in the paragraph's last sentence. */
function introducedByEscalation(context: RuleContext<EscalationListOptions>, list: List): boolean {
  if (list.intro === null) return false;
  const span = spanOf(list.intro.range);
  const source = context.document.source.slice(span.start, span.end).replace(/\s+$/u, '');
  // Chinese and Japanese end sentences with 。！？ and no space after them.
  const boundary = Math.max(...[...source.slice(0, -1).matchAll(/[.!?।۔](?=\s|$)|[。！？]/gu)].map((m) => m.index + 1), 0);
  return context.text.find('escalation', span).some((match) => match.start >= span.start + boundary);
}

function isWithin(section: Section, list: List): boolean {
  for (let s: Section | null = list.section; s !== null; s = s.parent) if (s === section) return true;
  return false;
}

/** How many items of a list name a tier, a role or a waiting time. */
function rankedItems(context: RuleContext<EscalationListOptions>, list: List): number {
  return list.items.filter((item) => Object.keys(ranks(context, item)).length > 0).length;
}

/**
 * Whether a heading names an escalation path ("Escalation", "Escalation process",
 * "Support tiers"), not just mentions escalation ("When to escalate to SRE",
 * "Closing an account escalation"): a path term, or an escalation term that
 * makes up at least half of the heading.
 */
function namesAPath(context: RuleContext<EscalationListOptions>, section: Section): boolean {
  const span = spanOf(section.heading.range);
  if (context.text.has('escalation.path', span)) return true;
  const heading = context.text.slice(span).replace(/^[\d.\s)-]+/u, '').trim();
  return context.text.find('escalation', span).some((match) => match.text.length * 2 >= heading.length);
}

/** Whether a section (with its subsections) holds a list or a table, where an escalation path could be written. */
function hasListOrTable(document: PolicyDocument, section: Section): boolean {
  if (document.lists.some((list) => isWithin(section, list))) return true;
  const { start, end } = spanOf(section.range);
  return document.tree.children.some((node) => node.type === 'table' && (node.position?.start.offset ?? -1) >= start && (node.position?.start.offset ?? end) < end);
}

/** Markers can change width only where no item continues on another line, or the list would re-nest. */
function singleLineItems(list: List): boolean {
  return list.items.every((item) => item.range.start.line === item.range.end.line);
}

function renumberFix(context: RuleContext<EscalationListOptions>, list: List, numbers: number[]): Fix | undefined {
  const source = context.document.source;
  const widthChanges = list.items.some((item, i) => String(item.number ?? '').length !== String(numbers[i]).length);
  if (list.items.length === 0 || (widthChanges && !singleLineItems(list))) return undefined;
  const from = list.items[0]!.marker.start.offset;
  const to = list.items[list.items.length - 1]!.marker.end.offset;
  let text = '';
  let cursor = from;
  list.items.forEach((item, i) => {
    text += source.slice(cursor, item.marker.start.offset);
    const written = source.slice(item.marker.start.offset, item.marker.end.offset);
    const delimiter = /\)$/.test(written) ? ')' : '.';
    text += `${numbers[i]}${delimiter}`;
    cursor = item.marker.end.offset;
  });
  return { range: [from, to], text: text + source.slice(cursor, to) };
}

function checkNumbering(context: RuleContext<EscalationListOptions>, list: List): void {
  const written = list.items.map((item) => item.number ?? 0);
  const start = written[0] ?? 1;
  // "1." on every item renders 1, 2, 3: Markdown's own way to keep numbers stable.
  if (written.every((n) => n === start)) return;
  const expected = written.map((_, i) => start + i);
  const wrong = written.findIndex((n, i) => n !== expected[i]);
  if (wrong < 0) return;
  const item = list.items[wrong]!;
  const fix = renumberFix(context, list, expected);
  context.report({
    messageId: 'numbering',
    data: { found: written[wrong]!, expected: expected[wrong]!, item: truncate(item.text) },
    at: item.marker,
    ...(fix === undefined ? {} : { fix }),
  });
}

function checkClimb(context: RuleContext<EscalationListOptions>, list: List): void {
  const last: Partial<Record<Dimension, { index: number; rank: Rank }>> = {};
  for (let i = 0; i < list.items.length; i++) {
    const item = list.items[i]!;
    const found = ranks(context, item);
    for (const dimension of ['level', 'role', 'time'] as const) {
      const rank = found[dimension];
      if (rank === undefined) continue;
      const previous = last[dimension];
      if (previous !== undefined && rank.value < previous.rank.value) {
        context.report({
          messageId: 'descends',
          data: {
            index: i + 1,
            item: truncate(item.text),
            previousIndex: previous.index + 1,
            previous: truncate(list.items[previous.index]!.text),
            dimension: DIMENSION_NAMES[dimension],
            from: previous.rank.label,
            to: rank.label,
          },
          at: item.range,
        });
        return;
      }
      last[dimension] = { index: i, rank };
    }
  }
}

function bulletFix(context: RuleContext<EscalationListOptions>, list: List): Fix | undefined {
  if (!singleLineItems(list)) return undefined;
  return renumberFix(context, list, list.items.map((_, i) => i + 1));
}

const rule: FileRule<EscalationListOptions> = {
  meta: {
    id: 'escalation-list-ordered',
    type: 'problem',
    description: 'Require escalation paths to be numbered lists, numbered in sequence, whose steps climb (tiers, roles, waiting times).',
    url: docsUrl('escalation-list-ordered'),
    fixable: true,
    concepts: ['escalation', 'tier', ...ROLE_LADDER],
    schema: {
      type: 'object',
      properties: {
        requireList: { type: 'boolean' },
        checkOrder: { type: 'boolean' },
      },
      additionalProperties: false,
    },
    defaultOptions: { requireList: true, checkOrder: true },
    messages: {
      notOrdered:
        'The escalation list{{where}} is a bullet list. An escalation path is a sequence: number its steps (1., 2., 3.) so customers and staff know what comes first.',
      numbering: 'Escalation step "{{item}}" is numbered {{found}} where {{expected}} was expected. Number the steps in sequence.',
      descends:
        'Escalation step {{index}} "{{item}}" goes down from step {{previousIndex}} "{{previous}}" ({{dimension}}: {{from}} before {{to}}). Each step must climb: a higher tier, a more senior role or a longer wait.',
      noList:
        'The escalation section "{{section}}" has no list. Write the escalation path as a numbered list of steps, from the first contact to the last resort.',
    },
  },

  check(context) {
    const { document, options } = context;
    const escalationSections = document.allSections.filter((section) => headingMatches(context, section, 'escalation'));
    const chosen = new Set<List>();
    for (const section of escalationSections) {
      // A list belongs to the section it stands in, not to every section above it.
      const own = document.lists.filter((list) => list.depth === 0 && list.section === section);
      // Numbered lists are the path and bullets beside them are notes; bullets alone
      // are a path when their items name ranks (roles, tiers, waiting times).
      const ordered = own.filter((list) => list.ordered);
      for (const list of ordered.length > 0 ? ordered : own.filter((list) => rankedItems(context, list) >= 2)) chosen.add(list);
      // A nested escalation section without a list is covered by its parent's report.
      const inParent = section.parent !== null && escalationSections.includes(section.parent);
      if (options.requireList && !inParent && namesAPath(context, section) && !hasListOrTable(document, section)) {
        context.report({ messageId: 'noList', data: { section: truncate(section.heading.text) }, at: section.heading.range });
      }
    }
    for (const list of document.lists) {
      if (list.depth === 0 && introducedByEscalation(context, list) && (list.ordered || rankedItems(context, list) >= 2)) chosen.add(list);
    }

    for (const list of [...chosen].sort((a, b) => a.range.start.offset - b.range.start.offset)) {
      if (list.ordered) {
        checkNumbering(context, list);
      } else {
        const fix = bulletFix(context, list);
        const where = list.section === null ? '' : ` under "${truncate(list.section.heading.text)}"`;
        context.report({ messageId: 'notOrdered', data: { where }, at: list.items[0]?.marker ?? list.range, ...(fix === undefined ? {} : { fix }) });
      }
      // Bullets still read top to bottom, so their steps must climb too.
      if (options.checkOrder) checkClimb(context, list);
    }
  },
};

export default rule;
