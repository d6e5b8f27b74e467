// Laravel-worded validation rules as zod schemas, shared by the REST API, the RPC and the compose forms.
// Each rule is a transform over unknown input (clients send strings, numbers, arrays or PHP-style
// objects), so the first failing rule of a field gives exactly one Laravel message, like `bail`. The messages and
// the rule keys they carry are in rules-messages.ts.
import { z } from 'zod';
import { normalizePhone as parsePhone } from '../phone';
import { ruleIssue, type MessageKey, type RuleValues } from './rules-messages';

/** What the docs and OpenAPI know about a field (stored with zod's `.meta()`). */
export interface FieldDoc {
  type: 'string' | 'array' | 'boolean' | 'number' | 'integer' | 'file';
  required: boolean;
  description: string;
  example?: unknown;
  enum?: readonly string[];
  maxItems?: number;
  minItems?: number;
  maxLength?: number;
  format?: string;
  /** JSON Schema of a list's items when they are not plain strings (e.g. /send-button's button objects). */
  items?: Record<string, unknown>;
}

type Ctx = z.RefinementCtx;
const fail = (ctx: Ctx, key: MessageKey, replace?: RuleValues, path?: PropertyKey[]) => {
  ctx.addIssue(ruleIssue(key, replace, path));
  return z.NEVER;
};

export const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Uint8Array);

/** Laravel's `required`: missing, null, empty or blank string, empty array. */
export function isBlank(value: unknown): boolean {
  if (value === undefined || value === null) return true;
  if (typeof value === 'string') return value.trim() === '';
  if (Array.isArray(value)) return value.length === 0;
  if (isPlainObject(value) && !isUploadedFile(value)) return Object.keys(value).length === 0;
  return false;
}

/** JSON clients send numbers where PHP clients send strings ("number": 628123…): both are text. */
function scalarText(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return undefined;
}

/** A real array, or a PHP associative array (qs turns `a[5]=x` past its limits into an object). */
export function listValues(value: unknown): unknown[] | undefined {
  if (Array.isArray(value)) return value;
  if (isPlainObject(value) && !isUploadedFile(value)) return Object.values(value);
  return undefined;
}

export interface UploadedFile {
  kind: 'uploaded-file';
  data: Uint8Array;
  filename: string;
  mimetype: string;
}
export function isUploadedFile(value: unknown): value is UploadedFile {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as UploadedFile).kind === 'uploaded-file' &&
    (value as UploadedFile).data instanceof Uint8Array
  );
}

/** A rule's schema: output T when required, T | undefined otherwise. */
export type Rule<R extends boolean, T> = z.ZodType<R extends true ? T : T | undefined, unknown>;

const withDoc = <T extends z.ZodType>(schema: T, doc: FieldDoc): T => schema.meta({ doc }) as T;
export function fieldDoc(schema: z.ZodType): FieldDoc | undefined {
  return (schema.meta() as { doc?: FieldDoc } | undefined)?.doc;
}

/**
 * libphonenumber parses in tens of microseconds; scripts send to the same few numbers again and again,
 * so results are remembered (bounded: the map starts over when full).
 */
const phoneCache = new Map<string, string | null>();
export function normalizePhone(input: string, region: string): string | null {
  const key = `${region}|${input}`;
  let digits = phoneCache.get(key);
  if (digits === undefined) {
    if (phoneCache.size >= 10_000) phoneCache.clear();
    phoneCache.set(key, (digits = input.length > 64 ? null : parsePhone(input, region)));
  }
  return digits;
}

/** Laravel counts characters (mb_strlen), not UTF-16 units: an emoji is one. */
const tooLong = (text: string, max: number) => text.length > max && [...text].length > max;

interface TextOptions {
  max?: number;
  description: string;
  example?: string;
}
function checkText(value: unknown, ctx: Ctx, max: number | undefined): string {
  const text = scalarText(value);
  if (text === undefined) return fail(ctx, 'string');
  if (max !== undefined && tooLong(text, max)) return fail(ctx, 'max.string', { max });
  return text;
}

/** required|string|max — the text is returned untouched (WhatsApp formatting, spaces, newlines). */
export function requiredText(options: TextOptions) {
  return withDoc(
    z.unknown().transform((value, ctx): string => {
      if (isBlank(value)) return fail(ctx, 'required');
      return checkText(value, ctx, options.max);
    }),
    { type: 'string', required: true, maxLength: options.max, ...options },
  );
}

