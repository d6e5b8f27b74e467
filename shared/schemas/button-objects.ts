// /send-button's `button` as MPWA v6+ takes it: labels (the documented form) or objects
// {type: reply|call|url|copy, displayText, phoneNumber?, url?, copyCode?|copyText?}, up to 5, mixed freely.
// MPWA checks these in ApiController::messageButton and maps them to quick_reply / cta_call / cta_url /
// cta_copy in server/lib/helper.js (class Button) — zymzz-id/MPWA @ c41106a. Its controller asks for
// `copyText` while its Node side reads `copyCode`, so clients send either; both are read here.
import { z } from 'zod';
import type { actionButtonSchema } from '../outgoing-message';
import { isBlank, isHttpUrl, isPlainObject, listValues, normalizePhone } from './rules';
import { ruleIssue, type MessageKey } from './rules-messages';

export const MAX_BUTTONS = 5;
export const buttonTypes = ['reply', 'call', 'url', 'copy'] as const;

export type ButtonSpec = z.infer<typeof actionButtonSchema>;

const MAX_LABEL = 256;

/** `[{…},{…}]` or `{…}` sent as one form value (a JSON-encoded list, or one JSON object per repeated key). */
function parsedJson(value: unknown): unknown {
  if (typeof value !== 'string' || !/^\s*[[{]/.test(value)) return value;
  try {
    return JSON.parse(value);
  } catch {
    return value;
  }
}

const text = (value: unknown) =>
  typeof value === 'string' ? value : typeof value === 'number' ? String(value) : undefined;

type Fail = (
  path: Array<string | number>,
  key: MessageKey,
  replace?: Record<string, string | number>,
) => undefined;

/** A link as the template's: a missing scheme gets https:// (MPWA scripts write "toko.com"). */
function link(target: string): string | undefined {
  const trimmed = target.trim();
  const url = /^[a-z][a-z\d+.-]*:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`;
  return isHttpUrl(url) ? url : undefined;
}

function buttonObject(item: Record<string, unknown>, index: number, region: string, fail: Fail) {
  const type = text(item.type)?.trim().toLowerCase();
  const label = text(item.displayText);
  if (isBlank(item.type)) return fail([index, 'type'], 'required');
  if (!type || !(buttonTypes as readonly string[]).includes(type)) return fail([index, 'type'], 'in');
  if (isBlank(item.displayText)) return fail([index, 'displayText'], 'required');
  if (label === undefined) return fail([index, 'displayText'], 'string');
  if ([...label].length > MAX_LABEL) return fail([index, 'displayText'], 'max.string', { max: MAX_LABEL });
  const needs = (field: string) =>
    fail([index, field], 'required_if', { other: `button.${index}.type`, value: type });
  switch (type) {
    case 'reply':
      return { type, text: label } as const;
    case 'call': {
      if (isBlank(item.phoneNumber)) return needs('phoneNumber');
      const digits = normalizePhone(text(item.phoneNumber) ?? '', region);
      return digits
        ? ({ type, text: label, phone: `+${digits}` } as const)
        : fail([index, 'phoneNumber'], 'phone');
    }
    case 'url': {
      if (isBlank(item.url)) return needs('url');
      const url = link(text(item.url) ?? '');
      return url ? ({ type, text: label, url } as const) : fail([index, 'url'], 'url');
    }
    default: {
      const code = isBlank(item.copyCode) ? item.copyText : item.copyCode;
      if (isBlank(code)) return needs('copyCode');
      const value = text(code);
      return value === undefined
        ? fail([index, 'copyCode'], 'string')
        : ({ type: 'copy', text: label, code: value } as const);
    }
  }
}

const itemSchema = {
  oneOf: [
    { type: 'string', maxLength: MAX_LABEL, description: 'A quick-reply label.' },
    {
      type: 'object',
      required: ['type', 'displayText'],
      properties: {
        type: { type: 'string', enum: buttonTypes },
        displayText: { type: 'string', maxLength: MAX_LABEL },
        phoneNumber: { type: 'string', description: 'type call: the number to call.' },
        url: { type: 'string', description: 'type url: the link (https:// added when missing).' },
        copyCode: { type: 'string', description: 'type copy: the text copied (or copyText).' },
        copyText: { type: 'string', description: 'Same as copyCode.' },
      },
    },
  ],
};

/** required|array|max:5; each item a label (required|string|max:256) or a button object as above. */
export function buttonList(region: string, options: { description: string; example?: unknown }) {
  const rule = z.unknown().transform((value, ctx): ButtonSpec[] => {
    const issue: Fail = (path, key, replace) => {
      ctx.addIssue(ruleIssue(key, replace, path));
      return undefined;
    };
    const input = parsedJson(value);
    if (isBlank(input)) return issue([], 'required') ?? z.NEVER;
    let items = isPlainObject(input) && 'type' in input ? [input] : listValues(input);
    // A form's single value arrives as a one-item list: `button=[{…},{…}]` is still the whole list.
    const only = items?.length === 1 ? parsedJson(items[0]) : undefined;
    if (Array.isArray(only)) items = only;
    if (!items) return issue([], 'array') ?? z.NEVER;
    if (items.length > MAX_BUTTONS) return issue([], 'max.array', { max: MAX_BUTTONS }) ?? z.NEVER;
    const out: ButtonSpec[] = [];
    items.forEach((raw, index) => {
      const item = parsedJson(raw);
      if (isPlainObject(item)) {
        const button = buttonObject(item, index, region, issue);
        if (button) out.push(button);
        return;
      }
      const label = text(item);
      if (isBlank(item)) return issue([index], 'required');
      if (label === undefined) return issue([index], 'string');
      if ([...label].length > MAX_LABEL) return issue([index], 'max.string', { max: MAX_LABEL });
      out.push({ type: 'reply', text: label });
    });
    return out.length === items.length ? out : z.NEVER;
  });
  return rule.meta({
    doc: { type: 'array', required: true, maxItems: MAX_BUTTONS, minItems: 1, items: itemSchema, ...options },
  }) as z.ZodType<ButtonSpec[], unknown>;
}
