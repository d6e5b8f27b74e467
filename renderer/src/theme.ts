// The app's one theme: WhatsApp-like teal green as primary, soft radii, calm surfaces.
import { createTheme, type MantineColorsTuple } from '@mantine/core';

// Shades 7–9 are WhatsApp's own accent (#00a884) and header greens; 8 keeps white text readable (≈4.9:1).
const wa: MantineColorsTuple = [
  '#e7fcf6',
  '#d3f6ec',
  '#a5ebd8',
  '#73e0c2',
  '#4ad6b0',
  '#30d0a4',
  '#1dcc9d',
  '#00a884',
  '#008069',
  '#006e5a',
];

export const theme = createTheme({
  colors: { wa },
  primaryColor: 'wa',
  primaryShade: { light: 8, dark: 7 },
  defaultRadius: 'md',
  cursorType: 'pointer',
  fontFamily:
    'Inter, "Segoe UI", system-ui, -apple-system, Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif',
  headings: { fontWeight: '650' },
  components: {
    Card: { defaultProps: { withBorder: true, padding: 'lg', radius: 'md' } },
    Paper: { defaultProps: { radius: 'md' } },
    Modal: { defaultProps: { centered: true, radius: 'md' } },
    Tooltip: { defaultProps: { withArrow: true, openDelay: 300 } },
  },
});
