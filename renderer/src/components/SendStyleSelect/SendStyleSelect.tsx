// On a device card: how this number sends buttons, templates and lists, each choice with a one-line explanation.
import { Group, Select, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Device, InteractiveStyle } from '../../../../shared/domain';
import { notifySuccess } from '../../client/notify';
import { useSetInteractiveStyle } from '../../client/queries/devices';

const styles: InteractiveStyle[] = ['interactive', 'poll', 'text'];

export function SendStyleSelect({ device, displayName }: { device: Device; displayName: string }) {
  const { t } = useTranslation();
  const save = useSetInteractiveStyle();
  const hint = (style: InteractiveStyle) => t(`devices.sendStyle.${style}Hint`);
  return (
    <Select
      size="xs"
      label={t('devices.sendStyle.label')}
      description={hint(device.interactiveStyle)}
      data={styles.map((style) => ({ value: style, label: t(`devices.sendStyle.${style}`) }))}
      value={device.interactiveStyle}
      allowDeselect={false}
      disabled={save.isPending}
      data-testid="send-style"
      renderOption={({ option }) => (
        <Group gap={0} wrap="nowrap">
          <div>
            <Text size="sm">{option.label}</Text>
            <Text size="xs" c="dimmed">
              {hint(option.value as InteractiveStyle)}
            </Text>
          </div>
        </Group>
      )}
      onChange={(value) =>
        value &&
        save.mutate(
          { id: device.id, style: value as InteractiveStyle },
          {
            onSuccess: () =>
              notifySuccess(
                t('devices.sendStyle.saved', {
                  name: displayName,
                  style: t(`devices.sendStyle.${value as InteractiveStyle}`),
                }),
              ),
          },
        )
      }
    />
  );
}
