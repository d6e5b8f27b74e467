// The one next step for a device: link it, show its QR, pause it, or resume it.
import { Button } from '@mantine/core';
import { IconLink, IconPlayerPause, IconPlayerPlay, IconQrcode } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { DeviceStatus } from '../../../../shared/domain';
import { notifySuccess } from '../../client/notify';
import { usePauseDevice, useResumeDevice } from '../../client/queries/sessions';
import { primaryActionOf } from './primary-action';

interface DevicePrimaryActionProps {
  deviceId: number;
  status: DeviceStatus;
  reason: string | null | undefined;
  onLink: () => void;
}

export function DevicePrimaryAction({ deviceId, status, reason, onLink }: DevicePrimaryActionProps) {
  const { t } = useTranslation();
  const pause = usePauseDevice();
  const resume = useResumeDevice();
  const action = primaryActionOf(status, reason);

  if (action === 'link' || action === 'showQr') {
    return (
      <Button
        onClick={onLink}
        leftSection={action === 'link' ? <IconLink size={18} /> : <IconQrcode size={18} />}
      >
        {t(`devices.actions.${action}`)}
      </Button>
    );
  }
  if (action === 'resume') {
    return (
      <Button
        variant="light"
        loading={resume.isPending}
        leftSection={<IconPlayerPlay size={18} />}
        onClick={() =>
          resume.mutate(deviceId, { onSuccess: () => notifySuccess(t('devices.actions.resumed')) })
        }
      >
        {t('devices.actions.resume')}
      </Button>
    );
  }
  return (
    <Button
      variant="default"
      loading={pause.isPending}
      leftSection={<IconPlayerPause size={18} />}
      onClick={() => pause.mutate(deviceId, { onSuccess: () => notifySuccess(t('devices.actions.paused')) })}
    >
      {t('devices.actions.pause')}
    </Button>
  );
}
