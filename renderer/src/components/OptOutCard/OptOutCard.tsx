// Opt-outs: the stop words, and the numbers that asked to stop (add one by hand, or remove it).
import {
  ActionIcon,
  Button,
  Card,
  Group,
  Stack,
  Table,
  TagsInput,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatPhone } from '../../../../shared/phone';
import { notifyError } from '../../client/notify';
import {
  useAddOptOut,
  useGovernor,
  useOptOuts,
  useRemoveOptOut,
  useUpdateGovernor,
} from '../../client/queries/broadcasts';

export function OptOutCard() {
  const { t } = useTranslation();
  const governor = useGovernor().data;
  const optOuts = useOptOuts().data ?? [];
  const update = useUpdateGovernor();
  const add = useAddOptOut();
  const remove = useRemoveOptOut();
  const [phone, setPhone] = useState('');
  return (
    <Card>
      <Title order={4}>{t('broadcasts.safety.optOutTitle')}</Title>
      <Text size="sm" c="dimmed" mb="md">
        {t('broadcasts.safety.optOutHelp')}
      </Text>
      <Stack gap="md">
        {governor && (
          <TagsInput
            label={t('broadcasts.safety.optOutWords')}
            value={governor.optOutWords}
            onChange={(words) => update.mutate({ optOutWords: words }, { onError: notifyError })}
          />
        )}
        <Group align="flex-end" gap="sm">
          <TextInput
            label={t('broadcasts.safety.addOptOut')}
            placeholder="0812…"
            value={phone}
            onChange={(e) => setPhone(e.currentTarget.value)}
          />
          <Button
            variant="light"
            disabled={!phone.trim()}
            loading={add.isPending}
            onClick={() => add.mutate({ phone }, { onSuccess: () => setPhone(''), onError: notifyError })}
          >
            {t('broadcasts.safety.add')}
          </Button>
        </Group>
        <Text size="sm" fw={600}>
          {t('broadcasts.safety.optOutList')}
        </Text>
        {optOuts.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('broadcasts.safety.optOutEmpty')}
          </Text>
        ) : (
          <Table fz="sm" verticalSpacing={4}>
            <Table.Tbody>
              {optOuts.map((o) => (
                <Table.Tr key={o.phone}>
                  <Table.Td>{formatPhone(o.phone)}</Table.Td>
                  <Table.Td c="dimmed">{o.word}</Table.Td>
                  <Table.Td c="dimmed">{new Date(o.createdAt).toLocaleDateString()}</Table.Td>
                  <Table.Td w="3rem">
                    <ActionIcon
                      variant="subtle"
                      color="red"
                      aria-label={t('broadcasts.safety.remove')}
                      onClick={() => remove.mutate({ phone: o.phone })}
                    >
                      <IconTrash size={16} />
                    </ActionIcon>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
    </Card>
  );
}
