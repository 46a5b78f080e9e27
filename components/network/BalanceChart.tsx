import type { NetworkPicture } from '../../lib/social/network';
import { BarChart } from './BarChart';

/** The year's give/ask balance across everyone: what you gave, asked and thanked beside what others did. */
export function BalanceChart({ balance }: { balance: NetworkPicture['balance'] }) {
  const { me, them } = balance;
  return (
    <BarChart
      title="Give and ask, this year"
      slices={[
        { label: 'You gave', count: me.gave },
        { label: 'You asked', count: me.asked },
        { label: 'You thanked', count: me.thanked },
        { label: 'Others gave you', count: them.gave },
        { label: 'Others asked you', count: them.asked },
        { label: 'Others thanked you', count: them.thanked },
      ]}
    />
  );
}
