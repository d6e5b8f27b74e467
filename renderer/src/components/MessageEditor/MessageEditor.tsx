// The campaign message: text (or a file with a caption) with {{column}} chips, spintax help and a live preview.
import {
  Badge,
  Group,
  Chip,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  FileInput,
} from '@mantine/core';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { mediaTypes, type MediaType } from '../../../../shared/schemas/send-media';
import { InteractiveFields } from './InteractiveFields';
import { MessagePreview } from './MessagePreview';

export interface MessageDraft {
  type: 'text' | 'media' | 'buttons' | 'list' | 'template';
  text: string;
  mediaType: MediaType;
  file: File | null;
  url: string;
  caption: string;
  /** Buttons' labels, list rows, or template lines ("call|Label|0812…"), by type. */
  buttons: string[];
  rows: string[];
  template: string[];
  listButton: string;
  listTitle: string;
  footer: string;
}

const messageTypes = ['text', 'media', 'buttons', 'list', 'template'] as const;

export const templateHelpVars = { nameVar: '{{name}}', cityVar: '{{kota|Jakarta}}' };

interface MessageEditorProps {
  listId: number | null;
  variables: string[];
  value: MessageDraft;
  onChange(next: MessageDraft): void;
}

export function MessageEditor({ listId, variables, value, onChange }: MessageEditorProps) {
  const { t } = useTranslation();
  const area = useRef<HTMLTextAreaElement>(null);
  const field = value.type === 'media' ? 'caption' : 'text';
  const template = value[field];
  const insert = (name: string) => {
    const el = area.current;
    const token = `{{${name}}}`;
    const at = el?.selectionStart ?? template.length;
    const next = template.slice(0, at) + token + template.slice(el?.selectionEnd ?? at);
    onChange({ ...value, [field]: next });
    requestAnimationFrame(() => {
      el?.focus();
      el?.setSelectionRange(at + token.length, at + token.length);
    });
  };

  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="xl">
      <Stack gap="sm">
        <Chip.Group
          multiple={false}
          value={value.type}
          onChange={(type) => onChange({ ...value, type: type as MessageDraft['type'] })}
        >
          <Group gap={6} role="radiogroup" aria-label={t('broadcasts.message.type')}>
            {messageTypes.map((type) => (
              <Chip key={type} value={type} size="sm" data-testid={`message-type-${type}`}>
                {t(`broadcasts.message.${type}`)}
              </Chip>
            ))}
          </Group>
        </Chip.Group>
        {value.type === 'media' && (
          <SimpleGrid cols={2}>
            <Select
              label={t('broadcasts.message.mediaType')}
              data={mediaTypes.map((type) => ({
                value: type,
                label: t(`broadcasts.message.mediaTypes.${type}`),
              }))}
              value={value.mediaType}
              onChange={(type) => type && onChange({ ...value, mediaType: type as MediaType })}
              allowDeselect={false}
            />
            <FileInput
              label={t('broadcasts.message.mediaFile')}
              value={value.file}
              onChange={(file) => onChange({ ...value, file })}
              clearable
            />
            <TextInput
              style={{ gridColumn: '1 / -1' }}
              label={t('broadcasts.message.mediaUrl')}
              placeholder="https://…"
              value={value.url}
              onChange={(e) => onChange({ ...value, url: e.currentTarget.value })}
              disabled={!!value.file}
            />
          </SimpleGrid>
        )}
        <Textarea
          ref={area}
          label={
            value.type === 'media'
              ? t('broadcasts.message.caption', templateHelpVars)
              : t('broadcasts.message.label')
          }
          placeholder={t('broadcasts.message.placeholder', templateHelpVars)}
          autosize
          minRows={6}
          maxRows={16}
          value={template}
          onChange={(e) => onChange({ ...value, [field]: e.currentTarget.value })}
          data-testid="message-text"
        />
        <InteractiveFields value={value} onChange={onChange} />
        <div>
          <Text size="xs" c="dimmed" mb={6}>
            {t('broadcasts.message.variables')}
          </Text>
          <Group gap={6}>
            {['name', 'phone', ...variables].map((name) => (
              <Badge
                key={name}
                component="button"
                type="button"
                variant="light"
                style={{ cursor: 'pointer', textTransform: 'none' }}
                onClick={() => insert(name)}
              >
                {`{{${name}}}`}
              </Badge>
            ))}
          </Group>
        </div>
        <Text size="xs" c="dimmed">
          {t('broadcasts.message.help', templateHelpVars)}
        </Text>
      </Stack>
      <MessagePreview listId={listId} template={template} />
    </SimpleGrid>
  );
}
