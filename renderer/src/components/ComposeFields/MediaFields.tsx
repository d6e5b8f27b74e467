// Media: the kind of file, the file itself (dropped or picked from disk) or a link, caption and voice-note switch.
import '@mantine/dropzone/styles.css';
import { ActionIcon, Checkbox, Group, Select, Stack, Text } from '@mantine/core';
import { Dropzone } from '@mantine/dropzone';
import { IconFileUpload, IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { mediaTypes, type MediaType } from '../../../../shared/schemas/send-media';
import type { PickedFile } from '../ComposeForm/draft';
import { LineField } from './MessageField';
import { text, type FieldGroupProps } from './types';

const documentTypes = new Set(['pdf', 'xls', 'xlsx', 'doc', 'docx', 'zip']);

/** The media_type a picked file most likely is, from its type or extension. */
function guessType(file: File): MediaType | undefined {
  const major = file.type.split('/')[0];
  if (major === 'image' || major === 'video' || major === 'audio') return major;
  const extension = file.name.split('.').pop()?.toLowerCase() ?? '';
  return (mediaTypes as readonly string[]).includes(extension) ? (extension as MediaType) : undefined;
}

const sizeOf = (bytes: number) =>
  bytes < 1024 * 1024 ? `${Math.ceil(bytes / 1024)} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;

interface MediaFieldsProps extends FieldGroupProps {
  file: PickedFile | null;
  onFile(file: PickedFile | null): void;
}

export function MediaFields({ file, onFile, ...props }: MediaFieldsProps) {
  const { t } = useTranslation();
  const { fields, set, errors } = props;
  const type = text(fields, 'media_type') as MediaType;
  const pick = async (picked: File) => {
    const guessed = guessType(picked);
    if (guessed) set('media_type', guessed);
    const data = new Uint8Array(await picked.arrayBuffer());
    onFile({ name: picked.name, mimetype: picked.type || 'application/octet-stream', data });
  };
  return (
    <Stack gap="sm">
      <Select
        label={t('compose.fields.mediaType')}
        data={mediaTypes.map((value) => ({ value, label: t(`broadcasts.message.mediaTypes.${value}`) }))}
        value={type}
        onChange={(value) => value && set('media_type', value)}
        allowDeselect={false}
        error={errors.media_type?.[0]}
      />
      {file ? (
        <Group gap="xs" wrap="nowrap" data-testid="compose-file">
          <IconFileUpload size={20} />
          <Text size="sm" flex={1} truncate="end">
            {t('compose.fields.fileChosen', { name: file.name, size: sizeOf(file.data.byteLength) })}
          </Text>
          <ActionIcon
            variant="subtle"
            color="gray"
            aria-label={t('compose.fields.removeFile')}
            onClick={() => onFile(null)}
          >
            <IconX size={16} />
          </ActionIcon>
        </Group>
      ) : (
        <Dropzone
          onDrop={(files) => files[0] && void pick(files[0])}
          maxFiles={1}
          p="md"
          data-testid="compose-dropzone"
        >
          <Group justify="center" gap="sm" style={{ pointerEvents: 'none' }}>
            <IconFileUpload size={24} stroke={1.5} color="var(--mantine-color-wa-8)" />
            <Text size="sm">{t('compose.fields.filePlaceholder')}</Text>
          </Group>
        </Dropzone>
      )}
      {errors.file && (
        <Text size="xs" c="red">
          {errors.file[0]}
        </Text>
      )}
      {!file && <LineField {...props} name="url" label={t('compose.fields.orUrl')} placeholder="https://…" />}
      {type !== 'audio' && (
        <LineField {...props} name="caption" label={t('compose.fields.caption')} testId="compose-caption" />
      )}
      {type === 'audio' && (
        <Checkbox
          label={t('compose.fields.ppt')}
          checked={!!fields.ppt}
          onChange={(event) => set('ppt', event.currentTarget.checked)}
        />
      )}
      {documentTypes.has(type) && (
        <LineField {...props} name="filename" label={t('compose.fields.filename')} placeholder={file?.name} />
      )}
    </Stack>
  );
}
