// A typed or pasted list: one number per line, optionally with a name.
import { Button, Group, Stack, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportResult } from '../../../../shared/broadcasts';
import { useImportText } from '../../client/queries/broadcasts';

export function PasteListForm({ onImported }: { onImported(result: ImportResult): void }) {
  const { t } = useTranslation();
  const importText = useImportText();
  const [name, setName] = useState('');
  const [text, setText] = useState('');
  const submit = () => importText.mutate({ name: name.trim(), text }, { onSuccess: onImported });
  return (
    <Stack gap="md">
      <TextInput
        label={t('broadcasts.import.listName')}
        value={name}
        onChange={(e) => setName(e.currentTarget.value)}
      />
      <Textarea
        label={t('broadcasts.import.pasteLabel')}
        placeholder={t('broadcasts.import.pastePlaceholder')}
        autosize
        minRows={5}
        maxRows={14}
        value={text}
        onChange={(e) => setText(e.currentTarget.value)}
      />
      <Group justify="flex-end">
        <Button onClick={submit} loading={importText.isPending} disabled={!name.trim() || !text.trim()}>
          {t('broadcasts.import.import')}
        </Button>
      </Group>
    </Stack>
  );
}
