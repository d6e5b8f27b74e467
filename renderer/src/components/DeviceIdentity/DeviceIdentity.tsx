// Who a device is: profile picture, our name, the number, and what WhatsApp reports (name, platform).
import { Avatar, Group, Stack, Text, Title } from '@mantine/core';
import { IconBrandWhatsapp } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Device } from '../../../../shared/domain';
import { formatPhone } from '../../../../shared/phone';

// Baileys reports the phone's platform as a short code; business apps have their own codes.
const platformNames: Record<string, string> = {
  android: 'Android',
  iphone: 'iPhone',
  ios: 'iPhone',
  smba: 'WhatsApp Business (Android)',
  smbi: 'WhatsApp Business (iPhone)',
  web: 'Web',
};

const platformName = (code: string) =>
  platformNames[code.toLowerCase()] ?? code.charAt(0).toUpperCase() + code.slice(1);

export function DeviceIdentity({ device, displayName }: { device: Device; displayName: string }) {
  const { t } = useTranslation();
  const details = [
    device.waName && `${t('devices.card.waName')}: ${device.waName}`,
    device.waPlatform && `${t('devices.card.platform')}: ${platformName(device.waPlatform)}`,
  ].filter(Boolean);
  return (
    <Group gap="md" wrap="nowrap" miw={0}>
      <Avatar
        src={device.waPictureUrl}
        alt={t('devices.card.picture', { name: displayName })}
        size="lg"
        radius="xl"
        color="wa"
        variant="light"
      >
        <IconBrandWhatsapp size={28} stroke={1.5} />
      </Avatar>
      <Stack gap={2} miw={0}>
        <Title order={4} lineClamp={1} c={device.name ? undefined : 'dimmed'}>
          {displayName}
        </Title>
        <Text ff="monospace" size="sm">
          {formatPhone(device.number)}
        </Text>
        {details.length > 0 && (
          <Text size="sm" c="dimmed" lineClamp={2} data-testid="device-wa-info">
            {details.join(' · ')}
          </Text>
        )}
      </Stack>
    </Group>
  );
}
