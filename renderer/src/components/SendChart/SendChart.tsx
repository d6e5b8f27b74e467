// Sends over time as bars (sent in the primary color, failed stacked in red); plain SVG, no chart library.
import { Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatTime } from '../MessageBubble/format';
import classes from './SendChart.module.css';

export interface ChartPoint {
  at: number;
  sent: number;
  failed: number;
}

const WIDTH = 600;
const HEIGHT = 120;

export function SendChart({ points, label }: { points: ChartPoint[]; label: string }) {
  const max = Math.max(1, ...points.map((p) => p.sent + p.failed));
  const bar = WIDTH / Math.max(points.length, 12);
  const { i18n } = useTranslation();
  const time = (at: number) => formatTime(at, i18n.language);
  return (
    <div>
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        className={classes.chart}
        role="img"
        aria-label={label}
        data-testid="send-chart"
      >
        <line x1={0} y1={HEIGHT - 0.5} x2={WIDTH} y2={HEIGHT - 0.5} className={classes.axis} />
        {points.map((p, i) => {
          const sentH = (p.sent / max) * (HEIGHT - 8);
          const failedH = (p.failed / max) * (HEIGHT - 8);
          return (
            <g key={p.at}>
              <title>{`${time(p.at)}: ${p.sent} / ${p.failed}`}</title>
              <rect
                x={i * bar + 1}
                y={HEIGHT - sentH}
                width={Math.max(1, bar - 2)}
                height={sentH}
                className={classes.sent}
                rx={2}
              />
              {p.failed > 0 && (
                <rect
                  x={i * bar + 1}
                  y={HEIGHT - sentH - failedH}
                  width={Math.max(1, bar - 2)}
                  height={failedH}
                  className={classes.failed}
                  rx={2}
                />
              )}
            </g>
          );
        })}
      </svg>
      {points.length > 0 && (
        <Group justify="space-between">
          <Text size="xs" c="dimmed">
            {time(points[0].at)}
          </Text>
          <Text size="xs" c="dimmed">
            {time(points[points.length - 1].at)}
          </Text>
        </Group>
      )}
    </div>
  );
}
