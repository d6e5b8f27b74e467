// A WhatsApp-style chat with the draft as an outgoing bubble, in the style the sending device uses.
import { Group, Stack, Text } from '@mantine/core';
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { InteractiveStyle } from '../../../../shared/domain';
import type { ComposeDraft } from '../ComposeForm/draft';
import { WaText } from '../WaText/WaText';
import classes from './ComposePreview.module.css';
import { ContactCard, LocationCard, MediaHeader, PollCard, UnderButton } from './PreviewParts';
import { previewModel } from './preview-model';

/** An object URL for a picked image, revoked when the file changes. */
function useFileUrl(file: ComposeDraft['file']) {
  const [url, setUrl] = useState<string>();
  useEffect(() => {
    if (!file || !file.mimetype.startsWith('image/')) return setUrl(undefined);
    const next = URL.createObjectURL(new Blob([file.data as BlobPart], { type: file.mimetype }));
    setUrl(next);
    return () => URL.revokeObjectURL(next);
  }, [file]);
  return url;
}

interface ComposePreviewProps {
  draft: Pick<ComposeDraft, 'type' | 'fields' | 'file'>;
  style: InteractiveStyle;
  /** Beside the title, e.g. a campaign's row picker. */
  aside?: ReactNode;
  /** Above the chat, e.g. whom a campaign's row is for. */
  note?: ReactNode;
}

export function ComposePreview({ draft, style, aside, note }: ComposePreviewProps) {
  const { t } = useTranslation();
  const fileUrl = useFileUrl(draft.file);
  const model = useMemo(
    () => previewModel(draft, style, fileUrl, (numbers) => t('compose.reply', { numbers })),
    [draft, style, fileUrl, t],
  );
  const empty =
    !model.text && !model.media && !model.poll?.question && !model.location?.coords && !model.contact?.name;
  const styled = ['buttons', 'template', 'list'].includes(draft.type);
  // Call and link buttons cannot be poll answers: a "poll" device sends templates as text.
  const shownStyle = draft.type === 'template' && style === 'poll' ? 'text' : style;
  return (
    <Stack gap="xs">
      <Group justify="space-between" mih={28}>
        <Text size="sm" fw={600}>
          {t('compose.preview')}
        </Text>
        {aside}
      </Group>
      {note}
      <div className={classes.chat} data-testid="compose-preview">
        {empty ? (
          <Text size="sm" c="dimmed" style={{ alignSelf: 'center' }}>
            {t('compose.previewEmpty')}
          </Text>
        ) : (
          <>
            <div className={classes.bubble} data-testid="preview-bubble">
              {model.media && <MediaHeader media={model.media} />}
              {model.poll && <PollCard poll={model.poll} />}
              {model.location && <LocationCard location={model.location} />}
              {model.contact && <ContactCard contact={model.contact} />}
              {model.text && <WaText text={model.text} />}
              {model.footer && (
                <Text size="xs" c="dimmed" mt={4}>
                  {model.footer}
                </Text>
              )}
            </div>
            {model.under?.map((button, index) => (
              <UnderButton key={index} {...button} />
            ))}
          </>
        )}
      </div>
      {styled && (
        <Text size="xs" c="dimmed">
          {t(`compose.previewStyle.${shownStyle}`)}
        </Text>
      )}
    </Stack>
  );
}
