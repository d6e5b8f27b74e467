// How the status will look on a phone: a text on its background colour, or the picked picture with its caption.
import { Box, Image, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StatusDraft } from '../StatusComposer/useStatusForm';

// WhatsApp's status fonts roughly, with the browser's own faces (the real ones are WhatsApp's).
const FONT_FAMILY: Record<string, string> = {
  '0': 'var(--mantine-font-family)',
  '1': 'var(--mantine-font-family)',
  '2': 'Georgia, serif',
  '6': 'var(--mantine-font-family)',
  '7': 'cursive',
  '8': 'Georgia, serif',
  '9': 'var(--mantine-font-family)',
  '10': '"Courier New", monospace',
};

export function StatusPreview({ draft }: { draft: StatusDraft }) {
  const { t } = useTranslation();
  const [imageUrl, setImageUrl] = useState<string | null>(null);
  const file = draft.type === 'image' ? draft.file : null;
  useEffect(() => {
    if (!file) return setImageUrl(null);
    const url = URL.createObjectURL(new Blob([file.data.slice()], { type: file.mimetype }));
    setImageUrl(url);
    return () => URL.revokeObjectURL(url);
  }, [file]);
  const bold = draft.font === '6' || draft.font === '9' || draft.font === '10';
  return (
    <>
      <Title order={5} mb="xs">
        {t('status.preview')}
      </Title>
      <Box
        data-testid="status-preview"
        style={{
          aspectRatio: '9 / 12',
          maxHeight: 'calc(var(--mantine-spacing-xl) * 14)',
          margin: '0 auto',
          borderRadius: 'var(--mantine-radius-md)',
          background: draft.type === 'text' ? draft.backgroundColor : 'var(--mantine-color-dark-7)',
          display: 'flex',
          flexDirection: 'column',
          justifyContent: 'center',
          alignItems: 'center',
          padding: 'var(--mantine-spacing-md)',
          overflow: 'hidden',
        }}
      >
        {draft.type === 'text' ? (
          <Text
            c="white"
            fz="xl"
            fw={bold ? 700 : 400}
            ta="center"
            style={{ fontFamily: FONT_FAMILY[draft.font], whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}
          >
            {draft.message}
          </Text>
        ) : (
          <>
            {imageUrl && <Image src={imageUrl} fit="contain" mah="80%" alt="" />}
            {draft.caption && (
              <Text c="white" size="sm" ta="center" mt="sm">
                {draft.caption}
              </Text>
            )}
          </>
        )}
      </Box>
    </>
  );
}
