// A command or code sample in a monospace block with a copy button.
import { Box, Code } from '@mantine/core';
import { CopyValueButton } from '../CopyValueButton/CopyValueButton';

export function CodeSnippet({ code }: { code: string }) {
  return (
    <Box pos="relative">
      <Code block pr="xl" fz="sm">
        {code}
      </Code>
      <Box pos="absolute" top="var(--mantine-spacing-xs)" right="var(--mantine-spacing-xs)">
        <CopyValueButton value={code} />
      </Box>
    </Box>
  );
}
