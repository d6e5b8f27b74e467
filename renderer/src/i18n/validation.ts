// The API's validation messages (Laravel's English wording, shared/schemas/rules.ts) in Indonesian. The form
// shows each under its own field, so the Indonesian text leaves the field name out; English keeps the API's text.
// Placeholders as in Laravel's own language files (:max, :min…).
import type { ValidationErrors } from '../../../shared/schemas';
import { fillPlaceholders, readMessage, type MessageKey } from '../../../shared/schemas/rules';
import { coreMessageId } from './core-messages';

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

export function localizeMessage(text: string, language: string): string {
  if (language !== 'id') return text;
  const read = readMessage(text);
  if (!read) return coreMessageId(text) ?? text;
  return fillPlaceholders(validationId[read.key], read.values);
}

export function localizeErrors(errors: ValidationErrors, language: string): ValidationErrors {
  return Object.fromEntries(
    Object.entries(errors).map(([field, messages]) => [
      field,
      messages.map((text) => localizeMessage(text, language)),
    ]),
  );
}
