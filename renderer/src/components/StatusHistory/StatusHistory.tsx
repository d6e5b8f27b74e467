// A device's latest Status posts: what was posted, to how many, and who viewed it (live, from read receipts).
import { Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatPhone } from '../../../../shared/phone';
import type { StatusPost } from '../../../../shared/status-contract';
import { useStatusPosts } from '../../client/queries/status';

function PostRow({ post }: { post: StatusPost }) {
  const { t, i18n } = useTranslation();
  return (
    <Paper withBorder p="sm" radius="md" data-testid="status-history-row">
      <Group justify="space-between" gap="xs" wrap="nowrap">
        <Group gap="xs" wrap="nowrap" miw={0}>
          <Badge variant="light" color={post.error ? 'red' : 'wa'}>
            {t(`status.types.${post.type}`)}
          </Badge>
          <Text size="sm" truncate="end">
            {post.text}
          </Text>
        </Group>
        <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
          {new Date(post.createdAt).toLocaleString(i18n.language, { dateStyle: 'short', timeStyle: 'short' })}
        </Text>
      </Group>
      <Text size="xs" c="dimmed" mt={4} data-testid="status-seen">
        {post.error
          ? t('status.error', { code: post.error })
          : t('status.seen', {
              viewed: post.viewers.length,
              audience: post.audience,
              delivered: post.delivered,
            })}
        {post.campaignId !== null && ` · ${t('status.fromCampaign')}`}
      </Text>
      <Group gap={4} mt={6} data-testid="status-viewers">
        {post.viewers.length === 0 ? (
          <Text size="xs" c="dimmed">
            {t('status.noViewers')}
          </Text>
        ) : (
          post.viewers.map((viewer) => (
            <Badge key={viewer.phone} variant="outline" color="gray" tt="none">
              {viewer.name ? `${viewer.name} · ${formatPhone(viewer.phone)}` : formatPhone(viewer.phone)}
            </Badge>
          ))
        )}
      </Group>
    </Paper>
  );
}

export function StatusHistory({ deviceId }: { deviceId: number | undefined }) {
  const { t } = useTranslation();
  const posts = useStatusPosts(deviceId).data ?? [];
  return (
    <Stack gap="xs" data-testid="status-history">
      <Title order={5}>{t('status.history')}</Title>
      {posts.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('status.historyEmpty')}
        </Text>
      ) : (
        posts.map((post) => <PostRow key={post.id} post={post} />)
      )}
    </Stack>
  );
}
