/**
 * One multi-file, multilingual result set that every formatter is tested on.
 *
 * Positions are not typed in by hand: each message is placed on a substring of
 * its file's text (`SOURCES`), so line, column, endLine and endColumn are the
 * exact 1-based UTF-16 positions of that substring (end exclusive), as the
 * engine reports them. The Thai file has an emoji (two UTF-16 code units) and
 * combining marks before a message's column; the Urdu file is right-to-left
 * and has an Urdu file name; the Tamil file could not be read (a fatal message).
 */
import path from 'node:path';
import { toResult } from '../../src/engine/messages.js';
import type { FormatterRuleMeta } from '../../src/formatters/types.js';
import type { Fix, LintMessage, LintResult } from '../../src/types.js';
import complaintProcessDefined from '../../rules/complaint-process-defined.js';
import escalationListOrdered from '../../rules/escalation-list-ordered.js';
import policyLinkedFromFooter from '../../rules/policy-linked-from-footer.js';
import privacyStatementPresent from '../../rules/privacy-statement-present.js';

export const CWD = path.join(path.sep, 'home', 'dev', 'site');

/** The rules of the run (the golden files do not change when a new built-in rule is added). */
export const RULES: ReadonlyMap<string, FormatterRuleMeta> = new Map(
  [privacyStatementPresent, complaintProcessDefined, escalationListOrdered, policyLinkedFromFooter].map(({ meta }) => [meta.id, meta]),
);

export const FILES = {
  enGood: 'docs/en/customer-service.md',
  en: 'docs/en/refunds, returns.md',
  th: 'docs/th/privacy.th.md',
  ur: 'docs/ur/شکایات.md',
  ta: 'docs/ta/புகார்.md',
} as const;

export const SOURCES: Record<Exclude<keyof typeof FILES, 'ta'>, string> = {
  enGood: '# Customer service\n\nWrite to help@example.com. We answer within 2 days.\n',
  en: [
    '---',
    'title: Refunds & returns',
    '---',
    '',
    '# Refunds & returns',
    '',
    '<!-- policylint-disable-next-line escalation-list-ordered -->',
    '## Complaints & appeals',
    '',
    'Tell us what went wrong.',
    '',
    '## Escalation',
    '',
    '- Speak to an agent.',
    '- Speak to a team lead.',
    '- Wait 50% longer: call the manager, or write | fax.',
    '- Speak to an agent again.',
    '',
  ].join('\n'),
  th: [
    '# นโยบายความเป็นส่วนตัว',
    '',
    '## ข้อมูลส่วนบุคคล',
    '',
    '🔒 อ่าน[นโยบายฉบับเต็ม](../legal/privacy-full.md)ก่อนใช้บริการ',
    '',
    '## ข้อร้องเรียน',
    '',
    'ส่งข้อร้องเรียนทางอีเมลที่complaints@example.co.th',
    '',
  ].join('\n'),
  ur: [
    '---',
    'lang: ur',
    'title: شکایات کی پالیسی',
    '---',
    '',
    '## شکایات',
    '',
    'شکایت کے لیے ہمیں complaints@example.pk پر ای میل بھیجیں۔',
    '',
    '## معاملہ آگے بڑھانا',
    '',
    '1. ایجنٹ سے بات کریں۔',
    '3. مینیجر سے بات کریں۔',
    '',
  ].join('\n'),
};

export interface Located {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** Offsets into the text (UTF-16 code units). */
  start: number;
  end: number;
}

function pointAt(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length, column: offset - lineStart + 1 };
}

/** The exact position of the first `needle` in `text` (after `after`, if given). */
export function locate(text: string, needle: string, after = ''): Located {
  const from = after === '' ? 0 : text.indexOf(after);
  const start = text.indexOf(needle, from);
  if (from < 0 || start < 0) throw new Error(`"${needle}" is not in the text`);
  const end = start + needle.length;
  const a = pointAt(text, start);
  const b = pointAt(text, end);
  return { line: a.line, column: a.column, endLine: b.line, endColumn: b.column, start, end };
}

function message(ruleId: string | null, messageId: string | undefined, severity: 1 | 2, text: string, at: Located, options: { fix?: Fix; noEnd?: boolean } = {}): LintMessage {
  const result: LintMessage = { ruleId, severity, message: text, line: at.line, column: at.column };
  if (messageId !== undefined) result.messageId = messageId;
  if (options.noEnd !== true) {
    result.endLine = at.endLine;
    result.endColumn = at.endColumn;
  }
  if (options.fix !== undefined) result.fix = options.fix;
  return result;
}

