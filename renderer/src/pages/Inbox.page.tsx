// Inbox: conversations of each linked number with live updates, full-text search, replies; auto-reply rules.
import { Group, Select, Tabs, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconInbox, IconRobot, IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDevices } from '../client/queries/devices';
import { AiRuleCard } from '../components/AiRuleCard/AiRuleCard';
import { AutoReplyRules } from '../components/AutoReplyRules/AutoReplyRules';
import { InboxPanes } from '../components/ChatList/InboxPanes';
import { FeatureEmptyState } from '../components/FeatureEmptyState/FeatureEmptyState';
import { PageHeader } from '../components/PageHeader/PageHeader';
import { useHashRequest } from '../hooks/useHashRoute';
import { deviceLabel } from '../../../shared/phone';

export function InboxPage() {
  const { t } = useTranslation();
  const devices = useDevices();
  const [picked, setPicked] = useState<string | null>(null);
  const [wantedChat, setWantedChat] = useState<number | null>(null);
  // A notification click opens "#/inbox?device=1&chat=5".
  useHashRequest((params) => {
    const device = params.get('device');
    if (device) setPicked(device);
    setWantedChat(Number(params.get('chat')) || null);
  });
  const [search, setSearch] = useState('');
  const [query] = useDebouncedValue(search, 250);
  const list = devices.data ?? [];
  const deviceId = Number(picked ?? list[0]?.id ?? 0) || null;
  const header = (
    <Group gap="sm">
      <Select
        aria-label={t('inbox.device')}
        data={list.map((d) => ({ value: String(d.id), label: deviceLabel(d) }))}
        value={deviceId ? String(deviceId) : null}
        onChange={setPicked}
        allowDeselect={false}
        w={260}
        data-testid="inbox-device"
      />
    </Group>
  );
  if (devices.isSuccess && list.length === 0) {
    return (
      <>
        <PageHeader title={t('inbox.title')} subtitle={t('inbox.subtitle')} />
        <FeatureEmptyState
          icon={IconInbox}
          title={t('inbox.emptyTitle')}
          description={t('inbox.emptyText')}
        />
      </>
    );
  }
  return (
    <>
      <PageHeader title={t('inbox.title')} subtitle={t('inbox.subtitle')}>
        {header}
      </PageHeader>
      <Tabs defaultValue="chats" keepMounted={false}>
        <Tabs.List mb="md">
          <Tabs.Tab value="chats" leftSection={<IconInbox size={16} />}>
            {t('inbox.title')}
          </Tabs.Tab>
          <Tabs.Tab value="rules" leftSection={<IconRobot size={16} />}>
            {t('autoReplies.title')}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="chats">
          <TextInput
            leftSection={<IconSearch size={16} />}
            placeholder={t('inbox.search')}
            aria-label={t('inbox.search')}
            value={search}
            onChange={(event) => setSearch(event.currentTarget.value)}
            mb="sm"
            data-testid="inbox-search"
          />
          {deviceId && (
            <InboxPanes
              deviceId={deviceId}
              query={query}
              openChatId={wantedChat}
              onOpened={() => setWantedChat(null)}
            />
          )}
        </Tabs.Panel>
        <Tabs.Panel value="rules">
          {deviceId && (
            <>
              <AutoReplyRules deviceId={deviceId} />
              <AiRuleCard deviceId={deviceId} />
            </>
          )}
        </Tabs.Panel>
      </Tabs>
    </>
  );
}
