// A page's empty state: what the page is for, and a way to Devices while no WhatsApp number is linked.
import { Alert, Button, Card, EmptyState } from '@mantine/core';
import { IconDeviceMobile, IconPlugConnected, type Icon } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useDevices } from '../../client/queries/devices';
import { hrefOf } from '../../hooks/useHashRoute';

interface FeatureEmptyStateProps {
  icon: Icon;
  title: string;
  description: string;
  /** Hide the "link a device first" hint on pages that work without devices. */
  needsDevice?: boolean;
}

export function FeatureEmptyState({
  icon: PageIcon,
  title,
  description,
  needsDevice = true,
}: FeatureEmptyStateProps) {
  const { t } = useTranslation();
  const devices = useDevices();
  const noDevice = needsDevice && devices.isSuccess && devices.data.length === 0;
  return (
    <Card py="xl">
      <EmptyState
        variant="light"
        size="lg"
        icon={<PageIcon size={32} stroke={1.5} />}
        title={title}
        description={description}
        w="100%"
        maw="36rem"
        mx="auto"
        py="lg"
      >
        {noDevice && (
          <Alert
            variant="light"
            color="yellow"
            icon={<IconPlugConnected />}
            title={t('noDevice.title')}
            mt="md"
            ta="left"
          >
            {t('noDevice.text')}
            <Button
              component="a"
              href={hrefOf('devices')}
              leftSection={<IconDeviceMobile size={18} />}
              mt="sm"
              display="flex"
              w="fit-content"
            >
              {t('noDevice.action')}
            </Button>
          </Alert>
        )}
      </EmptyState>
    </Card>
  );
}
