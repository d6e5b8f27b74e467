// Groups of a number: the list (subject, size, admin), a group's members, "make contact list", the invite link,
// and a form to create a group.
import {
  Alert,
  Badge,
  Button,
  Grid,
  Group,
  Paper,
  Select,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
  UnstyledButton,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { deviceLabel, formatPhone } from '../../../shared/phone';
import { useDevices } from '../client/queries/devices';
import {
  useCreateGroup,
  useGroupInvite,
  useGroupMembers,
  useGroups,
  useGroupsToCampaignList,
  useGroupToList,
} from '../client/queries/groups';
import { PageHeader } from '../components/PageHeader/PageHeader';

function Members({ deviceId, jid, weAdmin }: { deviceId: number; jid: string; weAdmin: boolean }) {
  const { t } = useTranslation();
  const members = useGroupMembers(deviceId, jid).data ?? [];
  const toList = useGroupToList();
  const invite = useGroupInvite();
  return (
    <Paper withBorder p="md" radius="md" data-testid="group-members">
      <Group justify="space-between" mb="sm">
        <Title order={5}>{t('groups.members', { count: members.length })}</Title>
        <Group gap="xs">
          <Button
            size="xs"
            variant="light"
            onClick={() => toList.mutate({ deviceId, jid })}
            loading={toList.isPending}
          >
            {t('groups.makeList')}
          </Button>
          {weAdmin && (
            <Button
              size="xs"
              variant="default"
              onClick={() => invite.mutate({ deviceId, jid, revoke: false })}
              loading={invite.isPending}
            >
              {t('groups.invite')}
            </Button>
          )}
        </Group>
      </Group>
      {toList.data && (
        <Alert color="wa" mb="sm" data-testid="group-list-made">
          {t('groups.listMade', { added: toList.data.added, unresolved: toList.data.unresolved })}
        </Alert>
      )}
      {invite.data && (
        <Group gap="xs" mb="sm">
          <Text size="sm" data-testid="group-invite-link">
            {invite.data.link}
          </Text>
          <Button
            size="compact-xs"
            variant="subtle"
            onClick={() => invite.mutate({ deviceId, jid, revoke: true })}
          >
            {t('groups.revoke')}
          </Button>
        </Group>
      )}
      <Stack gap={4}>
        {members.map((m) => (
          <Group key={m.id} gap="xs" data-testid="group-member">
            <Text size="sm">{m.phone ? formatPhone(m.phone) : t('groups.unknownNumber')}</Text>
            {m.admin && (
              <Badge size="xs" variant="light">
                {t('groups.admin')}
              </Badge>
            )}
          </Group>
        ))}
      </Stack>
    </Paper>
  );
}

function CreateGroupForm({ deviceId, onCreated }: { deviceId: number; onCreated: (jid: string) => void }) {
  const { t } = useTranslation();
  const [subject, setSubject] = useState('');
  const [phones, setPhones] = useState('');
  const create = useCreateGroup();
  const submit = () =>
    create.mutate(
      { deviceId, subject, phones: phones.split(/[\s,|]+/).filter(Boolean) },
      { onSuccess: (group) => onCreated(group.jid) },
    );
  return (
    <Paper withBorder p="md" radius="md">
      <Title order={5} mb="sm">
        {t('groups.create')}
      </Title>
      <Stack gap="xs">
        <TextInput
          label={t('groups.subject')}
          value={subject}
          onChange={(e) => setSubject(e.currentTarget.value)}
        />
        <Textarea
          label={t('groups.phones')}
          autosize
          minRows={2}
          value={phones}
          onChange={(e) => setPhones(e.currentTarget.value)}
        />
        <Button onClick={submit} loading={create.isPending} disabled={!subject.trim() || !phones.trim()}>
          {t('groups.createSubmit')}
        </Button>
      </Stack>
    </Paper>
  );
}

export function GroupsPage() {
  const { t } = useTranslation();
  const devices = useDevices().data ?? [];
  const [picked, setPicked] = useState<string | null>(null);
  const deviceId = picked ? Number(picked) : devices[0]?.id;
  const groups = useGroups(deviceId).data ?? [];
  const [jid, setJid] = useState<string>();
  const selected = groups.find((g) => g.jid === jid);
  const toCampaign = useGroupsToCampaignList();
  const device = devices.find((d) => d.id === deviceId);
  const listName = t('groups.campaignListName', { device: device?.name ?? '' });
  return (
    <>
      <PageHeader title={t('groups.title')} subtitle={t('groups.subtitle')} />
      <Select
        label={t('groups.device')}
        data={devices.map((d) => ({ value: String(d.id), label: deviceLabel(d) }))}
        value={deviceId !== undefined ? String(deviceId) : null}
        onChange={setPicked}
        maw={360}
        mb="md"
      />
      {deviceId !== undefined && (
        <Grid>
          <Grid.Col span={{ base: 12, md: 5 }}>
            <Stack gap="xs" data-testid="group-list">
              {groups.length === 0 && <Text c="dimmed">{t('groups.empty')}</Text>}
              {groups.map((g) => (
                <UnstyledButton key={g.jid} onClick={() => setJid(g.jid)} data-testid="group-row">
                  <Paper
                    withBorder
                    p="sm"
                    radius="md"
                    bg={g.jid === jid ? 'var(--mantine-color-default-hover)' : undefined}
                  >
                    <Group justify="space-between">
                      <Text fw={500}>{g.subject}</Text>
                      <Group gap={4}>
                        {g.weAdmin && (
                          <Badge size="xs" variant="light">
                            {t('groups.you')}
                          </Badge>
                        )}
                        <Text size="xs" c="dimmed">
                          {t('groups.size', { count: g.size })}
                        </Text>
                      </Group>
                    </Group>
                  </Paper>
                </UnstyledButton>
              ))}
              {groups.length > 0 && (
                <Button
                  variant="light"
                  data-testid="groups-campaign-list"
                  loading={toCampaign.isPending}
                  onClick={() =>
                    toCampaign.mutate({ deviceId, jids: groups.map((g) => g.jid), name: listName })
                  }
                >
                  {t('groups.campaignList')}
                </Button>
              )}
              {toCampaign.data && (
                <Alert color="wa" data-testid="groups-campaign-list-made">
                  {t('groups.campaignListMade', { name: listName, count: toCampaign.data.groups })}
                </Alert>
              )}
              <CreateGroupForm deviceId={deviceId} onCreated={setJid} />
            </Stack>
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 7 }}>
            {selected ? (
              <Members key={selected.jid} deviceId={deviceId} jid={selected.jid} weAdmin={selected.weAdmin} />
            ) : (
              <Text c="dimmed">{t('groups.pick')}</Text>
            )}
          </Grid.Col>
        </Grid>
      )}
    </>
  );
}
