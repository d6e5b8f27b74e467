// The compose form's state and how it becomes REST params: one field set per message type, named as the API names them.
import type { ComposePath } from '../../../../shared/compose-contract';
import { restParams, type ValidationErrors } from '../../../../shared/schemas';
import type { ExampleParams } from '../../../../shared/schemas/code-snippets';
import type { UploadedFile } from '../../../../shared/schemas/rules';

export const composeTypes = [
  'text',
  'media',
  'buttons',
  'template',
  'list',
  'poll',
  'location',
  'contact',
] as const;
export type ComposeType = (typeof composeTypes)[number];

export const pathOf: Record<ComposeType, ComposePath> = {
  text: '/send-message',
  media: '/send-media',
  buttons: '/send-button',
  template: '/send-template',
  list: '/send-list',
  poll: '/send-poll',
  location: '/send-location',
  contact: '/send-contact',
};

export type FieldValue = string | string[] | boolean;
export type Fields = Record<string, FieldValue>;

/** A file picked from disk, kept as bytes so validation sees its real size. */
export interface PickedFile {
  name: string;
  mimetype: string;
  data: Uint8Array;
}

export interface ComposeDraft {
  deviceId: string | null;
  recipients: string;
  type: ComposeType;
  /** Each type keeps its own values, so switching tabs loses nothing. */
  fields: Record<ComposeType, Fields>;
  file: PickedFile | null;
}

export const emptyDraft = (): ComposeDraft => ({
  deviceId: null,
  recipients: '',
  type: 'text',
  file: null,
  fields: {
    text: { message: '' },
    media: { media_type: 'image', url: '', caption: '', ppt: false, filename: '' },
    buttons: { message: '', button: ['', ''], footer: '', url: '' },
    template: { message: '', template: ['call||', 'url||'], footer: '' },
    list: { title: '', name: '', message: '', buttontext: '', list: ['', ''], footer: '' },
    poll: { name: '', option: ['', ''], countable: false },
    location: { latitude: '', longitude: '', name: '', address: '' },
    contact: { name: '', phone: '', organization: '' },
  },
});

/** "a\nb | c" → "a|b|c": the REST API separates recipients with "|". */
export const joinRecipients = (text: string) =>
  text
    .split(/[\n|]/)
    .map((part) => part.trim())
    .filter(Boolean)
    .join('|');

/** Non-empty values only, in the order the API documents them; a poll's checkbox becomes countable 0 or 1. */
export function paramsOf(draft: ComposeDraft, sender: string, to = joinRecipients(draft.recipients)) {
  const path = pathOf[draft.type];
  const values = draft.fields[draft.type];
  const out: ExampleParams = [];
  for (const [name] of restParams[path].docs()) {
    let value: unknown = name === 'sender' ? sender : name === 'number' ? to : values[name];
    if (name === 'countable') value = values.countable ? 0 : undefined;
    if (Array.isArray(value))
      value = value
        .map((item) => item.trim())
        .filter((item) => item && item !== 'call||' && item !== 'url||');
    if (value === '' || value === false || value === undefined || (Array.isArray(value) && !value.length))
      continue;
    if (name === 'url' && draft.type === 'media' && draft.file) continue;
    out.push([name, value]);
  }
  return { path, params: out };
}

/** The same check the server runs, with the same messages (and the rule behind each, `rules`). */
export function validateDraft(draft: ComposeDraft, sender: string, region: string, to?: string) {
  const { path, params } = paramsOf(draft, sender, to);
  const input: Record<string, unknown> = Object.fromEntries(params);
  if (draft.type === 'media' && draft.file) {
    const file: UploadedFile = { kind: 'uploaded-file', ...draft.file, filename: draft.file.name };
    input.file = file;
  }
  const result = restParams[path].validate(input, region);
  return {
    path,
    params,
    errors: result.ok ? {} : result.errors,
    rules: result.ok ? {} : result.rules,
    data: result.ok ? result.data : undefined,
  };
}

/** The first message for a field or any of its items ("button.1"). */
export function errorOf(errors: ValidationErrors, field: string): string | undefined {
  if (errors[field]) return errors[field][0];
  const key = Object.keys(errors).find((name) => name.startsWith(`${field}.`));
  return key ? errors[key][0] : undefined;
}
