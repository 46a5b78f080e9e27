/** Where a text node's characters sit in the text read from a contenteditable box. */
export interface TextSegment {
  node: Text;
  start: number;
}

export interface TextMap {
  text: string;
  segments: TextSegment[];
  /** The box holds more text than was read (see mapEditableText's `limit`). */
  cut?: boolean;
}

const BLOCKS = new Set([
  'P',
  'DIV',
  'LI',
  'UL',
  'OL',
  'BLOCKQUOTE',
  'PRE',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
]);

/**
 * Reads a contenteditable's text the way the user sees it: text nodes in order, a line break between blocks and
 * for each <br> that is not a block's trailing placeholder. Keeps each text node's offset so [start, end) ranges
 * of the text map back to DOM positions. Reads only: the editor's DOM is never changed.
 *
 * Reads at most `limit` characters: past them it stops walking and says so (`cut`). Every DOM node the walk touches
 * costs a wrapper in the content script's world (~6 µs in Chromium), so a 50,000-paragraph paste read whole held
 * LinkedIn for ~0.6 s per read; nothing Rapport does needs more than the start of a draft.
 *
 * Linear in what it reads: the pieces are joined once at the end. Asking a string built with `+=` whether it ends
 * with a line break flattens V8's rope each time, which made a 10,000-paragraph paste block LinkedIn for seconds.
 */
export function mapEditableText(root: Node, limit = Number.POSITIVE_INFINITY): TextMap {
  const pieces: string[] = [];
  const segments: TextSegment[] = [];
  let length = 0;
  let endsWithBreak = false;
  const append = (piece: string) => {
    pieces.push(piece);
    length += piece.length;
    endsWithBreak = piece.endsWith('\n');
  };
  const breakLine = () => {
    if (length > 0 && !endsWithBreak) append('\n');
  };
  const isBlock = (node: Node) => BLOCKS.has(node.nodeName);
  // Depth-first without recursion: a pasted document nested thousands of levels deep cannot overflow the stack.
  let node: Node | null = root.firstChild;
  while (node) {
    // Past the limit even without a trailing line break (the only character the end of a reading drops).
    if (length - Number(endsWithBreak) > limit) break;
    if (node.nodeType === Node.TEXT_NODE) {
      const data = (node as Text).data;
      if (data) {
        segments.push({ node: node as Text, start: length });
        append(data);
      }
    } else if (node.nodeName === 'BR') {
      if (node.nextSibling) append('\n');
    } else {
      if (isBlock(node)) breakLine();
      if (node.firstChild) {
        node = node.firstChild;
        continue;
      }
      if (isBlock(node)) breakLine();
    }
    // Leave every block this node closes, then move on to the next sibling.
    while (node && node !== root && !node.nextSibling) {
      node = node.parentNode;
      if (node && node !== root && isBlock(node)) breakLine();
    }
    node = node && node !== root ? node.nextSibling : null;
  }
  if (endsWithBreak) pieces[pieces.length - 1] = pieces.at(-1)!.slice(0, -1);
  const text = pieces.join('');
  return text.length > limit ? { text: text.slice(0, limit), segments, cut: true } : { text, segments };
}

/**
 * The DOM position of a text offset. An offset between text nodes (on a line break) snaps forward for a range's
 * start and backward for its end, so a range never grows past the characters it means.
 */
export function positionOf(
  map: TextMap,
  offset: number,
  edge: 'start' | 'end',
): { node: Text; offset: number } | null {
  const { segments } = map;
  let low = 0;
  let high = segments.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const segment = segments[middle]!;
    if (offset < segment.start) high = middle - 1;
    else if (offset > segment.start + segment.node.length) low = middle + 1;
    else return { node: segment.node, offset: offset - segment.start };
  }
  const snapped = edge === 'start' ? segments[low] : segments[high];
  if (!snapped) return null;
  return { node: snapped.node, offset: edge === 'start' ? 0 : snapped.node.length };
}

/** A live DOM Range over [start, end) of the mapped text, or null when the text has changed under it. */
export function rangeOf(map: TextMap, start: number, end: number): Range | null {
  const from = positionOf(map, start, 'start');
  const to = positionOf(map, end, 'end');
  if (!from || !to || !from.node.isConnected || !to.node.isConnected) return null;
  const range = document.createRange();
  range.setStart(from.node, Math.min(from.offset, from.node.length));
  range.setEnd(to.node, Math.min(to.offset, to.node.length));
  return range.collapsed ? null : range;
}
