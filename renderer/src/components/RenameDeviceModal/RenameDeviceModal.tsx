// Modal to change a device's display name; server field errors appear on the field.
import { Button, Group, Modal, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Device } from '../../../../shared/domain';
import { translatedFieldErrors } from '../../client/errors';
import { notifySuccess } from '../../client/notify';
import { useRenameDevice } from '../../client/queries/devices';

interface RenameDeviceModalProps {
  device: Device | null;
  onClose: () => void;
}

export function RenameDeviceModal({ device, onClose }: RenameDeviceModalProps) {
  const { t } = useTranslation();
  return (
    <Modal opened={device !== null} onClose={onClose} title={t('devices.rename.title')}>
      {/* Keyed so the field starts from the chosen device's name each time the modal opens. */}
      {device && <RenameForm key={device.id} device={device} onDone={onClose} />}
    </Modal>
  );
}

function RenameForm({ device, onDone }: { device: Device; onDone: () => void }) {
  const { t } = useTranslation();
  const rename = useRenameDevice();
  const [name, setName] = useState(device.name);
  const [error, setError] = useState<string | undefined>();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    rename.mutate(
      { id: device.id, name: name.trim() },
      {
        onSuccess: () => {
          notifySuccess(t('devices.rename.done'));
          onDone();
        },
        onError: (err) =>
          setError(
            translatedFieldErrors(
              err,
              (key, fallback) => t(key as never, { defaultValue: fallback }),
              'devices.fieldErrors',
            ).name,
          ),
      },
    );
  };

  return (
    <form onSubmit={submit}>
      <TextInput
        label={t('devices.rename.label')}
        value={name}
        onChange={(event) => {
          setName(event.currentTarget.value);
          setError(undefined);
        }}
        error={error}
        maxLength={60}
        data-autofocus
      />
      <Group justify="flex-end" mt="xl">
        <Button variant="default" onClick={onDone}>
          {t('common.cancel')}
        </Button>
        <Button type="submit" loading={rename.isPending}>
          {t('common.save')}
        </Button>
      </Group>
    </form>
  );
}
