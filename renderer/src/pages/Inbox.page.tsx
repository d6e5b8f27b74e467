// Inbox: messages received by the linked numbers.
import { IconInbox } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { FeatureEmptyState } from '../components/FeatureEmptyState/FeatureEmptyState';
import { PageHeader } from '../components/PageHeader/PageHeader';

export function InboxPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('inbox.title')} subtitle={t('inbox.subtitle')} />
      <FeatureEmptyState icon={IconInbox} title={t('inbox.emptyTitle')} description={t('inbox.emptyText')} />
    </>
  );
}
