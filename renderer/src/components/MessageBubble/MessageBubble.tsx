// One message in a thread: incoming left, outgoing right, media preview, caption, chosen option, time and ticks.
import { Badge, Group, Text } from '@mantine/core';
import { IconFile, IconMapPin, IconMicrophone, IconPhoto, IconUser, IconVideo } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { InboxMessage } from '../../../../shared/inbox';
import { formatPhone } from '../../../../shared/phone';
import { formatTime } from './format';
import { MediaOpener } from './MediaOpener';
import classes from './MessageBubble.module.css';
import { StatusTicks } from './StatusTicks';
import { WaText } from '../WaText/WaText';

const kindIcon: Partial<Record<string, typeof IconFile>> = {
  image: IconPhoto,
  video: IconVideo,
  document: IconFile,
  location: IconMapPin,
  voice: IconMicrophone,
  audio: IconMicrophone,
  contact: IconUser,
};
const choiceTypes = new Set([
  'button_reply',
  'list_reply',
  'template_reply',
  'interactive_reply',
  'poll_vote',
]);

/** Media that can be opened becomes a button; the rest renders as is. */
function Openable({ message, children }: { message: InboxMessage; children: ReactNode }) {
  return message.hasMedia ? <MediaOpener message={message}>{children}</MediaOpener> : children;
}

interface MessageBubbleProps {
  message: InboxMessage;
  showSender: boolean;
  /** The AI sent it (ai/responder.ts): marked, so a person sees what the bot told the customer. */
  sentByAi?: boolean;
}

export function MessageBubble({ message, showSender, sentByAi = false }: MessageBubbleProps) {
  const { t, i18n } = useTranslation();
  const kind = (type: string) => t(`inbox.kinds.${type as 'image'}`, { defaultValue: type });
  const Icon = kindIcon[message.type];
  const [previewFailed, setPreviewFailed] = useState(false);
  const showPreview = !!message.thumbnail && !previewFailed;
  // Documents always name their file; other media say what they are when there is no preview to show.
  const showLabel =
    message.type === 'document' ||
    (!showPreview && message.type !== 'text' && !choiceTypes.has(message.type));
  return (
    <div
      className={classes.row}
      data-from-me={message.fromMe || undefined}
      data-testid="message-bubble"
      data-type={message.type}
    >
      <div className={classes.bubble}>
        {showSender && !message.fromMe && (
          <Text size="xs" fw={600} c="wa.7">
            {message.senderName || (message.sender ? formatPhone(message.sender) : '')}
          </Text>
        )}
        {message.deleted ? (
          <Text size="sm" fs="italic" c="dimmed">
            {t('inbox.deleted')}
          </Text>
        ) : (
          <>
            {message.quoted && (
              <div className={classes.quote} data-testid="message-quote">
                <Text size="xs" fw={600} c="wa.7">
                  {message.quoted.fromMe ? t('inbox.you') : (message.senderName ?? '')}
                </Text>
                <Text size="xs" c="dimmed" lineClamp={2}>
                  {message.quoted.body || kind(message.quoted.type)}
                </Text>
              </div>
            )}
            {showPreview && (
              <Openable message={message}>
                <img
                  className={classes.thumb}
                  src={message.thumbnail!}
                  alt={kind(message.type)}
                  onError={() => setPreviewFailed(true)}
                />
              </Openable>
            )}
            {showLabel && (
              <Openable message={message}>
                <Group gap={4} c="dimmed">
                  {Icon && <Icon size={16} />}
                  <Text size="xs">{message.fileName || kind(message.type)}</Text>
                </Group>
              </Openable>
            )}
            {choiceTypes.has(message.type) && (
              <Badge variant="light" size="xs" mb={4}>
                {kind(message.type)}
              </Badge>
            )}
            {message.body && <WaText text={message.body} />}
          </>
        )}
        <Group gap={4} justify="flex-end" mt={2}>
          {sentByAi && (
            <Badge size="xs" variant="light" color="grape" data-testid="message-ai-badge">
              {t('ai.sentByAi')}
            </Badge>
          )}
          {message.edited && !message.deleted && (
            <Text size="xs" c="dimmed">
              {t('inbox.edited')}
            </Text>
          )}
          <Text size="xs" c="dimmed">
            {formatTime(message.timestamp, i18n.language)}
          </Text>
          {message.fromMe && <StatusTicks status={message.status} />}
        </Group>
      </div>
    </div>
  );
}
