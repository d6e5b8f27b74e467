// The message type tabs above the fields (compose page and campaign wizard).
import { Tabs } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { composeTypes, type ComposeType } from '../ComposeForm/draft';

export function ComposeTypeTabs({
  value,
  onChange,
}: {
  value: ComposeType;
  onChange(type: ComposeType): void;
}) {
  const { t } = useTranslation();
  return (
    <Tabs
      variant="pills"
      radius="xl"
      value={value}
      onChange={(type) => type && onChange(type as ComposeType)}
    >
      <Tabs.List aria-label={t('compose.type')} style={{ gap: 'var(--mantine-spacing-xs)' }}>
        {composeTypes.map((type) => (
          <Tabs.Tab key={type} value={type} data-testid={`compose-type-${type}`}>
            {t(`compose.types.${type}`)}
          </Tabs.Tab>
        ))}
      </Tabs.List>
    </Tabs>
  );
}
