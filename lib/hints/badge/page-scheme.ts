/** The first opaque background behind an element, as [r, g, b], or white when the page paints none. */
function backgroundBehind(element: Element | null): [number, number, number] {
  for (let node = element; node; node = node.parentElement) {
    const match = /rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?\)/.exec(
      getComputedStyle(node).backgroundColor,
    );
    if (match && (match[4] === undefined || Number(match[4]) > 0.5)) {
      return [Number(match[1]), Number(match[2]), Number(match[3])];
    }
  }
  return [255, 255, 255];
}

/**
 * Whether the page shows the box on a dark background — LinkedIn's own dark theme, whatever the system says — so
 * the badge and its panel match the page rather than the operating system.
 */
export function pageSchemeAt(element: Element): 'light' | 'dark' {
  const [r, g, b] = backgroundBehind(element);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 128 ? 'dark' : 'light';
}
