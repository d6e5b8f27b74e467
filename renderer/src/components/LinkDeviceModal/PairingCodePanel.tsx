// Linking by phone number: the steps, then the 8-character code to type on the phone, big and copyable.
import { Alert, Button, Center, Group, Loader, Paper, Stack, Text } from '@mantine/core';
import { IconRefresh } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { formatPhone } from '../../../../shared/phone';
import { CopyValueButton } from '../CopyValueButton/CopyValueButton';
import { LinkSteps } from './LinkSteps';

interface PairingCodePanelProps {
  number: string;
  code: string | undefined;
  pending: boolean;
  failed: boolean;
  onRequest: () => void;
}

export function PairingCodePanel({ number, code, pending, failed, onRequest }: PairingCodePanelProps) {
  const { t } = useTranslation();
  const steps = ['open', 'linked', 'phone', 'enter'] as const;
  return (
    <Stack gap="lg">
      <LinkSteps
        steps={steps.map((step) => t(`devices.link.codeSteps.${step}`, { number: formatPhone(number) }))}
      />
      <Paper withBorder p="lg" bg="gray.0">
        {pending ? (
          <Center>
            <Group gap="sm">
              <Loader size="sm" />
              <Text size="sm" c="dimmed">
                {t('devices.link.requesting')}
              </Text>
            </Group>
          </Center>
        ) : code ? (
          <Stack gap={4} align="center">
            <Text size="sm" c="dimmed">
              {t('devices.link.codeLabel')}
            </Text>
            <Group gap="xs" wrap="nowrap">
              <Text ff="monospace" fz="2.25rem" fw={700} lts="0.15em" data-testid="pairing-code">
                {code}
              </Text>
              <CopyValueButton value={code.replace('-', '')} label={t('devices.link.copyCode')} />
            </Group>
            <Text size="xs" c="dimmed" ta="center">
              {t('devices.link.codeHint')}
            </Text>
          </Stack>
        ) : (
          failed && (
            <Alert color="red" variant="light">
              {t('devices.link.codeFailed')}
            </Alert>
          )
        )}
      </Paper>
      <Group justify="flex-end">
        <Button
          variant="default"
          leftSection={<IconRefresh size={18} />}
          onClick={onRequest}
          disabled={pending}
        >
          {t('devices.link.newCode')}
        </Button>
      </Group>
    </Stack>
  );
}
