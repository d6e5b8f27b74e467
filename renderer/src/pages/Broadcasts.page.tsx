// Broadcasts: one message to many customers from an Excel list, paced to keep the number safe.
import { Button, Center, Loader, SimpleGrid, Stack, Tabs } from '@mantine/core';
import { IconBroadcast, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCampaigns } from '../client/queries/broadcasts';
import { CampaignDetail } from '../components/CampaignDetail/CampaignDetail';
import { CampaignList } from '../components/CampaignList/CampaignList';
import { ContactListsPanel } from '../components/ContactListsPanel/ContactListsPanel';
import { FeatureEmptyState } from '../components/FeatureEmptyState/FeatureEmptyState';
import { NewCampaignWizard } from '../components/NewCampaignWizard/NewCampaignWizard';
import { OptOutCard } from '../components/OptOutCard/OptOutCard';
import { PageHeader } from '../components/PageHeader/PageHeader';
import { useHashRequest } from '../hooks/useHashRoute';
import { SafetySettingsCard } from '../components/SafetySettingsCard/SafetySettingsCard';
import { NumberHealthCard } from '../components/NumberHealthCard/NumberHealthCard';

type View = { kind: 'list' } | { kind: 'new' } | { kind: 'campaign'; id: number };

export function BroadcastsPage() {
  const { t } = useTranslation();
  const campaigns = useCampaigns();
  const [view, setView] = useState<View>({ kind: 'list' });
  // A notification click opens "#/broadcasts?campaign=9".
  useHashRequest((params) => {
    const id = Number(params.get('campaign'));
    if (id) setView({ kind: 'campaign', id });
  });
  const newButton = (
    <Button
      leftSection={<IconPlus size={16} />}
      onClick={() => setView({ kind: 'new' })}
      data-testid="new-campaign"
    >
      {t('broadcasts.newCampaign')}
    </Button>
  );
  if (view.kind === 'new')
    return (
      <>
        <PageHeader title={t('broadcasts.newCampaign')} subtitle={t('broadcasts.subtitle')} />
        <NewCampaignWizard
          onCreated={(c) => setView({ kind: 'campaign', id: c.id })}
          onCancel={() => setView({ kind: 'list' })}
        />
      </>
    );
  if (view.kind === 'campaign')
    return <CampaignDetail campaignId={view.id} onBack={() => setView({ kind: 'list' })} />;
  return (
    <>
      <PageHeader title={t('broadcasts.title')} subtitle={t('broadcasts.subtitle')}>
        {newButton}
      </PageHeader>
      <Tabs defaultValue="campaigns" keepMounted={false}>
        <Tabs.List mb="lg">
          <Tabs.Tab value="campaigns">{t('broadcasts.tabs.campaigns')}</Tabs.Tab>
          <Tabs.Tab value="lists">{t('broadcasts.tabs.lists')}</Tabs.Tab>
          <Tabs.Tab value="safety">{t('broadcasts.tabs.safety')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="campaigns">
          {campaigns.isPending ? (
            <Center py="xl">
              <Loader />
            </Center>
          ) : campaigns.data?.length ? (
            <CampaignList campaigns={campaigns.data} onOpen={(id) => setView({ kind: 'campaign', id })} />
          ) : (
            <Stack>
              <FeatureEmptyState
                icon={IconBroadcast}
                title={t('broadcasts.emptyTitle')}
                description={t('broadcasts.emptyText')}
              />
            </Stack>
          )}
        </Tabs.Panel>
        <Tabs.Panel value="lists">
          <ContactListsPanel />
        </Tabs.Panel>
        <Tabs.Panel value="safety">
          <Stack gap="lg">
            <NumberHealthCard />
            <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
              <SafetySettingsCard />
              <OptOutCard />
            </SimpleGrid>
          </Stack>
        </Tabs.Panel>
      </Tabs>
    </>
  );
}
