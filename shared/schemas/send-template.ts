// POST|GET /send-template: text with up to 3 call / URL buttons ("call|Label|number", "url|Label|link").
import { sendExtras, sendFields } from './common';
import { defineParams, type ParamsOf } from './params';
import { isHttpUrl, normalizePhone, optionalText, requiredText, stringList, url } from './rules';
import { MAX_TEXT } from './send-message';

export const MAX_TEMPLATE_BUTTONS = 3;

export type TemplateButton =
  { type: 'call'; label: string; phone: string } | { type: 'url'; label: string; url: string };

/** "call|Hubungi Kami|0812…" → +62812…; "url|Situs|google.com" → https://google.com (the docs' links have no scheme). */
export function parseTemplateButton(text: string, region: string): TemplateButton | undefined {
  const match = /^\s*(call|url)\s*\|([^|]+)\|(.+)$/i.exec(text);
  if (!match) return undefined;
  const [, kind, rawLabel, rawTarget] = match;
  const label = rawLabel.trim();
  const target = rawTarget.trim();
  if (!label || !target) return undefined;
  if (kind.toLowerCase() === 'call') {
    const digits = normalizePhone(target, region);
    return digits ? { type: 'call', label, phone: `+${digits}` } : undefined;
  }
  const link = /^[a-z][a-z\d+.-]*:\/\//i.test(target) ? target : `https://${target}`;
  return isHttpUrl(link) ? { type: 'url', label, url: link } : undefined;
}

export const sendTemplateParams = defineParams((region) => ({
  ...sendFields(region),
  message: requiredText({
    max: MAX_TEXT,
    description: 'Body text.',
    example: 'Hubungi kami atau kunjungi situs:',
  }),
  template: stringList<TemplateButton, true>({
    required: true,
    max: MAX_TEMPLATE_BUTTONS,
    itemMax: 2048,
    item: (text, fail) => parseTemplateButton(text, region) ?? fail('template'),
    description: 'At most 3 buttons, each "call|Label|number" or "url|Label|link".',
    example: ['call|Hubungi Kami|628123456789', 'url|Kunjungi Situs|google.com'],
  }),
  footer: optionalText({ max: 1024, description: 'Footer text.', example: 'Wasender Systems' }),
  url: url({ required: false, description: 'Header image link.' }),
  ...sendExtras(),
}));
export type SendTemplateParams = ParamsOf<typeof sendTemplateParams>;
