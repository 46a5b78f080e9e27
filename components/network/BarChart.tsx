import { Group } from '@visx/group';
import { scaleBand, scaleLinear } from '@visx/scale';
import { Bar } from '@visx/shape';
import type { Slice } from '../../lib/social/network';

const WIDTH = 420;
const ROW = 24;
const LABEL = 160;
/** Characters of a label that fit in LABEL px at 12 px (a wide glyph is ~7.5 px); longer ones end in "…". */
const LABEL_CHARS = 20;
/** Width of one character of the value text ("1,294 · 52 %") at 12 px, with room for wide digits. */
const VALUE_CHAR = 7.5;

const share = (count: number, total: number) => (total ? Math.round((count / total) * 100) : 0);
const valueText = (slice: Slice, total: number) =>
  `${slice.count.toLocaleString('en')} · ${share(slice.count, total)} %`;

/**
 * One horizontal bar per slice, labelled with its count and share. SVG drawn by visx (scales and shapes only:
 * React renders every element, so the chart is plain DOM a screen reader can read through its title and table).
 */
export function BarChart({ title, slices }: { title: string; slices: readonly Slice[] }) {
  const total = slices.reduce((sum, s) => sum + s.count, 0);
  const height = Math.max(ROW, slices.length * ROW);
  const y = scaleBand<string>({ domain: slices.map((s) => s.label), range: [0, height], padding: 0.2 });
  // The longest bar's value text must fit beside it: the bars' range leaves room for the longest value text.
  const valueWidth = 8 + VALUE_CHAR * Math.max(0, ...slices.map((s) => valueText(s, total).length));
  const x = scaleLinear<number>({
    domain: [0, Math.max(1, ...slices.map((s) => s.count))],
    range: [0, WIDTH - LABEL - valueWidth],
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
                {slice.label.length > LABEL_CHARS ? `${slice.label.slice(0, LABEL_CHARS - 1)}…` : slice.label}
                {slice.label.length > LABEL_CHARS ? <title>{slice.label}</title> : null}
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
                {valueText(slice, total)}
              </text>
            </g>
          );
        })}
      </Group>
    </svg>
  );
}
