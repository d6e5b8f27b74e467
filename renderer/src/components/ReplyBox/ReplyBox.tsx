// Reply box under a thread: text (Enter sends, Shift+Enter breaks the line) and an optional file.
import { ActionIcon, FileButton, Group, Pill, Textarea, Tooltip } from '@mantine/core';
import { IconPaperclip, IconSend, IconSparkles } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notifications } from '@mantine/notifications';
import { useSuggestReply } from '../../client/queries/ai';
import { useInboxReply } from '../../client/queries/inbox';

const toBase64 = async (file: File) => {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
};

export function ReplyBox({ chatId }: { chatId: number }) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const reply = useInboxReply();
  const suggest = useSuggestReply();
  // The suggestion fills the box for the person to edit and send; nothing goes out by itself.
  const askSuggestion = () =>
    suggest.mutate(chatId, {
      onSuccess: (answer) => {
        if (answer.failure)
          notifications.show({
            color: 'red',
            message: t('ai.suggestFailed', { reason: t(`ai.failures.${answer.failure.code}`) }),
          });
        else if (answer.handover) notifications.show({ color: 'orange', message: t('ai.suggestHandover') });
        else setText(answer.text);
      },
    });
  const send = async () => {
    if (!text.trim() && !file) return;
    const attached = file
      ? { name: file.name, mimetype: file.type, dataBase64: await toBase64(file) }
      : undefined;
    reply.mutate(
      { chatId, text, file: attached },
      {
        onSuccess: () => {
          setText('');
          setFile(null);
        },
      },
    );
  };
  return (
    <Group gap="xs" align="flex-end" wrap="nowrap" p="sm">
      <FileButton onChange={setFile}>
        {(props) => (
          <Tooltip label={t('inbox.attach')}>
            <ActionIcon {...props} variant="subtle" size="lg" aria-label={t('inbox.attach')}>
              <IconPaperclip size={20} />
            </ActionIcon>
          </Tooltip>
        )}
      </FileButton>
      <div style={{ flex: 1 }}>
        {file && (
          <Pill
            withRemoveButton
            onRemove={() => setFile(null)}
            mb={4}
            removeButtonProps={{ 'aria-label': t('inbox.removeAttachment') }}
          >
            {file.name}
          </Pill>
        )}
        <Textarea
          value={text}
          onChange={(event) => setText(event.currentTarget.value)}
          placeholder={t('inbox.replyPlaceholder')}
          aria-label={t('inbox.replyPlaceholder')}
          autosize
          minRows={1}
          maxRows={5}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && !event.shiftKey) {
              event.preventDefault();
              void send();
            }
          }}
          data-testid="reply-input"
        />
      </div>
      <Tooltip label={t('ai.suggest')}>
        <ActionIcon
          variant="light"
          color="grape"
          size="lg"
          onClick={askSuggestion}
          loading={suggest.isPending}
          aria-label={t('ai.suggest')}
          data-testid="reply-suggest"
        >
          <IconSparkles size={18} />
        </ActionIcon>
      </Tooltip>
      <ActionIcon
        size="lg"
        onClick={() => void send()}
        loading={reply.isPending}
        aria-label={t('inbox.send')}
        data-testid="reply-send"
      >
        <IconSend size={18} />
      </ActionIcon>
    </Group>
  );
}
