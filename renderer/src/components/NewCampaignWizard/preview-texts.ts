// The texts of a draft that a campaign renders per row ({{column}}, {A|B}): the same parts core's
// broadcast/campaign-content.ts recipientMessage renders, named as the compose fields name them.
import type { ComposeType, Fields } from '../ComposeForm/draft';
import type { MessageDraft } from './campaign-message';

const textFields: Record<ComposeType, string[]> = {
  text: ['message'],
  media: ['caption'],
  buttons: ['message', 'button', 'footer'],
  // Of "call|Label|0812…" only the label.
  template: ['message', 'template', 'footer'],
  list: ['title', 'name', 'message', 'buttontext', 'list', 'footer'],
  poll: ['name', 'option'],
  location: ['name', 'address'],
  contact: ['name', 'organization'],
};

function mapTemplateLabel(line: string, map: (text: string) => string) {
  const [kind, label = '', ...target] = line.split('|');
  return [kind, map(label), ...target].join('|');
}

/** The draft with `map` applied to each text, in a fixed order (strings, then each item of a list). */
export function mapTexts(draft: MessageDraft, map: (text: string) => string): MessageDraft {
  const fields: Fields = { ...draft.fields[draft.type] };
  for (const name of textFields[draft.type]) {
    const value = fields[name];
    if (typeof value === 'string') fields[name] = map(value);
    else if (Array.isArray(value))
      fields[name] = value.map((item) => (name === 'template' ? mapTemplateLabel(item, map) : map(item)));
  }
  return { ...draft, fields: { ...draft.fields, [draft.type]: fields } };
}

export function textsOf(draft: MessageDraft): string[] {
  const texts: string[] = [];
  mapTexts(draft, (text) => (texts.push(text), text));
  return texts;
}

/** The draft with its texts replaced by `rendered` (what textsOf gave, rendered for a row). */
export function withTexts(draft: MessageDraft, rendered: string[]): MessageDraft {
  let next = 0;
  return mapTexts(draft, (text) => rendered[next++] ?? text);
}
