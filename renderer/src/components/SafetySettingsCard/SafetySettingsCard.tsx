// The safety governor's limits per number (hourly, daily, warm-up, rest after a 429) and which devices' API sends it governs.
import { Button, Card, Checkbox, Group, NumberInput, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Governor } from '../../../../shared/broadcasts';
import { formatPhone } from '../../../../shared/phone';
import { notifyError, notifySuccess } from '../../client/notify';
import { useGovernor, useUpdateGovernor } from '../../client/queries/broadcasts';
import { useDevices } from '../../client/queries/devices';

type Limits = Pick<
  Governor,
  'hourlyCap' | 'dailyCap' | 'warmupDays' | 'warmupStartCap' | 'rateLimitPauseMin' | 'apiGovernedDeviceIds'
>;

export function SafetySettingsCard() {
  const { t } = useTranslation();
  const governor = useGovernor().data;
  const devices = useDevices().data ?? [];
  const update = useUpdateGovernor();
  const [draft, setDraft] = useState<Limits | null>(null);
  useEffect(() => {
    if (governor && !draft) setDraft(governor);
  }, [governor, draft]);
  if (!draft) return null;
  const field = (key: Exclude<keyof Limits, 'apiGovernedDeviceIds'>, label: string, min = 0) => (
    <NumberInput
      label={label}
      min={min}
      value={draft[key]}
      onChange={(v) => setDraft({ ...draft, [key]: Number(v) || min })}
    />
  );
  const save = () =>
    update.mutate(draft, {
      onSuccess: () => notifySuccess(t('broadcasts.safety.saved')),
      onError: notifyError,
    });
  return (
    <Card>
      <Title order={4}>{t('broadcasts.safety.title')}</Title>
      <Text size="sm" c="dimmed" mb="md">
        {t('broadcasts.safety.help')}
      </Text>
      <Stack gap="md">
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          {field('hourlyCap', t('broadcasts.safety.hourlyCap'), 1)}
          {field('dailyCap', t('broadcasts.safety.dailyCap'), 1)}
          {field('warmupDays', t('broadcasts.safety.warmupDays'))}
          {field('warmupStartCap', t('broadcasts.safety.warmupStartCap'), 1)}
          {field('rateLimitPauseMin', t('broadcasts.safety.rateLimitPause'))}
        </SimpleGrid>
        {devices.length > 0 && (
          <Checkbox.Group
            label={t('broadcasts.safety.apiDevices')}
            value={draft.apiGovernedDeviceIds.map(String)}
            onChange={(ids) => setDraft({ ...draft, apiGovernedDeviceIds: ids.map(Number) })}
          >
            <Group mt="xs">
              {devices.map((d) => (
                <Checkbox key={d.id} value={String(d.id)} label={d.name || formatPhone(d.number)} />
              ))}
            </Group>
          </Checkbox.Group>
        )}
        <Group justify="flex-end">
          <Button onClick={save} loading={update.isPending}>
            {t('broadcasts.safety.save')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
