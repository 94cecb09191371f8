/**
 * Plain words for an address that the URL parser refuses although it starts like a web address
 * (`https://%zz`, a pasted space): the general "enter a complete address starting with https://"
 * would tell the user to do what they already did.
 */
import { type MessageKey, type MessageVars, t } from '@/utils/i18n';

export function malformedUrl(raw: string): { key: MessageKey; vars?: MessageVars } | null {
  const value = raw.trim();
  const scheme = /^https?:\/\//i.exec(value);
  if (!scheme) return null;
  if (/\s/.test(value)) return { key: 'optUrlHasSpace' };
  const badPercent = /%(?![0-9a-f]{2})[^/?#]{0,2}/i.exec(value);
  if (badPercent) return { key: 'optUrlBadPercent', vars: { part: badPercent[0] } };
  if (/^[/?#]|^$/.test(value.slice(scheme[0].length))) return { key: 'optUrlNoHost' };
  return { key: 'optUrlMalformed' };
}

/** The sentence for `malformedUrl`'s answer. */
export function malformedUrlText(raw: string): string | null {
  const found = malformedUrl(raw);
  return found ? t(found.key, found.vars) : null;
}