/** nullable|string|max */
export function optionalText(options: TextOptions) {
  return withDoc(
    z
      .unknown()
      .transform((value, ctx): string | undefined => {
        if (isBlank(value)) return undefined;
        return checkText(value, ctx, options.max);
      })
      .optional(),
    { type: 'string', required: false, maxLength: options.max, ...options },
  );
}

/** http(s) URL; a missing scheme is not accepted (Laravel's `url` rule needs one too). */
export function isHttpUrl(text: string): boolean {
  if (!/^https?:\/\//i.test(text) || /\s/.test(text)) return false;
  try {
    const url = new URL(text);
    return Boolean(url.hostname);
  } catch {
    return false;
  }
}

export function url<R extends boolean>(options: TextOptions & { required: R }): Rule<R, string> {
  const rule = z.unknown().transform((value, ctx): string | undefined => {
    if (isBlank(value)) return options.required ? fail(ctx, 'required') : undefined;
    const text = checkText(value, ctx, 2048);
    if (typeof text !== 'string') return text;
    return isHttpUrl(text.trim()) ? text.trim() : fail(ctx, 'url');
  });
  return withDoc(options.required ? rule : rule.optional(), {
    type: 'string',
    format: 'uri',
    ...options,
  }) as never;
}

/** Laravel's `boolean` plus the words "true"/"false" that scripts send for `ppt`. */
export function boolean(options: { description: string; example?: boolean }) {
  return withDoc(
    z
      .unknown()
      .transform((value, ctx): boolean | undefined => {
        if (isBlank(value)) return undefined;
        if (value === true || value === 1) return true;
        if (value === false || value === 0) return false;
        if (typeof value === 'string') {
          const word = value.trim().toLowerCase();
          if (word === 'true' || word === '1') return true;
          if (word === 'false' || word === '0') return false;
        }
        return fail(ctx, 'boolean');
      })
      .optional(),
    { type: 'boolean', required: false, ...options },
  );
}

/** required|in:… (case-insensitive, returned lower-case). */
export function oneOf<const T extends readonly string[]>(
  values: T,
  options: { description: string; example?: string },
) {
  return withDoc(
    z.unknown().transform((value, ctx): T[number] => {
      if (isBlank(value)) return fail(ctx, 'required');
      const text = scalarText(value)?.trim().toLowerCase();
      if (text === undefined) return fail(ctx, 'string');
      return (values as readonly string[]).includes(text) ? (text as T[number]) : fail(ctx, 'in');
    }),
    { type: 'string', required: true, enum: values, ...options },
  );
}

/** required|numeric|between:min,max */
export function numberBetween(min: number, max: number, options: { description: string; example?: number }) {
  return withDoc(
    z.unknown().transform((value, ctx): number => {
      if (isBlank(value)) return fail(ctx, 'required');
      const text = scalarText(value)?.trim();
      const number =
        text !== undefined && /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(text) ? Number(text) : NaN;
      if (!Number.isFinite(number)) return fail(ctx, 'numeric');
      if (number < min || number > max) return fail(ctx, 'between', { min, max });
      return number;
    }),
    { type: 'number', required: true, ...options },
  );
}

/** nullable|integer|min|max */
export function optionalInteger(
  min: number,
  max: number,
  options: { description: string; example?: number; booleansAs?: { true: number; false: number } },
) {
  const { booleansAs, ...doc } = options;
  return withDoc(
    z
      .unknown()
      .transform((value, ctx): number | undefined => {
        if (isBlank(value)) return undefined;
        if (booleansAs && (value === true || value === false)) return booleansAs[String(value) as 'true'];
        const word = typeof value === 'string' ? value.trim().toLowerCase() : '';
        if (booleansAs && (word === 'true' || word === 'false')) return booleansAs[word];
        const text = scalarText(value)?.trim();
        if (text === undefined || !/^[-+]?\d+$/.test(text)) return fail(ctx, 'integer');
        const number = Number(text);
        if (number < min) return fail(ctx, 'min.numeric', { min });
        if (number > max) return fail(ctx, 'max.numeric', { max });
        return number;
      })
      .optional(),
    { type: 'integer', required: false, ...doc },
  );
}

interface ListOptions<T, R extends boolean> {
  required: R;
  min?: number;
  max: number;
  distinct?: boolean;
  itemMax?: number;
  /** Checks and converts one item; returns undefined (after adding its own issue) when invalid. */
  item?: (text: string, fail: (key: MessageKey) => undefined) => T | undefined;
  description: string;
  example?: unknown;
}

/** required|array|min|max with `field.*` => required|string (and an optional item rule). */
export function stringList<T = string, R extends boolean = boolean>(
  options: ListOptions<T, R>,
): Rule<R, T[]> {
  const rule = z.unknown().transform((value, ctx): T[] | undefined => {
    if (isBlank(value)) return options.required ? fail(ctx, 'required') : undefined;
    const items = listValues(value);
    if (!items) return fail(ctx, 'array');
    if (items.length > options.max) return fail(ctx, 'max.array', { max: options.max });
    if (options.min !== undefined && items.length < options.min)
      return fail(ctx, 'min.array', { min: options.min });
    const out: T[] = [];
    const seen = new Set<string>();
    let ok = true;
    items.forEach((item, index) => {
      const bad = (key: MessageKey) => {
        ok = false;
        fail(ctx, key, {}, [index]);
        return undefined;
      };
      if (isBlank(item)) return bad('required');
      const text = scalarText(item);
      if (text === undefined) return bad('string');
      if (options.itemMax !== undefined && tooLong(text, options.itemMax)) {
        ok = false;
        return fail(ctx, 'max.string', { max: options.itemMax }, [index]);
      }
      if (options.distinct) {
        const key = text.trim().toLowerCase();
        if (seen.has(key)) return bad('distinct');
        seen.add(key);
      }
      const converted = options.item ? options.item(text, bad) : (text as T);
      if (converted !== undefined) out.push(converted);
    });
    return ok ? out : z.NEVER;
  });
  return withDoc(options.required ? rule : rule.optional(), {
    type: 'array',
    required: options.required,
    maxItems: options.max,
    minItems: options.min,
    description: options.description,
    example: options.example,
  }) as never;
}

/** A linked device / contact number in any common notation → digits with country code. */
export function phone<R extends boolean>(
  region: string,
  options: { required: R; description: string; example?: string },
): Rule<R, string> {
  const rule = z.unknown().transform((value, ctx): string | undefined => {
    if (isBlank(value)) return options.required ? fail(ctx, 'required') : undefined;
    const text = scalarText(value);
    if (text === undefined) return fail(ctx, 'string');
    return normalizePhone(text.replace(/@s\.whatsapp\.net$/i, ''), region) ?? fail(ctx, 'phone');
  });
  return withDoc(options.required ? rule : rule.optional(), { type: 'string', ...options }) as never;
}

export const MAX_RECIPIENTS = 100;
const GROUP_JID = /^\d{5,40}(-\d{5,20})?@g\.us$/i;

/** One recipient → its JID: "628…@s.whatsapp.net" for numbers, "…@g.us" kept for groups. */
export function recipientJid(text: string, region: string, allowGroups: boolean): string | null {
  const trimmed = text.trim();
  if (GROUP_JID.test(trimmed)) return allowGroups ? trimmed.toLowerCase() : null;
  const digits = normalizePhone(trimmed.replace(/@(s\.whatsapp\.net|c\.us)$/i, ''), region);
  return digits ? `${digits}@s.whatsapp.net` : null;
}

/** `number`: one recipient, or several separated by "|" (as MPWA accepts); groups by their id. */
export function recipients(
  region: string,
  options: { allowGroups: boolean; multiple: boolean; description: string; example?: string },
) {
  return withDoc(
    z.unknown().transform((value, ctx): string[] => {
      if (isBlank(value)) return fail(ctx, 'required');
      const text = scalarText(value);
      if (text === undefined) return fail(ctx, 'string');
      const parts = (options.multiple ? text.split('|') : [text]).map((part) => part.trim()).filter(Boolean);
      if (parts.length > MAX_RECIPIENTS) return fail(ctx, 'max.array', { max: MAX_RECIPIENTS });
      const jids: string[] = [];
      for (const part of parts) {
        const jid = recipientJid(part, region, options.allowGroups);
        if (!jid)
          return parts.length > 1
            ? fail(ctx, 'recipient_item', { value: part.slice(0, 40) })
            : fail(ctx, options.allowGroups ? 'recipient' : 'phone');
        if (!jids.includes(jid)) jids.push(jid);
      }
      return jids;
    }),
    { type: 'string', required: true, ...options },
  );
}

/** An uploaded file (multipart) standing in for `url`. */
export function uploadedFile(options: { description: string }) {
  return withDoc(
    z
      .unknown()
      .transform((value, ctx): UploadedFile | undefined => {
        if (value === undefined || value === null) return undefined;
        return isUploadedFile(value) ? value : fail(ctx, 'file');
      })
      .optional(),
    { type: 'file', required: false, ...options },
  );
}
