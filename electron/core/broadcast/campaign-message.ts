// A new campaign's message, checked and made ready to store: its file (uploaded, or its link downloaded) is
// fetched once now, so every recipient gets the same file, even if the link is gone by the time they are sent.
import type { OutgoingMessage } from '../../../shared/outgoing-message';
import { parseTemplateButton, type TemplateButton } from '../../../shared/schemas/send-template';
import { AppError, appError } from '../errors';
import type { FetchMediaOptions } from '../messages/fetch-media';
import { resolveMedia } from '../messages/resolve-media';
import type { StoredMessage } from './campaign-content';

export interface PreparedMessage {
  stored: StoredMessage;
  /** The file's bytes, for campaigns.media_data. */
  media: Buffer | null;
}

const textRequired = () =>
  appError('invalid_input', 'message_text_required', undefined, { 'content.text': 'message_text_required' });

/** Call and link buttons read as the REST API reads them ("call|Label|0812…"): a number gets its country code. */
function checkedTemplateButtons(buttons: TemplateButton[], region: string): TemplateButton[] {
  return buttons.map((button, index) => {
    const target = button.type === 'call' ? button.phone : button.url;
    const parsed = parseTemplateButton(`${button.type}|${button.label}|${target}`, region);
    if (!parsed)
      throw appError('invalid_input', 'template_button_invalid', undefined, {
        [`content.buttons.${index}`]: 'template_button_format',
      });
    return parsed;
  });
}

export async function prepareCampaignMessage(
  message: OutgoingMessage,
  options: { region: string; media: Partial<FetchMediaOptions> },
): Promise<PreparedMessage> {
  if ('text' in message && !message.text.trim()) throw textRequired();
  if (message.kind === 'template')
    return {
      stored: { ...message, buttons: checkedTemplateButtons(message.buttons, options.region) },
      media: null,
    };
  if (message.kind !== 'media' && message.kind !== 'sticker') return { stored: message, media: null };
  if (!message.url && !message.file)
    throw appError('invalid_input', 'media_missing', undefined, { 'content.file': 'media_missing' });
  const type = message.kind === 'media' ? message.mediaType : 'image';
  let resolved;
  try {
    resolved = await resolveMedia(type, message, options.media);
  } catch (error) {
    const text = (error as Error).message;
    throw new AppError('invalid_input', text, { [message.file ? 'content.file' : 'content.url']: [text] });
  }
  const { url: _link, file: _bytes, ...rest } = message;
  const name = message.file?.name ?? resolved.fileName;
  const file = { name, mimetype: resolved.mimetype };
  if (rest.kind === 'sticker') return { stored: { ...rest, file }, media: resolved.data };
  return { stored: { ...rest, file, fileName: rest.fileName || name }, media: resolved.data };
}
