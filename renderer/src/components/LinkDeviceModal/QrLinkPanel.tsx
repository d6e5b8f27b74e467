// Linking by QR: the steps beside the live QR (it rotates as device.state events arrive), or a way out.
import { Button, Center, Image, Loader, Paper, SimpleGrid, Stack, Text, rem } from '@mantine/core';
import { IconRefresh } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { SessionState } from '../../../../shared/domain';
import { formatPhone } from '../../../../shared/phone';
import { isKnownReason } from '../../i18n/reasons';
import { LinkSteps } from './LinkSteps';

const QR_SIZE = rem(264);

interface QrLinkPanelProps {
  number: string;
  session: SessionState | undefined;
  restarting: boolean;
  onRestart: () => void;
}

export function QrLinkPanel({ number, session, restarting, onRestart }: QrLinkPanelProps) {
  const { t } = useTranslation();
  const phone = formatPhone(number);
  const steps = ['open', 'menu', 'linked', 'scan'] as const;
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xl">
      <LinkSteps steps={steps.map((step) => t(`devices.link.qrSteps.${step}`, { number: phone }))} />
      <Stack gap="xs" align="center">
        <Paper withBorder p="xs" bg="white" w={QR_SIZE} h={QR_SIZE} pos="relative">
          <QrContent {...{ session, restarting, onRestart, phone }} />
        </Paper>
        {session?.status === 'qr' && (
          <Text size="xs" c="dimmed" ta="center" maw={QR_SIZE}>
            {t('devices.link.qrRotates')}
          </Text>
        )}
      </Stack>
    </SimpleGrid>
  );
}

function QrContent({
  session,
  restarting,
  onRestart,
  phone,
}: Omit<QrLinkPanelProps, 'number'> & { phone: string }) {
  const { t } = useTranslation();
  if (session?.status === 'qr' && session.qrDataUrl) {
    return (
      <Image
        src={session.qrDataUrl}
        alt={t('devices.link.qrAlt', { number: phone })}
        w="100%"
        h="100%"
        data-testid="link-qr"
      />
    );
  }
  const stopped = session && ['idle', 'logged_out', 'failed'].includes(session.status) && session.reason;
  if (stopped && !restarting) {
    const expired = session.reason === 'qr_timeout';
    return (
      <Center h="100%">
        <Stack gap="sm" align="center" p="sm" data-testid="link-expired">
          <Text fw={600} ta="center">
            {expired ? t('devices.link.expiredTitle') : t(`devices.status.${session.status}`)}
          </Text>
          <Text size="sm" c="dimmed" ta="center">
            {expired || !isKnownReason(session.reason)
              ? t('devices.link.expiredText')
              : t(`reasons.${session.reason}`)}
          </Text>
          <Button leftSection={<IconRefresh size={18} />} onClick={onRestart}>
            {t('devices.link.newQr')}
          </Button>
        </Stack>
      </Center>
    );
  }
  return (
    <Center h="100%">
      <Stack gap="sm" align="center" p="sm">
        <Loader />
        <Text size="sm" c="dimmed" ta="center">
          {session?.status === 'connecting' ? t('devices.link.connecting') : t('devices.link.preparing')}
        </Text>
      </Stack>
    </Center>
  );
}
