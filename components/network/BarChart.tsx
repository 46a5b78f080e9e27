import { Group } from '@visx/group';
import { scaleBand, scaleLinear } from '@visx/scale';
import { Bar } from '@visx/shape';
import type { Slice } from '../../lib/social/network';

const WIDTH = 420;
const ROW = 24;
const LABEL = 150;
const COUNT = 56;

/**
 * One horizontal bar per slice, labelled with its count and share. SVG drawn by visx (scales and shapes only:
 * React renders every element, so the chart is plain DOM a screen reader can read through its title and table).
 */
export function BarChart({ title, slices }: { title: string; slices: readonly Slice[] }) {
  const total = slices.reduce((sum, s) => sum + s.count, 0);
  const height = Math.max(ROW, slices.length * ROW);
  const y = scaleBand<string>({ domain: slices.map((s) => s.label), range: [0, height], padding: 0.2 });
  const x = scaleLinear<number>({
    domain: [0, Math.max(1, ...slices.map((s) => s.count))],
    range: [0, WIDTH - LABEL - COUNT],
  });
  return (
    <svg width={WIDTH} height={height} role="img" aria-label={`${title}: bar chart`} className="chart">
      <title>{title}</title>
      <Group left={LABEL}>
        {slices.map((slice) => {
          const top = y(slice.label) ?? 0;
          return (
            <g key={slice.label}>
              <text x={-8} y={top + y.bandwidth() / 2} dy="0.35em" textAnchor="end" className="chart-label">
                {slice.label.length > 22 ? `${slice.label.slice(0, 21)}…` : slice.label}
              </text>
              <Bar
                x={0}
                y={top}
                width={Math.max(2, x(slice.count))}
                height={y.bandwidth()}
                className="chart-bar"
                rx={3}
              />
              <text x={x(slice.count) + 6} y={top + y.bandwidth() / 2} dy="0.35em" className="chart-value">
                {slice.count.toLocaleString('en')} · {total ? Math.round((slice.count / total) * 100) : 0} %
              </text>
            </g>
          );
        })}
      </Group>
    </svg>
  );
}
