// Phone numbers in any common notation (0812…, 62812…, +62 812-…, 812…) → digits with country code.
import { getCountryCallingCode, parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';

export const DEFAULT_REGION = 'ID';

/** Returns E.164 digits without "+" (e.g. "6281234567890"), or null when it is not a valid number. */
export function normalizePhone(input: string, region: string = DEFAULT_REGION): string | null {
  const raw = String(input ?? '').trim();
  if (!raw || /[a-z]/i.test(raw.replace(/^(tel:|wa\.me\/)/i, ''))) return null;
  const cleaned = raw.replace(/[^\d+]/g, '');
  const digits = cleaned.replace(/\+/g, '');
  if (digits.length < 6 || digits.length > 15) return null;
  const country = region.toUpperCase() as CountryCode;
  // Without "+" a number is international only when it starts with the region's own calling code
  // ("62812…" in Indonesia); otherwise it is national ("812…" → "+62 812…", not Japan's +81).
  const candidates =
    cleaned.startsWith('+') || cleaned.startsWith('00')
      ? [`+${digits.replace(/^00/, '')}`]
      : digits.startsWith(getCountryCallingCode(country))
        ? [`+${digits}`, digits]
        : [digits, `+${digits}`];
  for (const candidate of candidates) {
    const parsed = candidate.startsWith('+')
      ? parsePhoneNumberFromString(candidate)
      : parsePhoneNumberFromString(candidate, country);
    if (parsed?.isValid()) return parsed.number.slice(1);
  }
  return null;
}

/** "6281234567890" → "+62 812 3456 7890" for display. */
export function formatPhone(digits: string): string {
  const parsed = parsePhoneNumberFromString(`+${digits}`);
  return parsed ? parsed.formatInternational() : digits;
}

/** A device in a picker: "Toko · +62 812 3456 7890", or only the number when it has no name. */
export function deviceLabel(device: { name: string; number: string }): string {
  return device.name ? `${device.name} · ${formatPhone(device.number)}` : formatPhone(device.number);
}
