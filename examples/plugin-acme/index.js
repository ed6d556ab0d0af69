/**
 * policylint-plugin-acme: two rules that encode ACME's own policy requirements.
 *
 * Rules get the same document model (sections, lists, links, contacts,
 * frontmatter) and the same text layer (concepts in every supported language,
 * durations, levels) as the built-in rules, so they work on Tamil, Thai or Urdu
 * policies without knowing those languages.
 */
import { definePlugin, defineRule } from 'policylint';

/** @typedef {{ maxDays: number }} ResponseTimeOptions */

const responseTimeLimit = defineRule(
  /** @type {import('policylint').FileRule<ResponseTimeOptions>} */ ({
    meta: {
      id: 'response-time-limit',
      type: 'problem',
      description: 'Complaints must be answered within the limit ACME promises.',
      url: 'https://example.com/policylint-plugin-acme#response-time-limit',
      fixable: false,
      schema: {
        type: 'object',
        properties: { maxDays: { type: 'integer', minimum: 1 } },
        additionalProperties: false,
      },
      defaultOptions: { maxDays: 10 },
      messages: {
        tooSlow: 'The complaints section promises an answer in {{found}}; ACME answers within {{maxDays}} days. Shorten the time limit.',
        noLimit: 'The complaints section "{{section}}" gives no time limit. ACME answers within {{maxDays}} days: say so.',
      },
    },
    check(context) {
      const { document, text, options } = context;
      for (const section of document.allSections) {
        const heading = { start: section.heading.range.start.offset, end: section.heading.range.end.offset };
        // "complaint" is a concept of the language data: it matches புகார்கள், شکایات, ข้อร้องเรียน, բողոքներ...
        if (!text.has('complaint', heading)) continue;
        const span = { start: section.range.start.offset, end: section.range.end.offset };
        const durations = text.durations(span);
        if (durations.length === 0) {
          context.report({ messageId: 'noLimit', data: { section: section.heading.text, maxDays: options.maxDays }, at: section.heading.range });
        }
        for (const duration of durations) {
          if (duration.hours > options.maxDays * 24) {
            context.report({
              messageId: 'tooSlow',
              data: { found: document.source.slice(duration.start, duration.end), maxDays: options.maxDays },
              at: document.rangeOf(duration),
            });
          }
        }
      }
    },
  }),
);

const ownerContact = defineRule(
  /** @type {import('policylint').FileRule<{}>} */ ({
    meta: {
      id: 'owner-contact',
      type: 'suggestion',
      description: 'Every policy names an owner with an e-mail address in its frontmatter.',
      url: 'https://example.com/policylint-plugin-acme#owner-contact',
      fixable: false,
      schema: { type: 'object', additionalProperties: false },
      defaultOptions: {},
      messages: {
        missing: 'Add "owner: {name, email}" to the frontmatter, so questions about this policy reach someone.',
        noEmail: 'The owner "{{owner}}" has no e-mail address. Add "email" under "owner".',
      },
    },
    check(context) {
      const { frontmatter } = context.document;
      const owner = frontmatter?.data.owner;
      if (owner === undefined) {
        context.report({ messageId: 'missing' });
      } else if (typeof owner !== 'object' || owner === null || typeof owner.email !== 'string') {
        const at = frontmatter?.rangeOf('owner');
        context.report({ messageId: 'noEmail', data: { owner: typeof owner === 'string' ? owner : JSON.stringify(owner) }, ...(at ? { at } : {}) });
      }
    },
  }),
);

export default definePlugin({
  name: 'acme',
  rules: {
    'response-time-limit': responseTimeLimit,
    'owner-contact': ownerContact,
  },
  configs: {
    recommended: {
      rules: {
        'acme/response-time-limit': 'error',
        'acme/owner-contact': 'warn',
      },
    },
  },
});
