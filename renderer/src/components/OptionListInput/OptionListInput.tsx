// An ordered list of short texts (buttons, list rows, poll answers): one input per item, add and remove.
import { ActionIcon, Button, Group, Input, Stack, TextInput } from '@mantine/core';
import { IconPlus, IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ValidationErrors } from '../../../../shared/schemas';

interface OptionListInputProps {
  label: string;
  /** Label of item n (1-based), e.g. "Tombol 2"; also its accessible name. */
  itemLabel: (n: number) => string;
  addLabel: string;
  values: string[];
  max: number;
  /** Errors of the whole field (`button`) and of items (`button.1`). */
  field: string;
  errors: ValidationErrors;
  onChange(values: string[]): void;
}

export function OptionListInput(props: OptionListInputProps) {
  const { label, itemLabel, addLabel, values, max, field, errors, onChange } = props;
  const { t } = useTranslation();
  const set = (index: number, text: string) =>
    onChange(values.map((value, i) => (i === index ? text : value)));
  return (
    <Input.Wrapper label={label} error={errors[field]?.[0]}>
      <Stack gap={6} mt={4}>
        {values.map((value, index) => (
          <Group key={index} gap={6} wrap="nowrap">
            <TextInput
              flex={1}
              aria-label={itemLabel(index + 1)}
              placeholder={itemLabel(index + 1)}
              value={value}
              error={errors[`${field}.${index}`]?.[0]}
              onChange={(event) => set(index, event.currentTarget.value)}
            />
            <ActionIcon
              variant="subtle"
              color="gray"
              aria-label={`${t('compose.fields.remove')} ${itemLabel(index + 1)}`}
              onClick={() => onChange(values.filter((_, i) => i !== index))}
            >
              <IconX size={16} />
            </ActionIcon>
          </Group>
        ))}
        {values.length < max && (
          <Button
            variant="subtle"
            size="compact-sm"
            leftSection={<IconPlus size={14} />}
            onClick={() => onChange([...values, ''])}
            style={{ alignSelf: 'flex-start' }}
          >
            {addLabel}
          </Button>
        )}
      </Stack>
    </Input.Wrapper>
  );
}
