// Title and one-line explanation at the top of a page, with optional actions on the right.
import { Group, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

interface PageHeaderProps {
  title: string;
  subtitle: string;
  children?: ReactNode;
}

export function PageHeader({ title, subtitle, children }: PageHeaderProps) {
  return (
    <Group justify="space-between" align="flex-end" mb="lg" wrap="wrap">
      <Stack gap="xs">
        <Title order={2}>{title}</Title>
        <Text c="dimmed">{subtitle}</Text>
      </Stack>
      {children}
    </Group>
  );
}
