// What the recipient's phone shows for a draft, in the sending device's style, reduced to what a bubble needs.
// The fallback texts (text menu, poll question, buttons as text) come from shared/fallback-texts.ts, as core's.
import type { InteractiveStyle } from '../../../../shared/domain';
import {
  buttonsPollQuestion,
  listMenuLines,
  listPollQuestion,
  numberedMenuText,
  templateText,
  type TextButton,
} from '../../../../shared/fallback-texts';
import type { ComposeDraft, Fields } from '../ComposeForm/draft';

export interface PreviewModel {
  media?: { kind: 'image' | 'video' | 'audio' | 'document'; src?: string; name?: string; ppt?: boolean };
  text?: string;
  footer?: string;
  /** Buttons under the bubble (quick replies, call/link buttons, the list's opener). */
  under?: Array<{ icon: 'reply' | 'call' | 'url' | 'list'; label: string }>;
  poll?: { question: string; options: string[]; multi: boolean };
  location?: { name: string; address: string; coords: string };
  contact?: { name: string; phone: string; organization: string };
}

const str = (fields: Fields, name: string) => String(fields[name] ?? '').trim();
const items = (fields: Fields, name: string) =>
  ((fields[name] as string[] | undefined) ?? []).map((item) => item.trim()).filter(Boolean);

function templateButtons(fields: Fields): TextButton[] {
  return items(fields, 'template').flatMap((line) => {
    const [kind, label = '', ...target] = line.split('|');
    return label.trim()
      ? [{ type: kind === 'url' ? 'url' : 'call', label: label.trim(), target: target.join('|').trim() }]
      : [];
  });
}

export function previewModel(
  draft: Pick<ComposeDraft, 'type' | 'fields' | 'file'>,
  style: InteractiveStyle,
  fileUrl: string | undefined,
  reply: (numbers: string) => string,
): PreviewModel {
  const fields = draft.fields[draft.type];
  const message = str(fields, 'message');
  const footer = str(fields, 'footer');
  const header = str(fields, 'url') ? { kind: 'image' as const, src: str(fields, 'url') } : undefined;
  switch (draft.type) {
    case 'text':
      return { text: message };
    case 'media': {
      const type = str(fields, 'media_type');
      const kind = type === 'image' || type === 'video' || type === 'audio' ? type : 'document';
      const name = str(fields, 'filename') || draft.file?.name || str(fields, 'url').split('/').pop();
      const src = draft.file ? fileUrl : str(fields, 'url') || undefined;
      return {
        media: { kind, src, name, ppt: !!fields.ppt },
        text: kind === 'audio' ? '' : str(fields, 'caption'),
      };
    }
    case 'buttons': {
      const buttons = items(fields, 'button');
      if (style === 'poll')
        return {
          poll: { question: buttonsPollQuestion(message, footer), options: buttons, multi: false },
        };
      if (style === 'text') return { text: numberedMenuText([message], buttons, footer, reply) };
      return {
        media: header,
        text: message,
        footer,
        under: buttons.map((label) => ({ icon: 'reply', label })),
      };
    }
    case 'template': {
      const buttons = templateButtons(fields);
      if (style !== 'interactive') {
        return { text: templateText(message, buttons, footer) };
      }
      const under = buttons.map((b) => ({ icon: b.type, label: b.label }));
      return { media: header, text: message, footer, under };
    }
    case 'list': {
      const title = str(fields, 'title');
      const rows = items(fields, 'list');
      if (style === 'poll')
        return { poll: { question: listPollQuestion(title, message), options: rows, multi: false } };
      if (style === 'text')
        return {
          text: numberedMenuText(
            listMenuLines({ title, message, name: str(fields, 'name') }),
            rows,
            footer,
            reply,
          ),
        };
      const opener = str(fields, 'buttontext');
      return {
        text: title ? `*${title}*\n${message}` : message,
        footer,
        under: opener ? [{ icon: 'list', label: opener }] : [],
      };
    }
    case 'poll':
      return {
        poll: { question: str(fields, 'name'), options: items(fields, 'option'), multi: !!fields.countable },
      };
    case 'location': {
      const coords = [str(fields, 'latitude'), str(fields, 'longitude')].filter(Boolean).join(', ');
      return { location: { name: str(fields, 'name'), address: str(fields, 'address'), coords } };
    }
    case 'contact':
      return {
        contact: {
          name: str(fields, 'name'),
          phone: str(fields, 'phone'),
          organization: str(fields, 'organization'),
        },
      };
  }
}
