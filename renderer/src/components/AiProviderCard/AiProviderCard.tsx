// The AI provider: preset (fills base URL and model), key (masked: only its last characters are shown), limits,
// where the data goes, and a test button that shows the answer to "Halo, jam buka?".
import {
  Alert,
  Button,
  Card,
  Group,
  NumberInput,
  PasswordInput,
  Select,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { IconCloud, IconDeviceDesktop, IconPlayerPlay } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  AI_TEST_QUESTION,
  aiPresets,
  aiPresetSchema,
  type AiPreset,
  type AiSettings,
} from '../../../../shared/ai';
import { notifySuccess } from '../../client/notify';
import { useSetAiSettings, useTestAi } from '../../client/queries/ai';
import { AiFailureAlert } from '../AiFailureAlert/AiFailureAlert';

export function AiProviderCard({ settings }: { settings: AiSettings }) {
  const { t } = useTranslation();
  const [preset, setPreset] = useState<AiPreset>(settings.preset);
  const [baseUrl, setBaseUrl] = useState(settings.baseUrl);
  const [model, setModel] = useState(settings.model);
  const [apiKey, setApiKey] = useState('');
  const [limits, setLimits] = useState({
    maxTokens: settings.maxTokens,
    timeoutSeconds: settings.timeoutSeconds,
    pauseMinutes: settings.pauseMinutes,
  });
  const save = useSetAiSettings();
  const test = useTestAi();
  const local = aiPresets[preset].local || /^https?:\/\/(127\.|localhost|\[::1\])/.test(baseUrl);
  const pick = (value: string | null) => {
    const next = aiPresetSchema.parse(value ?? 'custom');
    setPreset(next);
    if (next !== 'custom') {
      setBaseUrl(aiPresets[next].baseUrl);
      setModel(aiPresets[next].model);
    }
  };
  const number = (key: keyof typeof limits) => (value: string | number) =>
    setLimits((old) => ({ ...old, [key]: Number(value) || old[key] }));
  const submit = () =>
    save.mutate(
      { preset, baseUrl: baseUrl.trim(), model, ...limits, ...(apiKey ? { apiKey } : {}) },
      {
        onSuccess: () => {
          setApiKey('');
          notifySuccess(t('ai.saved'));
        },
      },
    );
  const answer = test.data;
  return (
    <Card withBorder>
      <Stack gap="md">
        <Title order={4}>{t('ai.provider')}</Title>
        <Group grow align="flex-start">
          <Select
            label={t('ai.preset')}
            data={aiPresetSchema.options.map((value) => ({ value, label: t(`ai.presets.${value}`) }))}
            value={preset}
            onChange={pick}
            allowDeselect={false}
            data-testid="ai-preset"
          />
          <TextInput
            label={t('ai.model')}
            value={model}
            onChange={(e) => setModel(e.currentTarget.value)}
            data-testid="ai-model"
          />
        </Group>
        <TextInput
          label={t('ai.baseUrl')}
          value={baseUrl}
          onChange={(e) => setBaseUrl(e.currentTarget.value)}
          placeholder="https://api.example.com/v1"
          data-testid="ai-base-url"
        />
        <PasswordInput
          label={t('ai.apiKey')}
          value={apiKey}
          onChange={(e) => setApiKey(e.currentTarget.value)}
          description={
            settings.apiKeySet ? t('ai.apiKeyStored', { hint: settings.apiKeyHint }) : t('ai.apiKeyNone')
          }
          autoComplete="off"
          data-testid="ai-api-key"
        />
        <Group grow align="flex-start">
          <NumberInput
            label={t('ai.maxTokens')}
            min={16}
            max={4000}
            value={limits.maxTokens}
            onChange={number('maxTokens')}
          />
          <NumberInput
            label={t('ai.timeoutSeconds')}
            min={1}
            max={120}
            value={limits.timeoutSeconds}
            onChange={number('timeoutSeconds')}
          />
          <NumberInput
            label={t('ai.pauseMinutes')}
            min={1}
            max={10080}
            value={limits.pauseMinutes}
            onChange={number('pauseMinutes')}
          />
        </Group>
        <Alert
          color={local ? 'wa' : 'blue'}
          icon={local ? <IconDeviceDesktop /> : <IconCloud />}
          data-testid="ai-data-note"
        >
          {local ? t('ai.localNote') : t('ai.cloudNote', { provider: t(`ai.presets.${preset}`) })}
        </Alert>
        <Group>
          <Button onClick={submit} loading={save.isPending} data-testid="ai-save">
            {t('ai.save')}
          </Button>
          {settings.apiKeySet && (
            <Button variant="subtle" color="red" onClick={() => save.mutate({ apiKey: '' })}>
              {t('ai.removeKey')}
            </Button>
          )}
          <Button
            variant="light"
            leftSection={<IconPlayerPlay size={16} />}
            loading={test.isPending}
            onClick={() => test.mutate()}
            data-testid="ai-test"
          >
            {t('ai.test', { question: AI_TEST_QUESTION })}
          </Button>
        </Group>
        {answer?.failure && <AiFailureAlert failure={answer.failure} />}
        {answer && !answer.failure && (
          <Alert color="wa" title={t('ai.testAnswer')} data-testid="ai-test-answer">
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {answer.handover ? t('ai.testHandover') : answer.text}
            </Text>
          </Alert>
        )}
      </Stack>
    </Card>
  );
}
