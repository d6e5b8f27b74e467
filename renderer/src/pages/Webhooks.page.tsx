// Webhooks: where incoming messages go (main URL, per device), what else is sent, the signature, and deliveries.
import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useWebhookSettings } from '../client/queries/webhooks';
import { DeviceWebhookUrls } from '../components/DeviceWebhookUrls/DeviceWebhookUrls';
import { PageHeader } from '../components/PageHeader/PageHeader';
import { WebhookDeliveries } from '../components/WebhookDeliveries/WebhookDeliveries';
import { WebhookSettingsCard } from '../components/WebhookSettingsCard/WebhookSettingsCard';

export function WebhooksPage() {
  const { t } = useTranslation();
  const settings = useWebhookSettings().data;
  return (
    <>
      <PageHeader title={t('webhooks.title')} subtitle={t('webhooks.subtitle')} />
      {settings && (
        <Stack gap="lg">
          {/* Keyed so the field shows a URL changed elsewhere (another window, --webhook-url). */}
          <WebhookSettingsCard key={settings.defaultUrl ?? ''} settings={settings} />
          <DeviceWebhookUrls defaultUrl={settings.defaultUrl} />
          <WebhookDeliveries />
        </Stack>
      )}
    </>
  );
}
