import { Group } from '@visx/group';
import { Pie } from '@visx/shape';
import type { Slice } from '../../lib/social/network';

const SIZE = 180;
const CLASS: Record<string, string> = { strong: 'tie-strong', weak: 'tie-weak', dormant: 'tie-dormant' };

/** Strong, weak and dormant ties as a donut with a legend of counts. */
export function TieDonut({ slices }: { slices: readonly Slice[] }) {
  const total = slices.reduce((sum, s) => sum + s.count, 0);
  return (
    <div className="row">
      <svg width={SIZE} height={SIZE} role="img" aria-label="Tie strength: donut chart" className="chart">
        <title>Tie strength</title>
        <Group top={SIZE / 2} left={SIZE / 2}>
          <Pie
            data={[...slices]}
            pieValue={(s) => s.count}
            outerRadius={SIZE / 2 - 4}
            innerRadius={SIZE / 2 - 34}
            padAngle={0.01}
          >
            {(pie) =>
              pie.arcs.map((arc) => (
                <path
                  key={arc.data.label}
                  d={pie.path(arc) ?? ''}
                  className={CLASS[arc.data.label] ?? 'chart-bar'}
                />
              ))
            }
          </Pie>
          <text textAnchor="middle" dy="0.35em" className="chart-total">
            {total.toLocaleString('en')}
          </text>
        </Group>
      </svg>
      <ul className="legend plain" aria-label="Ties">
        {slices.map((slice) => (
          <li key={slice.label}>
            <span className={`swatch ${CLASS[slice.label]}`} aria-hidden="true" />{' '}
            {slice.count.toLocaleString('en')} {slice.label}
          </li>
        ))}
      </ul>
    </div>
  );
}
