// Text inputs bound to one API field: the message body (with WhatsApp's formatting marks explained) and one-liners.
import { Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { text, type FieldGroupProps } from './types';

export function MessageField({ fields, set, errors }: FieldGroupProps) {
  const { t } = useTranslation();
  return (
    <Textarea
      label={t('compose.fields.message')}
      description={t('compose.fields.formatHint')}
      placeholder={t('compose.fields.messagePlaceholder')}
      autosize
      minRows={4}
      maxRows={12}
      value={text(fields, 'message')}
      error={errors.message?.[0]}
      onChange={(event) => set('message', event.currentTarget.value)}
      data-testid="compose-message"
    />
  );
}

interface LineFieldProps extends FieldGroupProps {
  name: string;
  label: string;
  placeholder?: string;
  inputMode?: 'decimal' | 'tel' | 'url';
}

export function LineField({ fields, set, errors, name, label, placeholder, inputMode }: LineFieldProps) {
  return (
    <TextInput
      label={label}
      placeholder={placeholder}
      inputMode={inputMode}
      value={text(fields, name)}
      error={errors[name]?.[0]}
      onChange={(event) => set(name, event.currentTarget.value)}
    />
  );
}
