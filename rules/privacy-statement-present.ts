/**
 * privacy-statement-present: every customer-facing policy must state how
 * personal data is handled, or point to the privacy policy that does
 * (seeds/004: "every website that collects or shares data about visitors or
 * customers needs a privacy statement").
 */
import type { FileRule, RuleContext } from '../src/types.js';
import type { Link } from '../src/model/document-types.js';
import path from 'node:path';
import { docsUrl, hasContent, headingMatches, spanOf, truncate, urlWords } from '../src/rule-kit.js';
import { fileNameWords } from '../src/requirements/document-kind.js';

export interface PrivacyStatementOptions {
  /** Whether a link to a privacy policy satisfies the rule (default true). */
  acceptLinks: boolean;
}

function isPrivacyLink(context: RuleContext<PrivacyStatementOptions>, link: Link): boolean {
  const { text } = context;
  return (
    text.matches('privacyPolicy', link.text) ||
    text.matches('privacy', link.text) ||
    text.matches('privacyPolicy', urlWords(link.url)) ||
    text.matches('privacy', urlWords(link.url))
  );
}

/** Markdown sources a site page may be built from: `/privacy/` is `privacy.md`, `privacy/index.md` or `privacy/_index.md`. */
const PAGE_SOURCES = ['', '.md', '.markdown', '/index.md', '/_index.md', '/README.md'];

/**
 * A local target exists when it is a file, or the page a site route is built from.
 * An extension-less route that matches no source is a page of the built site
 * (`/privacy/`): it cannot be checked from the repository, so it counts.
 */
function targetExists(context: RuleContext<PrivacyStatementOptions>, target: string): boolean {
  const bare = target.replace(/[\\/]+$/, '');
  if (PAGE_SOURCES.some((suffix) => context.exists(bare + suffix))) return true;
  return path.extname(bare) === '';
}

const rule: FileRule<PrivacyStatementOptions> = {
  meta: {
    id: 'privacy-statement-present',
    type: 'problem',
    description: 'Require a privacy statement: the document is a privacy notice, has a privacy section with content, or links to the privacy policy.',
    url: docsUrl('privacy-statement-present'),
    fixable: false,
    concepts: ['privacy', 'privacyPolicy'],
    schema: {
      type: 'object',
      properties: { acceptLinks: { type: 'boolean' } },
      additionalProperties: false,
    },
    defaultOptions: { acceptLinks: true },
    messages: {
      missing:
        'No privacy statement: this policy has no section on privacy or personal data and does not link to a privacy policy. Add a "Privacy" section that says how customer data is collected, used and protected, or link to your privacy policy.',
      emptySection:
        'The privacy section "{{heading}}" is empty. Say how customer data is collected, used and protected, or link to your privacy policy from it.',
      emptyNotice:
        'This privacy notice "{{title}}" has no text under its title. Write the notice, or replace the page with a link to the published one.',
      brokenLink:
        'The privacy policy link "{{target}}" points to a file that does not exist, so it does not count as a privacy statement. Fix the path or link to the published privacy policy.',
    },
  },

  check(context) {
    const { document, text, options } = context;
    const title = document.title;

    const names = (words: string) => text.matches('privacyPolicy', words) || text.matches('privacy', words);
    // A file name is weaker evidence than a title: "privacy-violations.md" is not a notice.
    const fileName = text.normalize(fileNameWords(document.filePath));
    const namedByFile = text.matches('privacyPolicy', fileName) || (text.matches('privacy', fileName) && !fileName.includes(' '));
    if ((title !== null && names(title.text)) || namedByFile) {
      // The document is itself a privacy notice; it only fails when nothing but the title is there.
      const titleSpan = title === null ? { start: 0, end: 0 } : spanOf(title.range);
      const before = text.slice({ start: 0, end: titleSpan.start });
      const after = text.slice({ start: titleSpan.end, end: document.source.length });
      if (`${before}${after}`.trim() === '') {
        const name = title?.text ?? path.basename(document.filePath);
        context.report({ messageId: 'emptyNotice', data: { title: truncate(name) }, ...(title === null ? {} : { at: title.range }) });
      }
      return;
    }

    let satisfied = false;
    for (const section of document.allSections) {
      if (!headingMatches(context, section, 'privacy')) continue;
      if (hasContent(section)) satisfied = true;
      else context.report({ messageId: 'emptySection', data: { heading: truncate(section.heading.text) }, at: section.heading.range });
    }

    if (options.acceptLinks) {
      for (const link of document.links) {
        if (!isPrivacyLink(context, link)) continue;
        if (link.resolvedPath !== null && !targetExists(context, link.resolvedPath)) {
          context.report({ messageId: 'brokenLink', data: { target: truncate(link.url) }, at: link.range });
          continue;
        }
        satisfied = true;
      }
    }

    if (!satisfied && !document.allSections.some((section) => headingMatches(context, section, 'privacy'))) {
      context.report({ messageId: 'missing', ...(title === null ? {} : { at: title.range }) });
    }
  },
};

export default rule;
