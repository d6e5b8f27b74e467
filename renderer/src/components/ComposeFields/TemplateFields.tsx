// Template: up to 3 call or link buttons, each kept as the API's "call|Label|number" / "url|Label|link" line.
import { ActionIcon, Button, Group, Input, NativeSelect, Stack, TextInput } from '@mantine/core';
import { IconPlus, IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { MAX_TEMPLATE_BUTTONS } from '../../../../shared/schemas/send-template';
import { LineField, MessageField } from './MessageField';
import { list, type FieldGroupProps } from './types';

type Kind = 'call' | 'url';
const parse = (line: string) => {
  const [kind, label = '', ...target] = line.split('|');
  return { kind: (kind === 'url' ? 'url' : 'call') as Kind, label, target: target.join('|') };
};
const join = (b: { kind: Kind; label: string; target: string }) =>
  `${b.kind}|${b.label.replace(/\|/g, '/')}|${b.target}`;

export function TemplateFields(props: FieldGroupProps) {
  const { t } = useTranslation();
  const lines = list(props.fields, 'template');
  const update = (index: number, patch: Partial<ReturnType<typeof parse>>) =>
    props.set(
      'template',
      lines.map((line, i) => (i === index ? join({ ...parse(line), ...patch }) : line)),
    );
  return (
    <Stack gap="sm">
      <MessageField {...props} />
      <Input.Wrapper label={t('compose.fields.templateButtons')} error={props.errors.template?.[0]}>
        <Stack gap={6} mt={4}>
          {lines.map((line, index) => {
            const button = parse(line);
            const targetLabel =
              button.kind === 'call'
                ? t('compose.fields.templateTargetCall')
                : t('compose.fields.templateTargetUrl');
            return (
              <Group key={index} gap={6} wrap="nowrap" align="flex-start" data-testid="template-button">
                <NativeSelect
                  aria-label={`${t('compose.fields.templateButtons')} ${index + 1}`}
                  data={(['call', 'url'] as const).map((kind) => ({
                    value: kind,
                    label: t(`compose.fields.templateKind.${kind}`),
                  }))}
                  value={button.kind}
                  onChange={(event) => update(index, { kind: event.currentTarget.value as Kind })}
                  w="7.5rem"
                />
                <TextInput
                  flex={1}
                  aria-label={`${t('compose.fields.templateLabel')} ${index + 1}`}
                  placeholder={t('compose.fields.templateLabel')}
                  value={button.label}
                  onChange={(event) => update(index, { label: event.currentTarget.value })}
                  error={props.errors[`template.${index}`]?.[0]}
                />
                <TextInput
                  flex={1}
                  aria-label={`${targetLabel} ${index + 1}`}
                  placeholder={button.kind === 'call' ? '0812-3456-7890' : 'toko.example'}
                  value={button.target}
                  onChange={(event) => update(index, { target: event.currentTarget.value })}
                />
                <ActionIcon
                  variant="subtle"
                  color="gray"
                  mt={6}
                  aria-label={`${t('compose.fields.remove')} ${index + 1}`}
                  onClick={() =>
                    props.set(
                      'template',
                      lines.filter((_, i) => i !== index),
                    )
                  }
                >
                  <IconX size={16} />
                </ActionIcon>
              </Group>
            );
          })}
          {lines.length < MAX_TEMPLATE_BUTTONS && (
            <Button
              variant="subtle"
              size="compact-sm"
              leftSection={<IconPlus size={14} />}
              onClick={() => props.set('template', [...lines, 'url||'])}
              style={{ alignSelf: 'flex-start' }}
            >
              {t('compose.fields.addButton')}
            </Button>
          )}
        </Stack>
      </Input.Wrapper>
      <LineField {...props} name="footer" label={t('compose.fields.footer')} />
    </Stack>
  );
}
