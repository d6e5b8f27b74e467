// The compose form: sender, a chat or the Status, recipients, message type tabs, the type's fields, Send and "send a
// test to my number" (the Status has its own form, StatusComposer).
import { Button, Group, SegmentedControl, Stack, Text, Textarea } from '@mantine/core';
import { IconDeviceMobileMessage, IconSend } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { formatPhone } from '../../../../shared/phone';
import { ComposeFields } from '../ComposeFields/ComposeFields';
import { ComposeTypeTabs } from '../ComposeFields/TypeTabs';
import { StatusComposer } from '../StatusComposer/StatusComposer';
import type { StatusForm } from '../StatusComposer/useStatusForm';
import { DevicePicker } from './DevicePicker';
import type { ComposeForm as Form } from './useComposeForm';

export type ComposeTarget = 'chat' | 'status';

interface ComposeFormProps {
  form: Form;
  target: ComposeTarget;
  onTarget(target: ComposeTarget): void;
  statusForm: StatusForm;
}

export function ComposeForm({ form, target, onTarget, statusForm }: ComposeFormProps) {
  const { t } = useTranslation();
  return (
    <Stack gap="md">
      <DevicePicker form={form} />
      <Stack gap={4}>
        <Text size="sm" fw={500}>
          {t('status.target')}
        </Text>
        <SegmentedControl
          aria-label={t('status.target')}
          data={(['chat', 'status'] as const).map((value) => ({
            value,
            label: t(`status.targets.${value}`),
          }))}
          value={target}
          onChange={(value) => onTarget(value as ComposeTarget)}
          data-testid="compose-target"
        />
      </Stack>
      {target === 'status' ? <StatusComposer form={statusForm} /> : <ChatFields form={form} />}
    </Stack>
  );
}

function ChatFields({ form }: { form: Form }) {
  const { t } = useTranslation();
  const { draft, errors } = form;
  return (
    <>
      <Textarea
        label={t('compose.recipients')}
        description={t('compose.recipientsHint')}
        placeholder={t('compose.recipientsPlaceholder')}
        autosize
        minRows={2}
        maxRows={6}
        value={draft.recipients}
        onChange={(event) => form.update({ recipients: event.currentTarget.value })}
        error={errors.number?.[0]}
        data-testid="compose-recipients"
      />
      <ComposeTypeTabs value={draft.type} onChange={(type) => form.update({ type })} />
      <ComposeFields
        type={draft.type}
        fields={draft.fields[draft.type]}
        set={form.setField}
        errors={errors}
        file={draft.file}
        onFile={form.setFile}
      />
      <Group gap="sm">
        <Button
          leftSection={<IconSend size={16} />}
          loading={form.sending}
          onClick={() => form.submit(false)}
        >
          {t('compose.send')}
        </Button>
        <Button
          variant="default"
          leftSection={<IconDeviceMobileMessage size={16} />}
          disabled={!form.device || form.sending}
          onClick={() => form.submit(true)}
        >
          {t('compose.sendTest')}
        </Button>
      </Group>
      {form.device && (
        <Text size="xs" c="dimmed" mt={-8}>
          {t('compose.sendTestHint', { number: formatPhone(form.device.number) })}
        </Text>
      )}
    </>
  );
}
