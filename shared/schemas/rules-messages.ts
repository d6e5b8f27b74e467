// The words of the validation rules: Laravel's English messages, as the REST API answers them, and the rule key +
// values behind each one. A failing rule adds a zod issue carrying both (`ruleIssue`), so the REST API answers the
// sentence and a UI words the same rule in its own language from the key, never from the sentence.
/** Laravel 9 `lang/en/validation.php` lines we use, plus a few custom ones written in the same style. */
export const laravelMessages = {
  required: 'The :attribute field is required.',
  string: 'The :attribute must be a string.',
  array: 'The :attribute must be an array.',
  boolean: 'The :attribute field must be true or false.',
  numeric: 'The :attribute must be a number.',
  integer: 'The :attribute must be an integer.',
  in: 'The selected :attribute is invalid.',
  url: 'The :attribute must be a valid URL.',
  regex: 'The :attribute format is invalid.',
  distinct: 'The :attribute field has a duplicate value.',
  file: 'The :attribute must be a file.',
  'max.string': 'The :attribute must not be greater than :max characters.',
  'max.array': 'The :attribute must not have more than :max items.',
  'max.file': 'The :attribute must not be greater than :max kilobytes.',
  'max.numeric': 'The :attribute must not be greater than :max.',
  'min.array': 'The :attribute must have at least :min items.',
  'min.numeric': 'The :attribute must be at least :min.',
  between: 'The :attribute must be between :min and :max.',
  required_without: 'The :attribute field is required when :values is not present.',
  required_if: 'The :attribute field is required when :other is :value.',
  // Custom rules (no Laravel equivalent), same style.
  phone: 'The :attribute must be a valid phone number.',
  recipient: 'The :attribute must be a valid phone number or group id.',
  recipient_item: 'The :attribute contains an invalid phone number or group id: :value.',
  template: 'The :attribute format is invalid. Use call|Label|number or url|Label|link.',
} as const;
export type MessageKey = keyof typeof laravelMessages;
export type RuleValues = Record<string, string | number>;

/** Which rule a field failed and the values of its placeholders (`attribute` included once it is known). */
export interface RuleText {
  rule: MessageKey;
  params?: RuleValues;
}

/** Laravel's placeholders (`:attribute`, `:max`…) filled with their values. */
export function fillPlaceholders(text: string, replace: RuleValues): string {
  for (const [name, value] of Object.entries(replace)) text = text.replaceAll(`:${name}`, String(value));
  return text;
}

export function message(key: MessageKey, replace: RuleValues = {}): string {
  return fillPlaceholders(laravelMessages[key], replace);
}

/** Laravel shows `media_type` as "media type" and nested fields as `button.0`. */
export function attributeName(path: readonly PropertyKey[]): string {
  return path.map(String).join('.').replaceAll('_', ' ');
}

/** The zod issue of a failed rule: Laravel's message, and the rule key + values in `params`. */
export function ruleIssue(key: MessageKey, replace: RuleValues = {}, path?: PropertyKey[]) {
  return {
    code: 'custom' as const,
    message: message(key, replace),
    params: { rule: key, values: replace },
    ...(path ? { path: path as (string | number)[] } : {}),
  };
}

/** An inner schema's issue raised again by the outer one, its rule kept (its path is the outer field's). */
export function sameRule(issue: { message: string }) {
  const params = (issue as { params?: Record<string, unknown> }).params;
  return { code: 'custom' as const, message: issue.message, ...(params ? { params } : {}) };
}

export const isMessageKey = (key: unknown): key is MessageKey =>
  typeof key === 'string' && Object.hasOwn(laravelMessages, key);

/** The rule behind an issue that `ruleIssue` made, or undefined for any other issue. */
export function ruleOfIssue(issue: object): RuleText | undefined {
  const params = (issue as { params?: { rule?: unknown; values?: RuleValues } }).params;
  if (!isMessageKey(params?.rule)) return undefined;
  return { rule: params.rule, params: { ...params.values } };
}
