// The device's "AI" rule as the last card of its auto-reply rules: it answers what no keyword rule above matched.
import { Anchor, Badge, Card, Group, Stack, Switch, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useAiSettings, useSetAiDevice } from '../../client/queries/ai';

export function AiRuleCard({ deviceId }: { deviceId: number }) {
  const { t } = useTranslation();
  const rule = useAiSettings().data?.devices.find((d) => d.deviceId === deviceId);
  const set = useSetAiDevice();
  if (!rule) return null;
  return (
    <Card withBorder padding="sm" mt="md" data-testid="ai-rule-card">
      <Group justify="space-between" wrap="nowrap">
        <Stack gap={2}>
          <Group gap="xs">
            <Badge variant="light" color="grape">
              {t('ai.sentByAi')}
            </Badge>
            <Text fw={600}>{t('ai.enabled')}</Text>
          </Group>
          <Text size="sm" c="dimmed">
            {t('ai.devicesHint')} {t('ai.repliesToday', { count: rule.repliesToday })} ·{' '}
            <Anchor href="#/ai" size="sm">
              {t('ai.title')}
            </Anchor>
          </Text>
        </Stack>
        <Switch
          checked={rule.enabled}
          onChange={(e) => set.mutate({ deviceId, enabled: e.currentTarget.checked })}
          aria-label={t('ai.enabled')}
        />
      </Group>
    </Card>
  );
}
