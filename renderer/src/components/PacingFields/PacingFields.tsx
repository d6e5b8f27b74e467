// Senders and pace of a campaign: devices taking turns, random gaps, rests, daily cap, sending hours, start time.
import {
  Alert,
  Checkbox,
  Group,
  NumberInput,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  TextInput,
} from '@mantine/core';
import { TimePicker } from '@mantine/dates';
import { IconShieldCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Pacing } from '../../../../shared/broadcasts';
import { formatPhone } from '../../../../shared/phone';
import { useDevices } from '../../client/queries/devices';

interface PacingFieldsProps {
  deviceIds: number[];
  onDevicesChange(ids: number[]): void;
  pacing: Pacing;
  onPacingChange(next: Pacing): void;
}

/** "2026-06-01T09:30" (the datetime-local format) ↔ ms, in this computer's local time. */
const toLocalInput = (ms: number) => {
  const d = new Date(ms - new Date(ms).getTimezoneOffset() * 60_000);
  return d.toISOString().slice(0, 16);
};

export function PacingFields({ deviceIds, onDevicesChange, pacing, onPacingChange }: PacingFieldsProps) {
  const { t } = useTranslation();
  const devices = useDevices().data ?? [];
  const set = (patch: Partial<Pacing>) => onPacingChange({ ...pacing, ...patch });
  const num = (value: string | number, fallback = 0) =>
    typeof value === 'number' ? value : Number(value) || fallback;

  return (
    <Stack gap="lg">
      <Checkbox.Group
        label={t('broadcasts.pacing.devices')}
        description={t('broadcasts.pacing.devicesHelp')}
        value={deviceIds.map(String)}
        onChange={(ids) => onDevicesChange(ids.map(Number))}
      >
        <Stack gap={6} mt="xs">
          {devices.length === 0 && (
            <Text size="sm" c="dimmed">
              {t('broadcasts.pacing.noDevices')}
            </Text>
          )}
          {devices.map((device) => (
            <Checkbox
              key={device.id}
              value={String(device.id)}
              label={
                <Group gap={6}>
                  <Text size="sm">{device.name || formatPhone(device.number)}</Text>
                  <Text size="xs" c={device.status === 'open' ? 'wa' : 'dimmed'}>
                    {formatPhone(device.number)} ·{' '}
                    {device.status === 'open'
                      ? t('broadcasts.pacing.connected')
                      : t('broadcasts.pacing.notConnected')}
                  </Text>
                </Group>
              }
            />
          ))}
        </Stack>
      </Checkbox.Group>
      <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }}>
        <NumberInput
          label={t('broadcasts.pacing.minDelay')}
          min={0}
          max={3600}
          decimalScale={1}
          value={pacing.minDelaySec}
          onChange={(v) => set({ minDelaySec: num(v) })}
          data-testid="min-delay"
        />
        <NumberInput
          label={t('broadcasts.pacing.maxDelay')}
          min={0}
          max={3600}
          decimalScale={1}
          value={pacing.maxDelaySec}
          onChange={(v) => set({ maxDelaySec: num(v) })}
          error={
            pacing.maxDelaySec < pacing.minDelaySec
              ? t('broadcasts.pacing.maxDelay') + ' ≥ ' + pacing.minDelaySec
              : undefined
          }
          data-testid="max-delay"
        />
        <NumberInput
          label={t('broadcasts.pacing.dailyCap')}
          min={0}
          value={pacing.dailyCapPerDevice}
          onChange={(v) => set({ dailyCapPerDevice: num(v) })}
        />
        <NumberInput
          label={t('broadcasts.pacing.batchSize')}
          min={0}
          value={pacing.batchSize}
          onChange={(v) => set({ batchSize: num(v) })}
        />
        <NumberInput
          label={t('broadcasts.pacing.batchPause')}
          min={0}
          decimalScale={1}
          value={pacing.batchPauseMin}
          onChange={(v) => set({ batchPauseMin: num(v) })}
        />
      </SimpleGrid>
      <Stack gap="xs">
        <Switch
          label={t('broadcasts.pacing.window')}
          checked={pacing.window !== null}
          onChange={(e) => set({ window: e.currentTarget.checked ? { start: '08:00', end: '20:00' } : null })}
          data-testid="window-switch"
        />
        {pacing.window && (
          <Group gap="md">
            <TimePicker
              format="24h"
              label={t('broadcasts.pacing.windowStart')}
              value={pacing.window.start}
              onChange={(value) => value && set({ window: { ...pacing.window!, start: value } })}
              data-testid="window-start"
            />
            <TimePicker
              format="24h"
              label={t('broadcasts.pacing.windowEnd')}
              value={pacing.window.end}
              onChange={(value) => value && set({ window: { ...pacing.window!, end: value } })}
              data-testid="window-end"
            />
          </Group>
        )}
      </Stack>
      <Stack gap="xs">
        <Switch
          label={t('broadcasts.pacing.schedule')}
          checked={pacing.startAt !== null}
          onChange={(e) => set({ startAt: e.currentTarget.checked ? Date.now() + 60 * 60_000 : null })}
        />
        {pacing.startAt !== null && (
          <TextInput
            type="datetime-local"
            label={t('broadcasts.pacing.scheduleAt')}
            maw="16rem"
            value={toLocalInput(pacing.startAt)}
            onChange={(e) =>
              e.currentTarget.value && set({ startAt: new Date(e.currentTarget.value).getTime() })
            }
          />
        )}
      </Stack>
      <Alert variant="light" icon={<IconShieldCheck size={18} />} p="sm">
        <Text size="sm">{t('broadcasts.pacing.safeHint')}</Text>
      </Alert>
    </Stack>
  );
}
