// The API key: masked until shown, copyable, and regenerated only after a confirmation.
import { ActionIcon, Button, Group, TextInput, Tooltip } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconEye, IconEyeOff, IconRefresh } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { notifySuccess } from '../../client/notify';
import { useRegenerateApiKey } from '../../client/queries/settings';
import { ConfirmModal } from '../ConfirmModal/ConfirmModal';
import { CopyValueButton } from '../CopyValueButton/CopyValueButton';

export function ApiKeyField({ apiKey }: { apiKey: string }) {
  const { t } = useTranslation();
  const [visible, { toggle }] = useDisclosure(false);
  const [confirming, confirm] = useDisclosure(false);
  const regenerate = useRegenerateApiKey();

  const runRegenerate = () =>
    regenerate.mutate(undefined, {
      onSuccess: () => notifySuccess(t('settings.regenerated')),
      onSettled: confirm.close,
    });

  return (
    <>
      <Group align="flex-end" gap="sm">
        <TextInput
          flex={1}
          miw="16rem"
          label={t('settings.apiKey')}
          description={t('settings.apiKeyHint')}
          value={visible ? apiKey : '•'.repeat(Math.min(apiKey.length, 32))}
          readOnly
          styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
          data-testid="api-key"
          data-visible={visible}
          rightSectionWidth="4.5rem"
          rightSection={
            <Group gap={0} wrap="nowrap">
              <Tooltip label={visible ? t('settings.hideKey') : t('settings.showKey')}>
                <ActionIcon
                  variant="subtle"
                  color="gray"
                  onClick={toggle}
                  aria-label={visible ? t('settings.hideKey') : t('settings.showKey')}
                >
                  {visible ? <IconEyeOff size={18} /> : <IconEye size={18} />}
                </ActionIcon>
              </Tooltip>
              <CopyValueButton value={apiKey} label={t('common.copy')} />
            </Group>
          }
        />
        <Button variant="default" leftSection={<IconRefresh size={18} />} onClick={confirm.open}>
          {t('settings.regenerate')}
        </Button>
      </Group>
      <ConfirmModal
        opened={confirming}
        title={t('settings.regenerateTitle')}
        body={t('settings.regenerateBody')}
        confirmLabel={t('settings.regenerateConfirm')}
        color="orange"
        loading={regenerate.isPending}
        onConfirm={runRegenerate}
        onClose={confirm.close}
      />
    </>
  );
}
