// "Copy as code": the filled form as a REST call in curl, PHP, Python and Node, with the real base URL.
import { Group, Switch, Tabs, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { snippet, type ExampleParams, type Language } from '../../../../shared/schemas/code-snippets';
import { CodeSnippet } from '../CodeSnippet/CodeSnippet';

const languages: Array<[Language, string]> = [
  ['curl', 'curl'],
  ['php', 'PHP'],
  ['python', 'Python'],
  ['node', 'Node.js'],
];

interface CopyAsCodeProps {
  url: string;
  params: ExampleParams;
  apiKey: string;
  /** A file picked from disk cannot be part of the code; say so. */
  hasFile: boolean;
}

export function CopyAsCode({ url, params, apiKey, hasFile }: CopyAsCodeProps) {
  const { t } = useTranslation();
  const [reveal, setReveal] = useState(false);
  return (
    <div data-testid="copy-as-code">
      <Group justify="space-between" mb="xs">
        <Text size="sm" c="dimmed">
          {t('compose.code.hint')}
        </Text>
        <Switch
          size="xs"
          label={t('compose.code.reveal')}
          checked={reveal}
          onChange={(event) => setReveal(event.currentTarget.checked)}
        />
      </Group>
      <Tabs defaultValue="curl" keepMounted={false}>
        <Tabs.List mb="xs">
          {languages.map(([value, label]) => (
            <Tabs.Tab key={value} value={value}>
              {label}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {languages.map(([value]) => (
          <Tabs.Panel key={value} value={value} data-testid={`code-${value}`}>
            <CodeSnippet code={snippet(value, url, params, reveal ? apiKey : undefined)} />
          </Tabs.Panel>
        ))}
      </Tabs>
      {hasFile && (
        <Text size="xs" c="dimmed" mt="xs">
          {t('compose.code.fileNote')}
        </Text>
      )}
    </div>
  );
}
