// Broadcasts: one message to many customers from an Excel list, paced to keep the number safe.
import { IconBroadcast } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { FeatureEmptyState } from '../components/FeatureEmptyState/FeatureEmptyState';
import { PageHeader } from '../components/PageHeader/PageHeader';

export function BroadcastsPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('broadcasts.title')} subtitle={t('broadcasts.subtitle')} />
      <FeatureEmptyState
        icon={IconBroadcast}
        title={t('broadcasts.emptyTitle')}
        description={t('broadcasts.emptyText')}
      />
    </>
  );
}
