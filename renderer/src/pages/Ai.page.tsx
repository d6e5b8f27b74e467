// AI replies: why the last answer failed, the provider, the shop's knowledge, and each device's AI rule.
import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useAiSettings } from '../client/queries/ai';
import { useDevices } from '../client/queries/devices';
import { AiDeviceRules } from '../components/AiDeviceRules/AiDeviceRules';
import { AiFailureAlert } from '../components/AiFailureAlert/AiFailureAlert';
import { AiKnowledgeCard } from '../components/AiKnowledgeCard/AiKnowledgeCard';
import { AiProviderCard } from '../components/AiProviderCard/AiProviderCard';
import { PageHeader } from '../components/PageHeader/PageHeader';

export function AiPage() {
  const { t } = useTranslation();
  const settings = useAiSettings().data;
  const devices = useDevices().data ?? [];
  return (
    <>
      <PageHeader title={t('ai.title')} subtitle={t('ai.subtitle')} />
      {settings && (
        <Stack gap="lg">
          {settings.lastError && <AiFailureAlert failure={settings.lastError} title={t('ai.lastError')} />}
          <AiProviderCard settings={settings} />
          <AiKnowledgeCard settings={settings} />
          <AiDeviceRules rules={settings.devices} devices={devices} />
        </Stack>
      )}
    </>
  );
}
