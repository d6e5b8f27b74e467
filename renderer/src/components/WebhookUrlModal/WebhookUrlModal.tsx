// A device's webhook URL: checked while typing, with a warning for unencrypted http to another machine.
import { Alert, Button, Checkbox, Group, Modal, Text, TextInput } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Device } from '../../../../shared/domain';
import { translatedFieldErrors } from '../../client/errors';
import { notifySuccess } from '../../client/notify';
import { useSetWebhook } from '../../client/queries/devices';
import { checkWebhookUrl } from './webhook-url';

interface WebhookUrlModalProps {
  device: Device | null;
  onClose: () => void;
}

export function WebhookUrlModal({ device, onClose }: WebhookUrlModalProps) {
  const { t } = useTranslation();
  const name = device ? device.name || t('devices.unnamed') : '';
  return (
    <Modal
      opened={device !== null}
      onClose={onClose}
      title={<Text fw={600}>{t('devices.webhook.title', { name })}</Text>}
      size="lg"
    >
      {/* Keyed so the field starts from the chosen device's URL each time the modal opens. */}
      {device && <WebhookForm key={device.id} device={device} onDone={onClose} />}
    </Modal>
  );
}

function WebhookForm({ device, onDone }: { device: Device; onDone: () => void }) {
  const { t } = useTranslation();
  const save = useSetWebhook();
  const [url, setUrl] = useState(device.webhookUrl ?? '');
  const [repliesElsewhere, setRepliesElsewhere] = useState(device.webhookRepliesElsewhere);
  const [error, setError] = useState<string | undefined>();
  const check = checkWebhookUrl(url);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!check.ok) return setError(t('devices.webhook.invalid'));
    save.mutate(
      { id: device.id, url: check.url, repliesElsewhere },
      {
        onSuccess: () => {
          notifySuccess(t(check.url ? 'devices.webhook.saved' : 'devices.webhook.cleared'));
          onDone();
        },
        onError: (err) =>
          setError(
            translatedFieldErrors(
              err,
              (key, fallback) => t(key as never, { defaultValue: fallback }),
              'devices.fieldErrors',
            ).url,
          ),
      },
    );
  };

  return (
    <form onSubmit={submit} noValidate>
      <TextInput
        label={t('devices.webhook.label')}
        description={t('devices.webhook.description')}
        placeholder={t('devices.webhook.placeholder')}
        value={url}
        onChange={(event) => {
          setUrl(event.currentTarget.value);
          setError(undefined);
        }}
        error={error}
        inputWrapperOrder={['label', 'input', 'description', 'error']}
        type="url"
        autoComplete="off"
        spellCheck={false}
        data-autofocus
      />
      {check.ok && check.insecure && (
        <Alert
          mt="md"
          color="yellow"
          variant="light"
          icon={<IconAlertTriangle size={18} />}
          data-testid="webhook-http-warning"
        >
          {t('devices.webhook.httpWarning')}
        </Alert>
      )}
      <Checkbox
        mt="md"
        label={t('devices.webhook.repliesElsewhere')}
        description={t('devices.webhook.repliesElsewhereHint')}
        checked={repliesElsewhere}
        onChange={(event) => setRepliesElsewhere(event.currentTarget.checked)}
        data-testid="webhook-replies-elsewhere"
      />
      <Group justify="flex-end" mt="xl">
        <Button variant="default" onClick={onDone}>
          {t('common.cancel')}
        </Button>
        <Button type="submit" loading={save.isPending}>
          {t('common.save')}
        </Button>
      </Group>
    </form>
  );
}
