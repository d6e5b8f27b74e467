// The auto-reply rules of a device in order, with on/off, move up/down, edit, delete, and a test box.
import { ActionIcon, Badge, Button, Card, Group, Modal, Stack, Switch, Text, TextInput } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AutoReplyRule } from '../../../../shared/inbox';
import {
  useAutoReplies,
  useRemoveAutoReply,
  useReorderAutoReplies,
  useTestAutoReplies,
  useUpdateAutoReply,
} from '../../client/queries/auto-replies';
import { AutoReplyRuleForm } from '../AutoReplyRuleForm/AutoReplyRuleForm';

export function AutoReplyRules({ deviceId }: { deviceId: number }) {
  const { t } = useTranslation();
  const rules = useAutoReplies(deviceId).data ?? [];
  const [editing, setEditing] = useState<AutoReplyRule | 'new' | null>(null);
  const update = useUpdateAutoReply(deviceId);
  const remove = useRemoveAutoReply(deviceId);
  const reorder = useReorderAutoReplies(deviceId);
  const tester = useTestAutoReplies();
  const [sample, setSample] = useState('');
  const move = (index: number, by: number) => {
    const ids = rules.map((rule) => rule.id);
    [ids[index], ids[index + by]] = [ids[index + by], ids[index]];
    reorder.mutate(ids);
  };
  const result = tester.data;
  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Text size="sm" c="dimmed" maw={640}>
          {t('autoReplies.hint')}
        </Text>
        <Button leftSection={<IconPlus size={16} />} onClick={() => setEditing('new')} data-testid="rule-add">
          {t('autoReplies.add')}
        </Button>
      </Group>
      {rules.length === 0 && <Text c="dimmed">{t('autoReplies.empty')}</Text>}
      {rules.map((rule, index) => (
        <Card key={rule.id} withBorder padding="sm" data-testid="rule-card">
          <Group justify="space-between" wrap="nowrap">
            <Stack gap={2} style={{ minWidth: 0 }}>
              <Group gap="xs">
                <Badge variant="light">{t(`autoReplies.match.${rule.match}`)}</Badge>
                <Text fw={600} truncate>
                  {rule.pattern}
                </Text>
              </Group>
              <Text size="sm" c="dimmed" lineClamp={2}>
                → {rule.reply || rule.mediaUrl}
              </Text>
            </Stack>
            <Group gap={4} wrap="nowrap">
              <Switch
                checked={rule.enabled}
                onChange={(event) => update.mutate({ id: rule.id, enabled: event.currentTarget.checked })}
                aria-label={t('autoReplies.enabled')}
              />
              <ActionIcon
                variant="subtle"
                disabled={index === 0}
                onClick={() => move(index, -1)}
                aria-label={t('autoReplies.moveUp')}
              >
                <IconArrowUp size={16} />
              </ActionIcon>
              <ActionIcon
                variant="subtle"
                disabled={index === rules.length - 1}
                onClick={() => move(index, 1)}
                aria-label={t('autoReplies.moveDown')}
              >
                <IconArrowDown size={16} />
              </ActionIcon>
              <ActionIcon variant="subtle" onClick={() => setEditing(rule)} aria-label={t('common.edit')}>
                <IconPencil size={16} />
              </ActionIcon>
              <ActionIcon
                variant="subtle"
                color="red"
                onClick={() => remove.mutate(rule.id)}
                aria-label={t('common.delete')}
              >
                <IconTrash size={16} />
              </ActionIcon>
            </Group>
          </Group>
        </Card>
      ))}
      <Card withBorder>
        <Text fw={600} mb="xs">
          {t('autoReplies.test')}
        </Text>
        <Group align="flex-end">
          <TextInput
            flex={1}
            value={sample}
            onChange={(event) => setSample(event.currentTarget.value)}
            placeholder={t('autoReplies.testPlaceholder')}
            data-testid="rule-test-input"
          />
          <Button
            variant="light"
            onClick={() => tester.mutate({ deviceId, text: sample })}
            loading={tester.isPending}
          >
            {t('autoReplies.test')}
          </Button>
        </Group>
        {result && (
          <Text size="sm" mt="sm" c={result.rule ? undefined : 'dimmed'} data-testid="rule-test-result">
            {result.rule
              ? t('autoReplies.testMatch', {
                  position: rules.findIndex((r) => r.id === result.rule!.id) + 1,
                  reply: result.reply || result.rule.mediaUrl,
                })
              : t('autoReplies.testNoMatch')}
          </Text>
        )}
      </Card>
      <Modal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={t(editing === 'new' ? 'autoReplies.add' : 'common.edit')}
        size="lg"
      >
        {editing !== null && (
          <AutoReplyRuleForm
            deviceId={deviceId}
            rule={editing === 'new' ? undefined : editing}
            onDone={() => setEditing(null)}
          />
        )}
      </Modal>
    </Stack>
  );
}