const abs = (file: string): string => path.join(CWD, ...file.split('/'));

const enList = locate(
  SOURCES.en,
  '- Speak to an agent.\n- Speak to a team lead.\n- Wait 50% longer: call the manager, or write | fax.\n- Speak to an agent again.',
);
const urDigit = locate(SOURCES.ur, '3', '3. مینیجر');

export const RESULTS: LintResult[] = [
  toResult(abs(FILES.enGood), 'en', []),
  toResult(abs(FILES.en), 'en', [
    message(
      null,
      undefined,
      1,
      'Unused policylint-disable-next-line comment: no problem from "escalation-list-ordered" was reported here. Remove it.',
      locate(SOURCES.en, '<!--'),
      { noEnd: true },
    ),
    message(
      'complaint-process-defined',
      'noChannel',
      2,
      'The complaints section "Complaints & appeals" does not say how to complain. Add at least one channel: an e-mail address, a phone number, a link to a web form or portal, or a postal address.',
      locate(SOURCES.en, '## Complaints & appeals'),
    ),
    message(
      'escalation-list-ordered',
      'notOrdered',
      2,
      'The escalation list under "Escalation" is a bullet list. An escalation path is a sequence: number its steps (1., 2., 3.) so customers and staff know what comes first.',
      enList,
      {
        fix: {
          range: [enList.start, enList.end],
          text: '1. Speak to an agent.\n2. Speak to a team lead.\n3. Wait 50% longer: call the manager, or write | fax.\n4. Speak to an agent again.',
        },
      },
    ),
    message(
      'escalation-list-ordered',
      'descends',
      1,
      'Escalation step 4 "Speak to an agent again." goes down from step 3 "Wait 50% longer: call the manager, or write | fax." (role: manager before agent). Each step must climb: a higher tier, a more senior role or a longer wait.',
      locate(SOURCES.en, 'Speak to an agent again.'),
    ),
  ]),
  toResult(abs(FILES.th), 'th', [
    message(
      'privacy-statement-present',
      'brokenLink',
      2,
      'The privacy policy link "../legal/privacy-full.md" points to a file that does not exist, so it does not count as a privacy statement. Fix the path or link to the published privacy policy.',
      locate(SOURCES.th, '[นโยบายฉบับเต็ม](../legal/privacy-full.md)'),
    ),
    message(
      'complaint-process-defined',
      'noNextSteps',
      2,
      'The complaints section "ข้อร้องเรียน" does not say what happens next. List the steps as a numbered list, or give a response time such as "within 5 business days".',
      locate(SOURCES.th, '## ข้อร้องเรียน'),
    ),
    // A plugin rule that is not in the rule metadata, with text that needs escaping everywhere.
    message(
      'acme/contact-links',
      'bareEmail',
      1,
      'The e-mail address complaints@example.co.th is not a link & cannot be clicked.\r\nWrite it as <mailto:complaints@example.co.th> (bell: \u0007, tab:\t, 100%).',
      locate(SOURCES.th, 'complaints@example.co.th'),
    ),
  ]),
  toResult(abs(FILES.ur), 'ur', [
    message(
      'policy-linked-from-footer',
      'notLinked',
      1,
      '“شکایات کی پالیسی” is not linked from the site footer (site/_includes/footer.html). Add a footer link to /ur/شکایات/ so customers can find it from every page.',
      locate(SOURCES.ur, 'شکایات کی پالیسی'),
    ),
    message(
      'complaint-process-defined',
      'noNextSteps',
      2,
      'The complaints section "شکایات" does not say what happens next. List the steps as a numbered list, or give a response time such as "within 5 business days".',
      locate(SOURCES.ur, '## شکایات'),
    ),
    message(
      'escalation-list-ordered',
      'numbering',
      2,
      'Escalation step "مینیجر سے بات کریں۔" is numbered 3 where 2 was expected. Number the steps in sequence.',
      locate(SOURCES.ur, '3. مینیجر سے بات کریں۔'),
      { fix: { range: [urDigit.start, urDigit.end], text: '2' } },
    ),
  ]),
  toResult(abs(FILES.ta), 'und', [
    { ruleId: null, severity: 2, fatal: true, message: 'The file is not valid UTF-8 (first invalid byte at offset 12). Save it as UTF-8.', line: 1, column: 1 },
  ]),
];
