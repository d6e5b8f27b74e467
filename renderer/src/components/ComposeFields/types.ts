// What every per-type field group gets: its values, a setter by API field name, and the validation errors.
import type { ValidationErrors } from '../../../../shared/schemas';
import type { FieldValue, Fields } from '../ComposeForm/draft';

export interface FieldGroupProps {
  fields: Fields;
  set(name: string, value: FieldValue): void;
  errors: ValidationErrors;
  /** The texts are a campaign's template: the message box explains {{column}} placeholders and {A|B} spintax. */
  templated?: boolean;
}

export const text = (fields: Fields, name: string) => String(fields[name] ?? '');
export const list = (fields: Fields, name: string) => (fields[name] as string[] | undefined) ?? [];
