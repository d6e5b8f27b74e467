// Field messages in the UI language. A field's message comes with the text behind it: a validation rule
// (shared/schemas/rules-messages.ts: key + values) or a text of core's table (shared/error-texts.ts), so the UI
// words it from the key and never reads the sentence. English keeps the API's own words.
import { isErrorTextKey, type FieldText, type TextRef } from '../../../shared/error-texts';
import type { ValidationErrors } from '../../../shared/schemas';
import {
  fillPlaceholders,
  message,
  type MessageKey,
  type RuleText,
} from '../../../shared/schemas/rules-messages';
import { errorTextOf, fieldErrorsOf } from '../client/errors';
import { i18n } from '.';

/**
 * The rules in Indonesian. The form shows each under its own field, so the text leaves the field name out.
 * Placeholders as in Laravel's own language files (:max, :min…).
 */
export const validationId: Record<MessageKey, string> = {
  required: 'Wajib diisi.',
  string: 'Harus berupa teks.',
  array: 'Harus berupa daftar.',
  boolean: 'Harus ya atau tidak (true/false).',
  numeric: 'Harus berupa angka.',
  integer: 'Harus berupa bilangan bulat.',
  in: 'Pilihan ini tidak tersedia.',
  url: 'Harus berupa alamat URL yang lengkap, misalnya https://toko.com/gambar.jpg.',
  regex: 'Formatnya tidak sesuai.',
  distinct: 'Ada isian yang sama lebih dari sekali.',
  file: 'Harus berupa berkas.',
  'max.string': 'Paling banyak :max karakter.',
  'max.array': 'Paling banyak :max isian.',
  'max.file': 'Berkas paling besar :max kilobyte.',
  'max.numeric': 'Tidak boleh lebih dari :max.',
  'min.array': 'Paling sedikit :min isian.',
  'min.numeric': 'Paling kecil :min.',
  between: 'Harus di antara :min dan :max.',
  required_without: 'Wajib diisi bila :values kosong.',
  required_if: 'Wajib diisi bila :other adalah :value.',
  phone: 'Nomor telepon tidak valid. Contoh: 0812-3456-7890.',
  recipient: 'Harus nomor telepon atau ID grup (…@g.us) yang valid.',
  recipient_item: 'Nomor atau ID grup ini tidak valid: :value.',
  template: 'Formatnya tidak sesuai. Gunakan call|Label|nomor atau url|Label|tautan.',
};

const isRule = (text: FieldText): text is RuleText => 'rule' in text;

/** A text of core's table in the current language, the texts among its params (a reason, a kind) too. */
export function tableText({ key, params = {} }: TextRef): string {
  const values: Record<string, string | number> = Object.fromEntries(
    Object.entries(params).map(([name, value]) => [
      name,
      typeof value === 'object' && isErrorTextKey(value.key) ? tableText(value) : String(value),
    ]),
  );
  return i18n.t(`errorTexts.${key}`, values);
}

/** A field's message in the current language. */
export function fieldText(text: FieldText): string {
  if (!isRule(text)) return tableText(text);
  const params = text.params ?? {};
  return i18n.language === 'id'
    ? fillPlaceholders(validationId[text.rule], params)
    : message(text.rule, params);
}

/** What a form shows under its fields: the messages as core sent them, and the text behind each. */
export interface FieldFailures {
  errors: ValidationErrors;
  texts: Record<string, FieldText>;
}
export const noFailures: FieldFailures = { errors: {}, texts: {} };

/** The field failures of a contract error (its `details` and `text.fields`). */
export function failuresOf(error: unknown): FieldFailures {
  return { errors: fieldErrorsOf(error), texts: errorTextOf(error)?.fields ?? {} };
}

/** A validation result's failures, checked in the renderer with the same schema as core. */
export function failuresOfValidation(
  result: { ok: true } | { ok: false; errors: ValidationErrors; rules: Record<string, RuleText> },
): FieldFailures {
  return result.ok ? noFailures : { errors: result.errors, texts: result.rules };
}

/** `b` over `a`, field by field (a field's message and its text come from the same side). */
export function mergeFailures(a: FieldFailures, b: FieldFailures): FieldFailures {
  const texts = { ...a.texts };
  for (const field of Object.keys(b.errors)) delete texts[field];
  return { errors: { ...a.errors, ...b.errors }, texts: { ...texts, ...b.texts } };
}

/** One message per field in the current language; a message without a known text stays as core sent it. */
export function localizeFailures({ errors, texts }: FieldFailures): ValidationErrors {
  return Object.fromEntries(
    Object.entries(errors).map(([field, messages]) => {
      const text = texts[field];
      return [field, text ? [fieldText(text)] : messages];
    }),
  );
}
