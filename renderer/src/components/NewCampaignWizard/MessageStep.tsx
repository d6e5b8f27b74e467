// Wizard step 2: the message, with the compose page's type tabs and fields, the list's {{column}} chips and a
// preview of what a row of the list receives.
import { SimpleGrid, Stack } from '@mantine/core';
import type { InteractiveStyle } from '../../../../shared/domain';
import type { ValidationErrors } from '../../../../shared/schemas';
import { ComposeFields } from '../ComposeFields/ComposeFields';
import { WithPlaceholders } from '../ComposeFields/PlaceholderChips';
import { ComposeTypeTabs } from '../ComposeFields/TypeTabs';
import type { FieldValue } from '../ComposeForm/draft';
import type { MessageDraft } from './campaign-message';
import { CampaignPreview } from './CampaignPreview';

interface MessageStepProps {
  listId: number | null;
  columns: string[];
  draft: MessageDraft;
  onChange(draft: MessageDraft): void;
  errors: ValidationErrors;
  style: InteractiveStyle;
}

export function MessageStep({ listId, columns, draft, onChange, errors, style }: MessageStepProps) {
  const set = (name: string, value: FieldValue) =>
    onChange({
      ...draft,
      fields: { ...draft.fields, [draft.type]: { ...draft.fields[draft.type], [name]: value } },
    });
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="xl" mt="md">
      <Stack gap="sm">
        <ComposeTypeTabs value={draft.type} onChange={(type) => onChange({ ...draft, type })} />
        <WithPlaceholders columns={columns}>
          <ComposeFields
            type={draft.type}
            fields={draft.fields[draft.type]}
            set={set}
            errors={errors}
            file={draft.file}
            onFile={(file) => onChange({ ...draft, file })}
            templated
          />
        </WithPlaceholders>
      </Stack>
      <CampaignPreview listId={listId} draft={draft} style={style} />
    </SimpleGrid>
  );
}
