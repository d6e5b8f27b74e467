// Devices: the WhatsApp numbers with their live status, adding one, and an explanation while there are none.
import { Card, EmptyState, Loader, Center, Stack } from '@mantine/core';
import { IconDeviceMobile } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useDevices } from '../client/queries/devices';
import { AddDeviceForm } from '../components/AddDeviceForm/AddDeviceForm';
import { DeviceList } from '../components/DeviceList/DeviceList';
import { PageHeader } from '../components/PageHeader/PageHeader';

export function DevicesPage() {
  const { t } = useTranslation();
  const devices = useDevices();
  return (
    <>
      <PageHeader title={t('devices.title')} subtitle={t('devices.subtitle')} />
      <Stack gap="lg">
        {devices.isPending && (
          <Center py="xl">
            <Loader />
          </Center>
        )}
        {devices.data?.length === 0 && (
          <Card py="xl">
            <EmptyState
              variant="light"
              size="lg"
              icon={<IconDeviceMobile size={32} stroke={1.5} />}
              title={t('devices.empty.title')}
              description={t('devices.empty.description')}
              w="100%"
              maw="36rem"
              mx="auto"
              data-testid="devices-empty"
            />
          </Card>
        )}
        {devices.data && devices.data.length > 0 && <DeviceList devices={devices.data} />}
        <AddDeviceForm />
      </Stack>
    </>
  );
}
