import type { Handler } from '../../protocol/router';
import type { HandlerContext } from '../context';
import { networkKeeperOf } from '../network-keeper';

/** Draws the network picture now (or joins the drawing under way) and says of whom and when. */
export function networkDraw(context: HandlerContext): Handler<'network/draw'> {
  const keeper = networkKeeperOf(context);
  return async ({ at }) => {
    const { picture, drawnFor } = await keeper.draw(at);
    return { people: picture.total, drawnFor };
  };
}
