// Numbered instructions for the phone, written for someone who has never linked a device.
import { List, ThemeIcon } from '@mantine/core';

export function LinkSteps({ steps }: { steps: string[] }) {
  return (
    <List spacing="sm" size="sm" center={false} data-testid="link-steps">
      {steps.map((step, index) => (
        <List.Item
          key={step}
          icon={
            <ThemeIcon size="md" radius="xl" variant="light">
              {index + 1}
            </ThemeIcon>
          }
        >
          {step}
        </List.Item>
      ))}
    </List>
  );
}
