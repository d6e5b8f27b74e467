// Safety tab: each number's new chats today against WhatsApp's cap, and a health indicator.
import { Badge, Card, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DeviceRestriction, RestrictionHealth } from '../../../../shared/restrictions';
import { formatPhone } from '../../../../shared/phone';
import { useDevices } from '../../client/queries/devices';
import { useRestrictions } from '../../client/queries/restrictions';

const healthColor: Record<RestrictionHealth, string> = {
  good: 'green',
  warning: 'yellow',
  restricted: 'red',
};
const healthKey = {
  good: 'restrictions.health.good',
  warning: 'restrictions.health.warningState',
  restricted: 'restrictions.health.restricted',
} as const;

export function NumberHealthCard() {
  const { t } = useTranslation();
  const devices = useDevices().data ?? [];
  const restrictions = useRestrictions().data ?? [];
  const capText = (r: DeviceRestriction | undefined) => {
    if (!r || r.capTotal === null) return t('restrictions.health.capUnknown');
    if (r.capTotal < 0) return t('restrictions.health.capNone');
    return t('restrictions.health.capUsed', { used: r.capUsed ?? 0, total: r.capTotal });
  };
  return (
    <Card>
      <Title order={4}>{t('restrictions.health.title')}</Title>
      <Text size="sm" c="dimmed" mb="md">
        {t('restrictions.health.help')}
      </Text>
      {devices.length === 0 ? (
        <Text c="dimmed">{t('restrictions.health.empty')}</Text>
      ) : (
        <Table data-testid="number-health">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('restrictions.health.device')}</Table.Th>
              <Table.Th>{t('restrictions.health.newChats')}</Table.Th>
              <Table.Th>{t('restrictions.health.cap')}</Table.Th>
              <Table.Th>{t('restrictions.health.status')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {devices.map((device) => {
              const r = restrictions.find((x) => x.deviceId === device.id);
              const health = r?.health ?? 'good';
              return (
                <Table.Tr key={device.id} data-device-id={device.id}>
                  <Table.Td>{device.name || formatPhone(device.number)}</Table.Td>
                  <Table.Td data-testid="new-chats-today">{r?.newChatsToday ?? 0}</Table.Td>
                  <Table.Td>{capText(r)}</Table.Td>
                  <Table.Td>
                    <Badge
                      color={healthColor[health]}
                      variant="light"
                      data-testid="health"
                      data-health={health}
                    >
                      {t(healthKey[health])}
                    </Badge>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      )}
    </Card>
  );
}
