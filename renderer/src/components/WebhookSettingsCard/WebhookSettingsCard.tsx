// Main webhook URL (with the http:// warning and a test button), optional event types, and the signing secret.
import { Alert, Button, Card, Checkbox, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconAlertTriangle, IconRefresh, IconSend } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WebhookSettings } from '../../../../shared/inbox';
import { notifySuccess } from '../../client/notify';
import {
  useRegenerateWebhookSecret,
  useSendTestWebhook,
  useSetWebhookSettings,
} from '../../client/queries/webhooks';
import { CodeSnippet } from '../CodeSnippet/CodeSnippet';
import { ConfirmModal } from '../ConfirmModal/ConfirmModal';
import { CopyValueButton } from '../CopyValueButton/CopyValueButton';
import { checkWebhookUrl } from '../WebhookUrlModal/webhook-url';
import { phpSignatureCheck } from './php-check';

export function WebhookSettingsCard({ settings }: { settings: WebhookSettings }) {
  const { t } = useTranslation();
  const [url, setUrl] = useState(settings.defaultUrl ?? '');
  const [confirming, setConfirming] = useState(false);
  const save = useSetWebhookSettings();
  const regenerate = useRegenerateWebhookSecret();
  const test = useSendTestWebhook();
  const check = checkWebhookUrl(url);
  const dirty = url.trim() !== (settings.defaultUrl ?? '');
  const result = test.data;
  return (
    <Card withBorder>
      <Stack gap="md">
        <Title order={4}>{t('webhooks.defaultUrl')}</Title>
        <Group align="flex-start" wrap="nowrap">
          <TextInput
            flex={1}
            value={url}
            onChange={(event) => setUrl(event.currentTarget.value)}
            placeholder="https://example.com/webhook.php"
            description={t('webhooks.defaultUrlHint')}
            error={check.ok ? undefined : t('devices.webhook.invalid')}
            aria-label={t('webhooks.defaultUrl')}
            data-testid="webhook-default-url"
          />
          <Button
            disabled={!check.ok || !dirty}
            loading={save.isPending}
            onClick={() =>
              save.mutate(
                { defaultUrl: check.ok ? check.url : null },
                { onSuccess: () => notifySuccess(t('webhooks.saved')) },
              )
            }
            data-testid="webhook-save"
          >
            {t('common.save')}
          </Button>
          <Button
            variant="light"
            leftSection={<IconSend size={16} />}
            loading={test.isPending}
            disabled={!settings.defaultUrl && !url.trim()}
            onClick={() => test.mutate(check.ok && check.url ? { url: check.url } : {})}
            data-testid="webhook-test"
          >
            {t('webhooks.sendTest')}
          </Button>
        </Group>
        {check.ok && check.insecure && (
          <Alert color="yellow" icon={<IconAlertTriangle />} data-testid="webhook-http-warning">
            {t('webhooks.httpWarning')}
          </Alert>
        )}
        {result && (
          <Alert color={result.ok ? 'wa' : 'red'} data-testid="webhook-test-result">
            {result.ok
              ? t('webhooks.testOk', { status: result.status, ms: result.ms })
              : t('webhooks.testFailed', { error: result.error })}
          </Alert>
        )}
        <Stack gap={4}>
          <Text fw={600}>{t('webhooks.events')}</Text>
          <Text size="sm" c="dimmed">
            {t('webhooks.eventsHint')}
          </Text>
          <Checkbox
            label={t('webhooks.eventMessageStatus')}
            checked={settings.events.messageStatus}
            onChange={(event) => save.mutate({ events: { messageStatus: event.currentTarget.checked } })}
          />
          <Checkbox
            label={t('webhooks.eventDeviceConnection')}
            checked={settings.events.deviceConnection}
            onChange={(event) => save.mutate({ events: { deviceConnection: event.currentTarget.checked } })}
          />
          <Checkbox
            label={t('webhooks.eventDeviceRestriction')}
            checked={settings.events.deviceRestriction}
            onChange={(event) => save.mutate({ events: { deviceRestriction: event.currentTarget.checked } })}
          />
        </Stack>
        <Stack gap="xs">
          <Text fw={600}>{t('webhooks.secret')}</Text>
          <Group wrap="nowrap">
            <TextInput
              flex={1}
              value={settings.secret}
              readOnly
              styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
              aria-label={t('webhooks.secret')}
              data-testid="webhook-secret"
            />
            <CopyValueButton value={settings.secret} />
            <Button
              variant="default"
              leftSection={<IconRefresh size={16} />}
              onClick={() => setConfirming(true)}
            >
              {t('webhooks.regenerate')}
            </Button>
          </Group>
          <Text size="sm" c="dimmed">
            {t('webhooks.secretHint', { header: settings.signatureHeader })}
          </Text>
          <CodeSnippet code={phpSignatureCheck(settings.signatureHeader, settings.secret)} />
        </Stack>
      </Stack>
      <ConfirmModal
        opened={confirming}
        title={t('webhooks.regenerate')}
        body={t('webhooks.regenerateConfirm')}
        confirmLabel={t('webhooks.regenerate')}
        loading={regenerate.isPending}
        onConfirm={() => regenerate.mutate(undefined, { onSuccess: () => setConfirming(false) })}
        onClose={() => setConfirming(false)}
      />
    </Card>
  );
}
