// Opens a message's file: images and videos in a viewer, audio in a player, other files saved under their name.
import { Anchor, Group, Loader, Modal } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { InboxMessage } from '../../../../shared/inbox';
import { useInboxMedia } from '../../client/queries/inbox';

function save(dataUrl: string, fileName: string) {
  const link = document.createElement('a');
  link.href = dataUrl;
  link.download = fileName;
  link.click();
}

export function MediaOpener({ message, children }: { message: InboxMessage; children: ReactNode }) {
  const { t } = useTranslation();
  const media = useInboxMedia();
  const [viewing, setViewing] = useState<string | null>(null);
  const inline = ['image', 'sticker', 'video', 'audio', 'voice'].includes(message.type);
  const open = () =>
    media.mutate(message.id, {
      onSuccess: (file) => (inline ? setViewing(file.dataUrl) : save(file.dataUrl, file.fileName || 'file')),
    });
  return (
    <>
      <Anchor
        component="button"
        type="button"
        onClick={open}
        c="inherit"
        underline="hover"
        data-testid="media-open"
      >
        <Group gap={4} wrap="nowrap">
          {children}
          {media.isPending && <Loader size="xs" />}
        </Group>
      </Anchor>
      <Modal
        opened={viewing !== null}
        onClose={() => setViewing(null)}
        size="xl"
        title={message.fileName || t(`inbox.kinds.${message.type as 'image'}`)}
      >
        {viewing && message.type === 'video' && <video src={viewing} controls style={{ width: '100%' }} />}
        {viewing && (message.type === 'audio' || message.type === 'voice') && (
          <audio src={viewing} controls style={{ width: '100%' }} />
        )}
        {viewing && (message.type === 'image' || message.type === 'sticker') && (
          <img src={viewing} alt="" style={{ maxWidth: '100%' }} />
        )}
      </Modal>
    </>
  );
}
