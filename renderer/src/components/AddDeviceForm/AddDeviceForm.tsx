// Adds a device: number (checked and shown normalized while typing) and an optional name.
import { Button, Card, Group, SimpleGrid, Text, TextInput, Title } from '@mantine/core';
import { IconCheck, IconPlus } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_REGION, formatPhone, normalizePhone } from '../../../../shared/phone';
import { translatedFieldErrors } from '../../client/errors';
import { notifySuccess } from '../../client/notify';
import { useCreateDevice } from '../../client/queries/devices';
import { useSettings } from '../../client/queries/settings';

type Errors = { number?: string; name?: string };

export function AddDeviceForm() {
  const { t } = useTranslation();
  const region = useSettings().data?.defaultRegion ?? DEFAULT_REGION;
  const create = useCreateDevice();
  const [number, setNumber] = useState('');
  const [name, setName] = useState('');
  const [errors, setErrors] = useState<Errors>({});

  const normalized = number.trim() ? normalizePhone(number, region) : null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!number.trim()) return setErrors({ number: t('devices.add.required') });
    if (!normalized) return setErrors({ number: t('devices.add.invalid') });
    create.mutate(
      { number, name: name.trim() },
      {
        onSuccess: (device) => {
          notifySuccess(t('devices.add.done', { name: device.name || formatPhone(device.number) }));
          setNumber('');
          setName('');
          setErrors({});
        },
        onError: (error) =>
          setErrors(
            translatedFieldErrors(
              error,
              (key, fallback) => t(key as never, { defaultValue: fallback }),
              'devices.fieldErrors',
            ),
          ),
      },
    );
  };

  return (
    <Card component="form" onSubmit={submit} noValidate aria-labelledby="add-device-title">
      <Title order={4} id="add-device-title" mb="md">
        {t('devices.add.title')}
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <TextInput
          label={t('devices.add.number')}
          placeholder={t('devices.add.numberPlaceholder')}
          value={number}
          onChange={(event) => {
            setNumber(event.currentTarget.value);
            setErrors((current) => ({ ...current, number: undefined }));
          }}
          error={errors.number}
          description={
            normalized ? (
              <Text span size="xs" c="wa" fw={600} data-testid="normalized-number">
                <IconCheck size={12} /> {t('devices.add.willSaveAs', { number: formatPhone(normalized) })}
              </Text>
            ) : (
              t('devices.add.hint')
            )
          }
          inputWrapperOrder={['label', 'input', 'description', 'error']}
          inputMode="tel"
          autoComplete="off"
          required
        />
        <TextInput
          label={t('devices.add.name')}
          placeholder={t('devices.add.namePlaceholder')}
          value={name}
          onChange={(event) => {
            setName(event.currentTarget.value);
            setErrors((current) => ({ ...current, name: undefined }));
          }}
          error={errors.name}
          maxLength={60}
        />
      </SimpleGrid>
      <Group justify="flex-end" mt="md">
        <Button type="submit" loading={create.isPending} leftSection={<IconPlus size={18} />}>
          {t('devices.add.submit')}
        </Button>
      </Group>
    </Card>
  );
}
