// Text inputs bound to one API field: the message body (with WhatsApp's formatting marks explained) and one-liners.
import { Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { text, type FieldGroupProps } from './types';

/** The examples a campaign's hint and placeholder show, as written (i18next would fill them otherwise). */
export const templateExamples = { nameVar: '{{name}}', cityVar: '{{kota|Jakarta}}' };

export function MessageField({ fields, set, errors, templated }: FieldGroupProps) {
  const { t } = useTranslation();
  return (
    <Textarea
      label={t('compose.fields.message')}
      description={
        templated ? t('broadcasts.message.help', templateExamples) : t('compose.fields.formatHint')
      }
      placeholder={
        templated
          ? t('broadcasts.message.placeholder', templateExamples)
          : t('compose.fields.messagePlaceholder')
      }
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
  testId?: string;
}

export function LineField(props: LineFieldProps) {
  const { fields, set, errors, name, label, placeholder, inputMode } = props;
  return (
    <TextInput
      label={label}
      placeholder={placeholder}
      inputMode={inputMode}
      data-testid={props.testId}
      value={text(fields, name)}
      error={errors[name]?.[0]}
      onChange={(event) => set(name, event.currentTarget.value)}
    />
  );
}
