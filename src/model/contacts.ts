/**
 * Finds contact data in the readable text and in link targets: e-mail
 * addresses, phone numbers (in any script's digits) and web addresses.
 */
import type { Contact, Link } from './document-types.js';
import type { LineIndex } from './positions.js';
import type { PlainText } from '../text/text-layer.js';

/**
 * Latin-script addresses only: Thai, Japanese and Chinese write no space
 * between an address and the words around it, so other letters end the match.
 */
const EMAIL = /^[\p{Script=Latin}\p{Nd}._%+-]+@[\p{Script=Latin}\p{Nd}-]+(?:\.[\p{Script=Latin}\p{Nd}-]+)*\.\p{Script=Latin}{2,}$/u;
const EMAIL_CHAR = /[\p{Script=Latin}\p{Nd}._%+-]/u;

/** E-mail addresses, found from each `@` outwards (a regex over the whole text is slow). */
function findEmails(text: string): Array<{ value: string; index: number }> {
  const found: Array<{ value: string; index: number }> = [];
  let at = text.indexOf('@');
  while (at >= 0) {
    let start = at;
    while (start > 0 && EMAIL_CHAR.test(text[start - 1]!)) start--;
    let end = at + 1;
    while (end < text.length && EMAIL_CHAR.test(text[end]!)) end++;
    const value = text.slice(start, end).replace(/^[._%+-]+/, '').replace(/[._%+-]+$/, '');
    if (EMAIL.test(value)) found.push({ value, index: text.indexOf(value, start) });
    at = text.indexOf('@', end);
  }
  return found;
}

/** A run of digits with the separators phone numbers are written with. */
const PHONE = /(?:\+|\b00)?\(?\p{Nd}[\p{Nd}\p{Zs} ().\/-]{5,}\p{Nd}/gu;
/** ASCII URL characters only, for the same reason as e-mail addresses. */
const WEB = /(?:https?:\/\/|\bwww\.)[A-Za-z0-9\-._~:/?#@!$&*+,;=%]*[A-Za-z0-9\-_~/#=%&]/giu;
/** Dates, times and version numbers are digit runs too, but not phone numbers. */
const NOT_PHONE = [
  /^\p{Nd}{4}[-./]\p{Nd}{1,2}[-./]\p{Nd}{1,2}$/u,
  /^\p{Nd}{1,2}[-./]\p{Nd}{1,2}[-./]\p{Nd}{2,4}$/u,
  /^\p{Nd}+(?:\.\p{Nd}+){2,}$/u,
  /^\p{Nd}{1,4}\s*[-–]\s*\p{Nd}{1,4}$/u,
  /^\p{Nd}{4}\/\p{Nd}{1,5}$/u, // EU regulation numbers: 2019/1150
];

function digitCount(text: string): number {
  return (text.match(/\p{Nd}/gu) ?? []).length;
}

function isPhoneNumber(candidate: string): boolean {
  const digits = digitCount(candidate);
  if (digits < 7 || digits > 15) return false;
  const trimmed = candidate.trim();
  if (NOT_PHONE.some((pattern) => pattern.test(trimmed))) return false;
  // A phone number is grouped digits, not a bare sum or a year range.
  return trimmed.startsWith('+') || /[\s().-]/u.test(trimmed) || digits >= 8;
}

export function collectContacts(plain: PlainText, links: readonly Link[], lines: LineIndex): Contact[] {
  const contacts: Contact[] = [];
  const at = (index: number) => plain.map[index]!;
  const add = (kind: Contact['kind'], value: string, start: number, end: number) => {
    contacts.push({ kind, value, range: lines.rangeOf(start, end) });
  };
  for (const m of findEmails(plain.text)) add('email', m.value, at(m.index), at(m.index + m.value.length - 1) + 1);
  // Only where "http" or "www." occurs: a regex tried at every position of a long document is slow.
  if (/http|www\./i.test(plain.text)) {
    for (const m of plain.text.matchAll(WEB)) add('url', m[0], at(m.index), at(m.index + m[0].length - 1) + 1);
  }
  for (const m of plain.text.matchAll(PHONE)) {
    const value = m[0].replace(/[\s(/.-]+$/u, '');
    if (isPhoneNumber(value)) add('phone', value, at(m.index), at(m.index + value.length - 1) + 1);
  }
  for (const link of links) {
    const url = link.url.trim();
    if (/^mailto:/i.test(url)) add('email', decodeSafe(url.slice(7).split('?')[0]!), link.range.start.offset, link.range.end.offset);
    else if (/^tel:/i.test(url)) add('phone', decodeSafe(url.slice(4)), link.range.start.offset, link.range.end.offset);
    else if (/^https?:\/\//i.test(url)) add('url', url, link.range.start.offset, link.range.end.offset);
  }
  // The same address in link text and target is one contact.
  const seen = new Set<string>();
  return contacts
    .sort((a, b) => a.range.start.offset - b.range.start.offset)
    .filter((contact) => {
      const key = `${contact.kind}:${contact.value.toLowerCase()}:${contact.range.start.offset}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}

function decodeSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
