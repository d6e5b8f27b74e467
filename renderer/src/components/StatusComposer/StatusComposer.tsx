// The Status form of the Compose page: text (colour, font) or image/video with caption, who sees it, Post.
import '@mantine/dropzone/styles.css';
import {
  Button,
  ColorInput,
  Group,
  SegmentedControl,
  Select,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { Dropzone } from '@mantine/dropzone';
import { IconCircleDashed, IconFileUpload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { MAX_STATUS_TEXT, statusFonts, statusTypes } from '../../../../shared/schemas/send-status';
import { AudienceFields } from './AudienceFields';
import type { StatusForm } from './useStatusForm';

// WhatsApp's own text-status colours (a few of them), so a click picks one.
const SWATCHES = ['#128C7E', '#25D366', '#34B7F1', '#7E57C2', '#EF5350', '#FFB300', '#5D4037', '#263238'];

export function StatusComposer({ form }: { form: StatusForm }) {
  const { t } = useTranslation();
  const { draft, update, errors } = form;
  const pick = async (file: File) => {
    const type = file.type.startsWith('video/') ? 'video' : 'image';
    const data = new Uint8Array(await file.arrayBuffer());
    update({ type, file: { name: file.name, mimetype: file.type || 'application/octet-stream', data } });
  };
  return (
    <Stack gap="md" data-testid="status-composer">
      <SegmentedControl
        aria-label={t('status.type')}
        data={statusTypes.map((value) => ({ value, label: t(`status.types.${value}`) }))}
        value={draft.type}
        onChange={(type) => update({ type: type as typeof draft.type })}
        data-testid="status-type"
      />
      {draft.type === 'text' ? (
        <>
          <Textarea
            label={t('status.text')}
            placeholder={t('status.textPlaceholder')}
            autosize
            minRows={3}
            maxLength={MAX_STATUS_TEXT}
            value={draft.message}
            onChange={(event) => update({ message: event.currentTarget.value })}
            error={errors.message?.[0]}
            data-testid="status-text"
          />
          <Group grow align="flex-start">
            <ColorInput
              label={t('status.background')}
              format="hex"
              swatches={SWATCHES}
              swatchesPerRow={8}
              value={draft.backgroundColor}
              onChange={(backgroundColor) => update({ backgroundColor })}
              error={errors.background_color?.[0]}
              data-testid="status-color"
            />
            <Select
              label={t('status.font')}
              data={statusFonts.map((font) => ({ value: String(font), label: t(`status.fonts.${font}`) }))}
              value={draft.font}
              onChange={(font) => font && update({ font })}
              allowDeselect={false}
              error={errors.font?.[0]}
              data-testid="status-font"
            />
          </Group>
        </>
      ) : (
        <>
          {draft.file ? (
            <Group gap="xs" data-testid="status-file">
              <IconFileUpload size={20} />
              <Text size="sm" flex={1} truncate="end">
                {draft.file.name}
              </Text>
              <Button variant="subtle" color="gray" size="xs" onClick={() => update({ file: null })}>
                {t('compose.fields.removeFile')}
              </Button>
            </Group>
          ) : (
            <Dropzone
              onDrop={(files) => files[0] && void pick(files[0])}
              maxFiles={1}
              accept={['image/*', 'video/*']}
              p="md"
              data-testid="status-dropzone"
            >
              <Group justify="center" gap="sm" style={{ pointerEvents: 'none' }}>
                <IconFileUpload size={24} stroke={1.5} color="var(--mantine-color-wa-8)" />
                <Text size="sm">{t('status.filePlaceholder')}</Text>
              </Group>
            </Dropzone>
          )}
          {!draft.file && (
            <TextInput
              label={t('status.url')}
              placeholder="https://…"
              value={draft.url}
              onChange={(event) => update({ url: event.currentTarget.value })}
              error={errors.url?.[0] ?? errors.file?.[0]}
            />
          )}
          <TextInput
            label={t('status.caption')}
            value={draft.caption}
            onChange={(event) => update({ caption: event.currentTarget.value })}
            error={errors.caption?.[0]}
          />
        </>
      )}
      <AudienceFields form={form} />
      <Group gap="sm">
        <Button
          leftSection={<IconCircleDashed size={16} />}
          loading={form.posting}
          onClick={form.submit}
          data-testid="status-post"
        >
          {t('status.post')}
        </Button>
        {form.audienceCount !== undefined && (
          <Text size="sm" c="dimmed" data-testid="status-audience-count">
            {t('status.audienceCount', { count: form.audienceCount || 0 })}
          </Text>
        )}
      </Group>
    </Stack>
  );
}
