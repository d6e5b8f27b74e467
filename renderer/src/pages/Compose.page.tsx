// Compose: writing one message (text, media, buttons, lists) from a linked number.
import { IconPencil } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { FeatureEmptyState } from '../components/FeatureEmptyState/FeatureEmptyState';
import { PageHeader } from '../components/PageHeader/PageHeader';

export function ComposePage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('compose.title')} subtitle={t('compose.subtitle')} />
      <FeatureEmptyState
        icon={IconPencil}
        title={t('compose.emptyTitle')}
        description={t('compose.emptyText')}
      />
    </>
  );
}
