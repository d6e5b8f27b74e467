// Who sees a Status: every contact the app knows for this number (with how many), a contact list, or numbers.
import { Radio, Select, Stack, Text, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useContactLists } from '../../client/queries/broadcasts';
import type { AudienceKind, StatusForm } from './useStatusForm';

export function AudienceFields({ form }: { form: StatusForm }) {
  const { t } = useTranslation();
  const { draft, update, errors } = form;
  const lists = useContactLists().data ?? [];
  return (
    <Stack gap="xs">
      <Radio.Group
        label={t('status.audience')}
        value={draft.audience}
        onChange={(audience) => update({ audience: audience as AudienceKind })}
        error={errors.recipients?.[0] ?? errors.contact_list?.[0]}
        data-testid="status-audience"
      >
        <Stack gap={6} mt={6}>
          <Radio value="all" label={t('status.audienceAll', { count: form.allContacts ?? 0 })} />
          <Radio value="list" label={t('status.audienceList')} disabled={lists.length === 0} />
          <Radio value="numbers" label={t('status.audienceNumbers')} />
        </Stack>
      </Radio.Group>
      {draft.audience === 'list' && (
        <Select
          aria-label={t('status.audienceList')}
          placeholder={t('status.listPlaceholder')}
          data={lists.map((list) => ({
            value: String(list.id),
            label: t('status.listOption', { name: list.name, count: list.contactCount }),
          }))}
          value={draft.listId}
          onChange={(listId) => update({ listId })}
        />
      )}
      {draft.audience === 'numbers' && (
        <Textarea
          aria-label={t('status.audienceNumbers')}
          placeholder={t('status.numbersPlaceholder')}
          autosize
          minRows={2}
          value={draft.numbers}
          onChange={(event) => update({ numbers: event.currentTarget.value })}
          data-testid="status-numbers"
        />
      )}
      <Text size="xs" c="dimmed">
        {t('status.audienceHint')}
      </Text>
    </Stack>
  );
}
