// The "AI" auto-reply rule of each device (after its keyword rules): on/off, daily cap, per-chat pause.
import { Card, Group, NumberInput, Stack, Switch, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AiDevice } from '../../../../shared/ai';
import type { Device } from '../../../../shared/domain';
import { formatPhone } from '../../../../shared/phone';
import { useSetAiDevice } from '../../client/queries/ai';

export function AiDeviceRules({ rules, devices }: { rules: AiDevice[]; devices: Device[] }) {
  const { t } = useTranslation();
  const set = useSetAiDevice();
  return (
    <Card withBorder>
      <Stack gap="md">
        <div>
          <Title order={4}>{t('ai.devices')}</Title>
          <Text size="sm" c="dimmed">
            {t('ai.devicesHint')}
          </Text>
        </div>
        {devices.length === 0 && <Text size="sm">{t('ai.noDevices')}</Text>}
        {devices.map((device) => {
          const rule = rules.find((r) => r.deviceId === device.id);
          if (!rule) return null;
          return (
            <Group key={device.id} align="flex-end" data-testid="ai-device-rule">
              <Stack gap={2} miw={200}>
                <Text fw={500}>{device.name || formatPhone(device.number)}</Text>
                <Text size="xs" c="dimmed">
                  {t('ai.repliesToday', { count: rule.repliesToday })}
                </Text>
              </Stack>
              <Switch
                label={t('ai.enabled')}
                checked={rule.enabled}
                onChange={(e) => set.mutate({ deviceId: device.id, enabled: e.currentTarget.checked })}
                data-testid="ai-device-enabled"
              />
              <NumberInput
                label={t('ai.dailyCap')}
                min={0}
                max={100000}
                w={130}
                defaultValue={rule.dailyCap}
                onBlur={(e) =>
                  set.mutate({ deviceId: device.id, dailyCap: Number(e.currentTarget.value) || 0 })
                }
              />
              <NumberInput
                label={t('ai.cooldownSeconds')}
                min={0}
                max={86400}
                w={170}
                defaultValue={rule.cooldownSeconds}
                onBlur={(e) =>
                  set.mutate({ deviceId: device.id, cooldownSeconds: Number(e.currentTarget.value) || 0 })
                }
              />
            </Group>
          );
        })}
      </Stack>
    </Card>
  );
}
