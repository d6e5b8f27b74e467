// Webhooks: incoming messages forwarded to the user's own system, with delivery history.
import { IconWebhook } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { FeatureEmptyState } from '../components/FeatureEmptyState/FeatureEmptyState';
import { PageHeader } from '../components/PageHeader/PageHeader';

export function WebhooksPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('webhooks.title')} subtitle={t('webhooks.subtitle')} />
      <FeatureEmptyState
        icon={IconWebhook}
        title={t('webhooks.emptyTitle')}
        description={t('webhooks.emptyText')}
      />
    </>
  );
}
