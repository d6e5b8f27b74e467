// Wizard step 1: the campaign's name and its recipients, a saved list or one imported right here.
import { Checkbox, Divider, Select, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useContactLists } from '../../client/queries/broadcasts';
import { ImportListPanel } from '../ImportListPanel/ImportListPanel';

interface RecipientsStepProps {
  name: string;
  onNameChange(name: string): void;
  listId: number | null;
  onListChange(id: number | null): void;
  onlyOnWhatsApp: boolean;
  onOnlyOnWhatsAppChange(value: boolean): void;
}

export function RecipientsStep(props: RecipientsStepProps) {
  const { name, listId, onlyOnWhatsApp } = props;
  const { t } = useTranslation();
  const lists = useContactLists().data ?? [];
  const list = lists.find((l) => l.id === listId) ?? null;
  return (
    <Stack gap="md" mt="md">
      <TextInput
        label={t('broadcasts.wizard.name')}
        placeholder={t('broadcasts.wizard.namePlaceholder')}
        value={name}
        onChange={(e) => props.onNameChange(e.currentTarget.value)}
        maw="30rem"
        data-testid="campaign-name"
      />
      <Select
        label={t('broadcasts.wizard.chooseList')}
        placeholder={lists.length ? undefined : t('broadcasts.wizard.noLists')}
        data={lists.map((l) => ({
          value: String(l.id),
          label: `${l.name} · ${t('broadcasts.wizard.listSummary', { count: l.contactCount })}`,
        }))}
        value={listId === null ? null : String(listId)}
        onChange={(v) => props.onListChange(v ? Number(v) : null)}
        maw="30rem"
        data-testid="choose-list"
      />
      {list && list.notOnWhatsApp > 0 && (
        <Checkbox
          label={t('broadcasts.wizard.onlyOnWhatsApp')}
          description={t('broadcasts.lists.notOnWhatsApp', { count: list.notOnWhatsApp })}
          checked={onlyOnWhatsApp}
          onChange={(e) => props.onOnlyOnWhatsAppChange(e.currentTarget.checked)}
        />
      )}
      <Divider label={t('broadcasts.wizard.orImport')} labelPosition="left" />
      <ImportListPanel onImported={(result) => props.onListChange(result.list.id)} />
    </Stack>
  );
}
