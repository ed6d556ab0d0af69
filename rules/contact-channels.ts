/**
 * contact-channels: customers can reach the business in several ways
 * (seeds/001: "a toll-free or local phone number, live website support,
 * social media"), and the addresses and numbers given actually work.
 */
import type { CountryCode, PhoneNumber } from 'libphonenumber-js';
import type { FileRule, RuleContext } from '../src/types.js';
import type { Contact, PolicyDocument } from '../src/model/document-types.js';
import { docsUrl, urlWords } from '../src/rule-kit.js';

export interface ContactChannelsOptions {
  /** How many distinct channels the policy must offer. */
  minChannels: number;
  /** ISO 3166 alpha-2 country of numbers written without a country code (else `settings.country`). */
  defaultCountry?: string;
}

/** The channels that count, each with the concept that names it. */
export const CHANNELS = {
  email: 'channel.email',
  phone: 'channel.phone',
  chat: 'channel.chat',
  social: 'channel.social',
  form: 'channel.form',
  postal: 'channel.postal',
} as const;
type Channel = keyof typeof CHANNELS;

/** The syntax of an address (RFC 5322 dot-atom, international domain names allowed). */
const EMAIL = /^[^\s@<>()[\]\\,;:"]+@(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?\.)+[\p{L}]{2,}$/u;

interface PhoneLibrary {
  parsePhoneNumberFromString(text: string, country?: CountryCode): PhoneNumber | undefined;
  isSupportedCountry(country: string): boolean;
}
let phoneLibrary: PhoneLibrary | undefined;

/** libphonenumber-js with full metadata takes ~50 ms to load: only when a config enables this rule. */
async function loadPhoneLibrary(): Promise<void> {
  phoneLibrary ??= await import('libphonenumber-js/max');
}

function phones(): PhoneLibrary {
  if (phoneLibrary === undefined) throw new Error('contact-channels: check() ran before prepare() was awaited');
  return phoneLibrary;
}

/** Phone numbers, without the digit runs inside web addresses (`help.example.com/contact/685581568653550`). */
export function phoneContacts(document: PolicyDocument): Contact[] {
  const urls = document.contacts.filter((contact) => contact.kind === 'url');
  const inUrl = (phone: Contact) =>
    urls.some((url) => url.range.start.offset <= phone.range.start.offset && phone.range.end.offset <= url.range.end.offset && url.value.includes(phone.value));
  return document.contacts.filter((contact) => contact.kind === 'phone' && !inUrl(contact));
}

function isEmail(address: string): boolean {
  const local = address.split('@')[0] ?? '';
  return EMAIL.test(address) && !local.startsWith('.') && !local.endsWith('.') && !local.includes('..');
}

/** The channels a document offers: a term naming it, a contact of its kind, or a link naming it. */
function channelsOffered(context: RuleContext<ContactChannelsOptions>): Channel[] {
  const { document, text } = context;
  return (Object.keys(CHANNELS) as Channel[]).filter((channel) => {
    const concept = CHANNELS[channel];
    if (text.has(concept)) return true;
    if (channel === 'email' && document.contacts.some((contact) => contact.kind === 'email')) return true;
    if (channel === 'phone' && phoneContacts(document).length > 0) return true;
    return document.links.some((link) => text.matches(concept, link.text) || text.matches(concept, urlWords(link.url)));
  });
}

/** `defaultCountry`, else `settings.country`, as an upper-case code; undefined when neither is set. */
function defaultCountry(context: RuleContext<ContactChannelsOptions>): CountryCode | undefined {
  const country = context.options.defaultCountry ?? context.settings['country'];
  return typeof country === 'string' && /^[a-z]{2}$/i.test(country) ? (country.toUpperCase() as CountryCode) : undefined;
}

function checkPhone(context: RuleContext<ContactChannelsOptions>, contact: Contact, country: CountryCode | undefined): void {
  // Thai, Urdu, Tamil digits read as ASCII digits. Only "+" marks an international number:
  // "00..." runs are as often registration or account numbers as dialling prefixes.
  const number = context.text.normalize(contact.value);
  const international = number.startsWith('+');
  if (!international && country === undefined) return;
  const parsed = phones().parsePhoneNumberFromString(number, international ? undefined : country);
  if (parsed?.isValid() === true) return;
  const where = international ? (parsed?.country ?? (parsed === undefined ? 'its country code' : `+${parsed.countryCallingCode}`)) : country!;
  context.report({ messageId: 'invalidPhone', data: { number: contact.value, country: where }, at: contact.range });
}

const rule: FileRule<ContactChannelsOptions> = {
  meta: {
    id: 'contact-channels',
    type: 'problem',
    description: 'Require several contact channels (e-mail, phone, chat, social media, web form, post), with well-formed e-mail addresses and valid phone numbers.',
    url: docsUrl('contact-channels'),
    fixable: false,
    concepts: Object.values(CHANNELS),
    schema: {
      type: 'object',
      properties: {
        minChannels: { type: 'integer', minimum: 1, maximum: Object.keys(CHANNELS).length },
        defaultCountry: { type: 'string', pattern: '^[A-Za-z]{2}$' },
      },
      additionalProperties: false,
    },
    defaultOptions: { minChannels: 2 },
    messages: {
      tooFewChannels:
        'Too few contact channels: this policy offers {{count}} ({{found}}), at least {{min}} are required. seeds/001 asks for several channels (phone, live website support, social media); add e-mail, phone, chat, a web form, social media or a postal address.',
      invalidEmail:
        'The e-mail link "{{address}}" is not a well-formed address, so customers cannot write to it (seeds/001: every contact channel must work). Correct the address after "mailto:".',
      unknownCountry:
        'The default country "{{country}}" (option defaultCountry or settings.country) is not an ISO 3166 country code that has a phone numbering plan, so national numbers were not checked. Use a code such as "GB", "IN", "PK", "TH" or "AM".',
      invalidPhone:
        'The phone number "{{number}}" is not a valid number for {{country}}, so customers cannot call it (seeds/001: every contact channel must work). Correct the number, or write it in international form (+country code).',
    },
  },

  prepare: loadPhoneLibrary,

  check(context) {
    const { document, options } = context;
    const offered = channelsOffered(context);
    if (offered.length < options.minChannels) {
      context.report({
        messageId: 'tooFewChannels',
        data: { count: offered.length, found: offered.length === 0 ? 'none' : offered.join(', '), min: options.minChannels },
        ...(document.title === null ? {} : { at: document.title.range }),
      });
    }

    for (const link of document.links) {
      const target = link.url.trim();
      if (!/^mailto:/i.test(target)) continue;
      let addresses = target.slice('mailto:'.length).split('?')[0]!;
      try {
        addresses = decodeURIComponent(addresses);
      } catch {
        // keep as written: a broken escape makes the address malformed anyway
      }
      // mailto: may list several addresses, separated by commas.
      // `mailto:?subject=...` (no address: the reader picks one) is a share link, not a contact.
      const list = addresses.trim() === '' ? [] : addresses.split(',').map((part) => part.trim());
      for (const address of list) {
        if (!isEmail(address)) context.report({ messageId: 'invalidEmail', data: { address }, at: link.range });
      }
    }

    let country = defaultCountry(context);
    if (country !== undefined && !phones().isSupportedCountry(country)) {
      context.report({ messageId: 'unknownCountry', data: { country }, severity: 'warn' });
      country = undefined;
    }
    let previousEnd = -1;
    for (const contact of phoneContacts(document)) {
      // `[+44 20 ...](tel:+4420...)` is one number found twice: in the link and in its text.
      if (contact.range.start.offset < previousEnd) continue;
      previousEnd = contact.range.end.offset;
      checkPhone(context, contact, country);
    }
  },
};

export default rule;
