// Buttons, list and poll: the body, the options a recipient can pick, and their extras.
import { Checkbox, SimpleGrid, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { MAX_BUTTONS } from '../../../../shared/schemas/send-button';
import { MAX_LIST_ITEMS } from '../../../../shared/schemas/send-list';
import { MAX_POLL_OPTIONS } from '../../../../shared/schemas/send-poll';
import { OptionListInput } from '../OptionListInput/OptionListInput';
import { LineField, MessageField } from './MessageField';
import { list, type FieldGroupProps } from './types';

export function ButtonFields(props: FieldGroupProps) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm">
      <MessageField {...props} />
      <OptionListInput
        label={t('compose.fields.buttons')}
        itemLabel={(n) => t('compose.fields.button', { n })}
        addLabel={t('compose.fields.addButton')}
        values={list(props.fields, 'button')}
        max={MAX_BUTTONS}
        field="button"
        errors={props.errors}
        onChange={(values) => props.set('button', values)}
      />
      <LineField {...props} name="footer" label={t('compose.fields.footer')} />
      <LineField {...props} name="url" label={t('compose.fields.headerUrl')} placeholder="https://…" />
    </Stack>
  );
}

export function ListFields(props: FieldGroupProps) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm">
      <SimpleGrid cols={2}>
        <LineField {...props} name="title" label={t('compose.fields.listTitle')} />
        <LineField {...props} name="buttontext" label={t('compose.fields.listButton')} />
      </SimpleGrid>
      <MessageField {...props} />
      <LineField {...props} name="name" label={t('compose.fields.listSection')} />
      <OptionListInput
        label={t('compose.fields.rows')}
        itemLabel={(n) => t('compose.fields.row', { n })}
        addLabel={t('compose.fields.addRow')}
        values={list(props.fields, 'list')}
        max={MAX_LIST_ITEMS}
        field="list"
        errors={props.errors}
        onChange={(values) => props.set('list', values)}
      />
      <LineField {...props} name="footer" label={t('compose.fields.footer')} />
    </Stack>
  );
}

export function PollFields(props: FieldGroupProps) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm">
      <LineField {...props} name="name" label={t('compose.fields.pollQuestion')} />
      <OptionListInput
        label={t('compose.fields.pollOptions')}
        itemLabel={(n) => t('compose.fields.option', { n })}
        addLabel={t('compose.fields.addOption')}
        values={list(props.fields, 'option')}
        max={MAX_POLL_OPTIONS}
        field="option"
        errors={props.errors}
        onChange={(values) => props.set('option', values)}
      />
      <Checkbox
        label={t('compose.fields.pollMulti')}
        checked={!!props.fields.countable}
        onChange={(event) => props.set('countable', event.currentTarget.checked)}
      />
    </Stack>
  );
}
