// Links a device: asks core for QR codes on open, shows them live or a pairing code instead, and closes
// by itself with a success message once WhatsApp reports the device connected.
import { Modal, SegmentedControl, Stack, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Device } from '../../../../shared/domain';
import { formatPhone } from '../../../../shared/phone';
import { notifySuccess } from '../../client/notify';
import { useConnectDevice, useDeviceSession, useRequestPairingCode } from '../../client/queries/sessions';
import { PairingCodePanel } from './PairingCodePanel';
import { QrLinkPanel } from './QrLinkPanel';

interface LinkDeviceModalProps {
  device: Device | null;
  onClose: () => void;
}

export function LinkDeviceModal({ device, onClose }: LinkDeviceModalProps) {
  const { t } = useTranslation();
  const name = device ? device.name || t('devices.unnamed') : '';
  return (
    <Modal
      opened={device !== null}
      onClose={onClose}
      title={<Text fw={600}>{t('devices.link.title', { name })}</Text>}
      size="xl"
    >
      {/* Keyed so every opening starts in QR mode with a fresh request. */}
      {device && <LinkDevice key={device.id} device={device} onDone={onClose} />}
    </Modal>
  );
}

type Mode = 'qr' | 'code';

function LinkDevice({ device, onDone }: { device: Device; onDone: () => void }) {
  const { t } = useTranslation();
  const session = useDeviceSession(device.id);
  const connect = useConnectDevice();
  const pairing = useRequestPairingCode();
  const [mode, setMode] = useState<Mode>('qr');
  const status = session?.status;

  // connect is idempotent in core, so StrictMode's second run in development does no harm.
  const { mutate: startLinking } = connect;
  useEffect(() => startLinking(device.id), [startLinking, device.id]);

  useEffect(() => {
    if (status !== 'open') return;
    notifySuccess(t('devices.link.done', { name: device.name || formatPhone(device.number) }));
    onDone();
  }, [status, device, onDone, t]);

  const requestCode = () => pairing.mutate(device.id);
  const switchMode = (next: Mode) => {
    setMode(next);
    if (next === 'code' && !pairing.data && !pairing.isPending) requestCode();
  };

  return (
    <Stack gap="lg">
      <SegmentedControl
        value={mode}
        onChange={(value) => switchMode(value as Mode)}
        data={[
          { value: 'qr', label: t('devices.link.modeQr') },
          { value: 'code', label: t('devices.link.modePhone') },
        ]}
        fullWidth
      />
      {mode === 'qr' ? (
        <QrLinkPanel
          number={device.number}
          session={session}
          restarting={connect.isPending}
          onRestart={() => connect.mutate(device.id)}
        />
      ) : (
        <PairingCodePanel
          number={device.number}
          code={pairing.data?.code}
          pending={pairing.isPending}
          failed={pairing.isError}
          onRequest={requestCode}
        />
      )}
    </Stack>
  );
}
