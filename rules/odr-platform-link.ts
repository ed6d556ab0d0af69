/**
 * odr-platform-link: the EU Online Dispute Resolution platform closed on
 * 20 July 2025 (Regulation (EU) 2024/3228 repealed Regulation (EU) No 524/2013,
 * whose Art. 14 required the link); a link to it is now a dead end.
 */
import type { FileRule, Range } from '../src/types.js';
import { docsUrl } from '../src/rule-kit.js';
import { now, toDate } from '../src/clock.js';

/** The day the platform closed. */
const CLOSED = toDate('2025-07-20')!;
/** The platform's addresses: ec.europa.eu/consumers/odr, its short form ec.europa.eu/odr, and the complaint form on webgate. */
const ODR_URL = /^(?:https?:\/\/)?(?:www\.)?(?:ec\.europa\.eu\/(?:consumers\/)?odr|webgate\.ec\.europa\.eu\/odr)(?![\w-])/i;

const rule: FileRule<Record<string, never>> = {
  meta: {
    id: 'odr-platform-link',
    type: 'problem',
    description: 'Disallow links to the EU Online Dispute Resolution platform, closed on 20 July 2025 (Regulation (EU) 2024/3228).',
    url: docsUrl('odr-platform-link'),
    fixable: false,
    concepts: [],
    schema: { type: 'object', properties: {}, additionalProperties: false },
    defaultOptions: {},
    messages: {
      stale:
        'Link to the closed EU ODR platform ({{url}}). The platform shut down on 20 July 2025 when Regulation (EU) 2024/3228 repealed the ODR Regulation 524/2013, so the link and the duty to show it are gone. Remove the link and the ODR paragraph, and name your alternative dispute resolution (ADR) body instead, if you use one.',
    },
  },

  check(context) {
    if (now(context.settings) < CLOSED) return;
    const { document } = context;
    const found: Array<{ url: string; at: Range }> = [
      ...document.links.map((link) => ({ url: link.url, at: link.range })),
      ...document.contacts.filter((contact) => contact.kind === 'url').map((contact) => ({ url: contact.value, at: contact.range })),
    ];
    const reported: Range[] = [];
    for (const { url, at } of found.filter((entry) => ODR_URL.test(entry.url)).sort((a, b) => a.at.start.offset - b.at.start.offset)) {
      // An autolink is both a link and a bare URL: report it once.
      if (reported.some((r) => r.start.offset <= at.start.offset && at.start.offset < r.end.offset)) continue;
      reported.push(at);
      context.report({ messageId: 'stale', data: { url }, at });
    }
  },
};

export default rule;
