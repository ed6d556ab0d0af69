/**
 * management-contact: customers (and front-line staff) can reach a named
 * manager for escalations (seeds/001: management reachable for customer
 * problems; managers' names and phone numbers available).
 */
import type { FileRule } from '../src/types.js';
import { docsUrl } from '../src/rule-kit.js';
import { termSpans } from '../src/requirements/evidence.js';

const ROLES = ['role.manager', 'role.director', 'role.executive'] as const;

/** Frontmatter keys that name the policy's owner or contact. */
const OWNER_KEYS = ['owner', 'contact'];

/** An e-mail address; a frontmatter value is data, not prose, so a pattern is enough. */
const EMAIL = /[^\s@<>()]+@[^\s@<>()]+\.[a-z]{2,}/i;

/** Whether a frontmatter value (a string, or a mapping or list of them) holds an e-mail address. */
function holdsEmail(value: unknown): boolean {
  if (typeof value === 'string') return EMAIL.test(value);
  if (Array.isArray(value)) return value.some(holdsEmail);
  if (value !== null && typeof value === 'object') return Object.values(value).some(holdsEmail);
  return false;
}

const rule: FileRule<Record<string, never>> = {
  meta: {
    id: 'management-contact',
    type: 'suggestion',
    description: 'Require a manager, director or executive to be named with a contact for escalations, or an owner contact in the frontmatter (seeds/001).',
    url: docsUrl('management-contact'),
    fixable: false,
    concepts: [...ROLES, 'channel.form', 'channel.postal'],
    schema: { type: 'object', properties: {}, additionalProperties: false },
    defaultOptions: {},
    messages: {
      missing:
        'No management contact: this policy names no manager, director or executive that customers can reach, with a contact. seeds/001 says management must be reachable for customer problems, with managers\' names and phone numbers available. Add a line such as "If we have not solved your problem, write to our customer service manager, Jane Doe, at jane.doe@example.com", or an `owner` frontmatter field with an e-mail.',
    },
  },

  check(context) {
    const { document } = context;
    const data = document.frontmatter?.data ?? {};
    if (OWNER_KEYS.some((key) => holdsEmail(data[key]))) return;
    // A role and a contact in one block, or a contact anywhere in a section headed by a role.
    if (termSpans(context, ROLES, { start: 0, end: document.source.length }, { contact: true }).length > 0) return;
    context.report({ messageId: 'missing', ...(document.title === null ? {} : { at: document.title.range }) });
  },
};

export default rule;
