// Location pin and contact card.
import { SimpleGrid, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LineField } from './MessageField';
import type { FieldGroupProps } from './types';

export function LocationFields(props: FieldGroupProps) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm">
      <SimpleGrid cols={2}>
        <LineField
          {...props}
          name="latitude"
          label={t('compose.fields.latitude')}
          placeholder="-6.175392"
          inputMode="decimal"
        />
        <LineField
          {...props}
          name="longitude"
          label={t('compose.fields.longitude')}
          placeholder="106.827153"
          inputMode="decimal"
        />
      </SimpleGrid>
      <LineField {...props} name="name" label={t('compose.fields.placeName')} />
      <LineField {...props} name="address" label={t('compose.fields.address')} />
    </Stack>
  );
}

export function ContactFields(props: FieldGroupProps) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm">
      <LineField {...props} name="name" label={t('compose.fields.contactName')} />
      <LineField
        {...props}
        name="phone"
        label={t('compose.fields.contactPhone')}
        placeholder="0812-3456-7890"
        inputMode="tel"
      />
      <LineField {...props} name="organization" label={t('compose.fields.organization')} />
    </Stack>
  );
}
