import { scaleBand, scaleLinear } from '@visx/scale';
import { arc, pie } from '@visx/shape';
import { h, svg } from '../../lib/dom/build';
import type { NetworkPicture, Slice } from '../../lib/social/network';

// The network view's charts: visx's scales and shapes (d3's, in packages sized for a page) drawn straight into SVG
// elements, so the page paints its stored picture without loading a framework first (issue 16: first render under
// 300 ms). Plain DOM that a screen reader reads through each chart's title, its labels and the legend.

const WIDTH = 420;
const ROW = 24;
const LABEL = 160;
/** Characters of a label that fit in LABEL px at 12 px (a wide glyph is ~7.5 px); longer ones end in "…". */
const LABEL_CHARS = 20;
/** Width of one character of the value text ("1,294 · 52 %") at 12 px, with room for wide digits. */
const VALUE_CHAR = 7.5;

const totalOf = (slices: readonly Slice[]) => slices.reduce((sum, s) => sum + s.count, 0);
const share = (count: number, total: number) => (total ? Math.round((count / total) * 100) : 0);
const valueText = (slice: Slice, total: number) =>
  `${slice.count.toLocaleString('en')} · ${share(slice.count, total)} %`;

/** One horizontal bar per slice, labelled with its count and share. */
export function barChart(title: string, slices: readonly Slice[]): SVGSVGElement {
  const total = totalOf(slices);
  const height = Math.max(ROW, slices.length * ROW);
  const y = scaleBand<string>({ domain: slices.map((s) => s.label), range: [0, height], padding: 0.2 });
  // The longest bar's value text must fit beside it: the bars' range leaves room for the longest value text.
  const valueWidth = 8 + VALUE_CHAR * Math.max(0, ...slices.map((s) => valueText(s, total).length));
  const x = scaleLinear<number>({
    domain: [0, Math.max(1, ...slices.map((s) => s.count))],
    range: [0, WIDTH - LABEL - valueWidth],
  });
  const bars = slices.map((slice) => {
    const top = y(slice.label) ?? 0;
    const middle = top + y.bandwidth() / 2;
    const long = slice.label.length > LABEL_CHARS;
    return svg(
      'g',
      {},
      svg(
        'text',
        { x: -8, y: middle, dy: '0.35em', 'text-anchor': 'end', class: 'chart-label' },
        long ? `${slice.label.slice(0, LABEL_CHARS - 1)}…` : slice.label,
        long && svg('title', {}, slice.label),
      ),
      svg('rect', {
        x: 0,
        y: top,
        width: Math.max(2, x(slice.count)),
        height: y.bandwidth(),
        rx: 3,
        class: 'chart-bar',
      }),
      svg(
        'text',
        { x: x(slice.count) + 6, y: middle, dy: '0.35em', class: 'chart-value' },
        valueText(slice, total),
      ),
    );
  });
  return svg(
    'svg',
    { width: WIDTH, height, role: 'img', 'aria-label': `${title}: bar chart`, class: 'chart' },
    svg('title', {}, title),
    svg('g', { transform: `translate(${LABEL}, 0)` }, ...bars),
  );
}

const SIZE = 180;
const TIE_CLASS: Record<string, string> = { strong: 'tie-strong', weak: 'tie-weak', dormant: 'tie-dormant' };

/** Strong, weak and dormant ties as a donut with a legend of counts. */
export function tieDonut(slices: readonly Slice[]): HTMLElement {
  const slicesOfPie = pie<Slice>({ value: (s) => s.count, padAngle: 0.01 })([...slices]);
  const path = arc<(typeof slicesOfPie)[number]>({ outerRadius: SIZE / 2 - 4, innerRadius: SIZE / 2 - 34 });
  const donut = svg(
    'svg',
    { width: SIZE, height: SIZE, role: 'img', 'aria-label': 'Tie strength: donut chart', class: 'chart' },
    svg('title', {}, 'Tie strength'),
    svg(
      'g',
      { transform: `translate(${SIZE / 2}, ${SIZE / 2})` },
      ...slicesOfPie.map((slice) =>
        svg('path', { d: path(slice) ?? '', class: TIE_CLASS[slice.data.label] ?? 'chart-bar' }),
      ),
      svg(
        'text',
        { 'text-anchor': 'middle', dy: '0.35em', class: 'chart-total' },
        totalOf(slices).toLocaleString('en'),
      ),
    ),
  );
  const legend = h(
    'ul',
    { class: 'legend plain', 'aria-label': 'Ties' },
    ...slices.map((slice) =>
      h(
        'li',
        {},
        h('span', { class: `swatch ${TIE_CLASS[slice.label] ?? ''}`, 'aria-hidden': 'true' }),
        ` ${slice.count.toLocaleString('en')} ${slice.label}`,
      ),
    ),
  );
  return h('div', { class: 'row' }, donut, legend);
}

/** The year's give/ask balance across everyone: what you gave, asked and thanked beside what others did. */
export function balanceChart({ me, them }: NetworkPicture['balance']): SVGSVGElement {
  return barChart('Give and ask, this year', [
    { label: 'You gave', count: me.gave },
    { label: 'You asked', count: me.asked },
    { label: 'You thanked', count: me.thanked },
    { label: 'Others gave you', count: them.gave },
    { label: 'Others asked you', count: them.asked },
    { label: 'Others thanked you', count: them.thanked },
  ]);
}
