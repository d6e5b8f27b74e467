// Each device's own webhook URL (or the main one it falls back to), edited in the Devices page's modal.
import { Button, Card, Table, Text, Title } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Device } from '../../../../shared/domain';
import { formatPhone } from '../../../../shared/phone';
import { useDevices } from '../../client/queries/devices';
import { WebhookUrlModal } from '../WebhookUrlModal/WebhookUrlModal';

export function DeviceWebhookUrls({ defaultUrl }: { defaultUrl: string | null }) {
  const { t } = useTranslation();
  const devices = useDevices().data ?? [];
  const [editing, setEditing] = useState<Device | null>(null);
  if (devices.length === 0) return null;
  return (
    <Card withBorder>
      <Title order={4} mb="sm">
        {t('webhooks.deviceUrls')}
      </Title>
      <Table.ScrollContainer minWidth={480}>
        <Table verticalSpacing="xs">
          <Table.Tbody>
            {devices.map((device) => (
              <Table.Tr key={device.id}>
                <Table.Td>
                  <Text size="sm" fw={500}>
                    {device.name || formatPhone(device.number)}
                  </Text>
                  {device.name && (
                    <Text size="xs" c="dimmed">
                      {formatPhone(device.number)}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <Text
                    size="sm"
                    ff={device.webhookUrl ? 'monospace' : undefined}
                    c={device.webhookUrl ? undefined : 'dimmed'}
                    truncate
                    maw={420}
                  >
                    {device.webhookUrl ||
                      (defaultUrl ? `${t('webhooks.deviceUrlPlaceholder')} (${defaultUrl})` : '—')}
                  </Text>
                </Table.Td>
                <Table.Td w={1}>
                  <Button
                    size="xs"
                    variant="subtle"
                    leftSection={<IconPencil size={14} />}
                    onClick={() => setEditing(device)}
                  >
                    {t('common.edit')}
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <WebhookUrlModal device={editing} onClose={() => setEditing(null)} />
    </Card>
  );
}
