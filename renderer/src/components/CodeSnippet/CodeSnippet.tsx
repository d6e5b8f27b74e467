// A command or code sample in a monospace block with a copy button beside it (not over it: long first
// lines, such as a curl command, ran under a button laid over the block).
import { Code, Group } from '@mantine/core';
import { CopyValueButton } from '../CopyValueButton/CopyValueButton';

export function CodeSnippet({ code }: { code: string }) {
  return (
    <Group align="flex-start" gap="xs" wrap="nowrap">
      <Code block fz="sm" flex={1} miw={0}>
        {code}
      </Code>
      <CopyValueButton value={code} />
    </Group>
  );
}
