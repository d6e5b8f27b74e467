// The extra parts of a buttons, list or template message: option labels, list title and button, footer.
import { SimpleGrid, TagsInput, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MessageDraft } from './MessageEditor';

export function InteractiveFields({
  value,
  onChange,
}: {
  value: MessageDraft;
  onChange(next: MessageDraft): void;
}) {
  const { t } = useTranslation();
  if (value.type === 'text' || value.type === 'media') return null;
  const footer = (
    <TextInput
      label={t('broadcasts.message.footer')}
      value={value.footer}
      maxLength={60}
      onChange={(e) => onChange({ ...value, footer: e.currentTarget.value })}
    />
  );
  if (value.type === 'buttons')
    return (
      <>
        <TagsInput
          label={t('broadcasts.message.buttonLabels')}
          description={t('broadcasts.message.tagsHint')}
          value={value.buttons}
          maxTags={5}
          onChange={(buttons) => onChange({ ...value, buttons })}
        />
        {footer}
      </>
    );
  if (value.type === 'template')
    return (
      <>
        <TagsInput
          label={t('broadcasts.message.templateButtons')}
          description={t('broadcasts.message.templateHint')}
          value={value.template}
          maxTags={3}
          splitChars={[]}
          onChange={(template) => onChange({ ...value, template })}
        />
        {footer}
      </>
    );
  return (
    <>
      <SimpleGrid cols={2}>
        <TextInput
          label={t('broadcasts.message.listTitle')}
          value={value.listTitle}
          onChange={(e) => onChange({ ...value, listTitle: e.currentTarget.value })}
        />
        <TextInput
          label={t('broadcasts.message.listButton')}
          value={value.listButton}
          maxLength={20}
          onChange={(e) => onChange({ ...value, listButton: e.currentTarget.value })}
        />
      </SimpleGrid>
      <TagsInput
        label={t('broadcasts.message.listRows')}
        description={t('broadcasts.message.tagsHint')}
        value={value.rows}
        maxTags={10}
        onChange={(rows) => onChange({ ...value, rows })}
      />
      {footer}
    </>
  );
}
