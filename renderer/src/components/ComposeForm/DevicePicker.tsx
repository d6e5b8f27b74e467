// Which linked number sends: connected devices can be chosen, the others show why they cannot.
import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatPhone } from '../../../../shared/phone';
import type { ComposeForm } from './useComposeForm';

export function DevicePicker({ form }: { form: ComposeForm }) {
  const { t } = useTranslation();
  const data = form.devices.map((device) => {
    const status = form.statusOf(device);
    const name = `${device.name || t('devices.unnamed')} · ${formatPhone(device.number)}`;
    const open = status === 'open';
    return {
      value: String(device.id),
      label: open ? name : `${name} — ${t(`devices.status.${status}`)}`,
      disabled: !open,
    };
  });
  return (
    <Select
      label={t('compose.device')}
      description={t('compose.deviceHint')}
      placeholder={t('compose.devicePlaceholder')}
      data={data}
      value={form.draft.deviceId}
      onChange={(deviceId) => form.update({ deviceId })}
      allowDeselect={false}
      error={form.errors.sender?.[0]}
      data-testid="compose-device"
    />
  );
}
