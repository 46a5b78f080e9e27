/**
 * Rapport's one visual language: colours for light and dark, spacing and type scale. Extension pages get them as CSS
 * custom properties (tokensCss, adopted as a constructed style sheet by mount.tsx), the inline badge in its shadow root (badgeTokensCss). tests/unit/design/contrast
 * computes every pairing below against WCAG 2.2 AA, since axe cannot resolve every dark background.
 */
export interface Palette {
  /** Page background. */
  bg: string;
  /** Cards, the header bar, selected tab, toasts' background in the other scheme. */
  surface: string;
  /** Body text. */
  text: string;
  /** Secondary text: dates, reasons, principles. */
  muted: string;
  /** Field and button outlines: must read as a boundary (3:1). */
  border: string;
  /** Hairlines between rows; decorative, so exempt from the 3:1 rule. */
  divider: string;
  /** Links, the selected tab, info underlines. */
  accent: string;
  /** Primary button background, with accentText on it. */
  accentStrong: string;
  accentText: string;
  /** Verdicts and confirmations. */
  good: string;
  /** Hints to look at, overdue. */
  warn: string;
  danger: string;
  /** Focus ring. */
  focus: string;
  /** Soft tint behind a give/ask warning. */
  warnSurface: string;
}

export const LIGHT: Palette = {
  bg: '#ffffff',
  surface: '#f5f7f9',
  text: '#1f2328',
  muted: '#57606a',
  border: '#767f89',
  divider: '#d8dee4',
  accent: '#0a5fb4',
  accentStrong: '#0a5fb4',
  accentText: '#ffffff',
  good: '#1a7139',
  warn: '#8a5300',
  danger: '#c0212c',
  focus: '#0a5fb4',
  warnSurface: '#fff4e0',
};

export const DARK: Palette = {
  bg: '#14171c',
  surface: '#1d2229',
  text: '#e8ecf0',
  muted: '#a2abb5',
  border: '#7d8793',
  divider: '#343b45',
  accent: '#6cb0ff',
  accentStrong: '#6cb0ff',
  accentText: '#0b1420',
  good: '#5cc97a',
  warn: '#e5ad4a',
  danger: '#ff7b72',
  focus: '#6cb0ff',
  warnSurface: '#3a2c12',
};

/** Spacing steps in px: 4, 8, 12, 16, 24. */
export const SPACE = [4, 8, 12, 16, 24] as const;

/** Type scale in px: small print, secondary, body, section, title. */
export const TYPE = { xs: 12, sm: 13, base: 14, lg: 16, xl: 18 } as const;

export const RADIUS = { sm: 4, md: 6, lg: 10 } as const;

const kebab = (name: string) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/** The palette as custom-property declarations: `--text: #1f2328;` … */
export function paletteDeclarations(palette: Palette): string {
  return Object.entries(palette)
    .map(([name, value]) => `--${kebab(name)}: ${value};`)
    .join(' ');
}

function scaleDeclarations(): string {
  const space = SPACE.map((px, i) => `--space-${i + 1}: ${px}px;`);
  const type = Object.entries(TYPE).map(([name, px]) => `--text-${name}: ${px}px;`);
  const radius = Object.entries(RADIUS).map(([name, px]) => `--radius-${name}: ${px}px;`);
  return [...space, ...type, ...radius].join(' ');
}

/** For extension pages: light by default, dark when the system asks for it. */
export function tokensCss(): string {
  return `:root { color-scheme: light dark; ${scaleDeclarations()} ${paletteDeclarations(LIGHT)} }
@media (prefers-color-scheme: dark) { :root { ${paletteDeclarations(DARK)} } }`;
}

/**
 * For the inline badge: it follows the page's scheme (LinkedIn's own dark mode), which the host marks. Colours only:
 * the badge's few sizes are its own, and the scale's declarations would ship on every LinkedIn page unused.
 */
export function badgeTokensCss(): string {
  return `:host { ${paletteDeclarations(LIGHT)} }
:host([data-scheme=dark]) { ${paletteDeclarations(DARK)} }`;
}
