import { existsSync } from 'node:fs';

/** Where Chromium-family browsers live on Linux, macOS and Windows, in the order we prefer them. */
export const BROWSER_LOCATIONS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/snap/bin/chromium',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/opt/google/chrome/chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
];

export const NO_BROWSER_MESSAGE =
  'No Chromium or Chrome found: install Chromium (Debian/Ubuntu: apt-get install chromium) or set CHROME_PATH to a Chrome binary.';

/** CHROME_PATH if set (and it must exist), else the first usual location that exists. */
export function findBrowser(
  env: NodeJS.ProcessEnv = process.env,
  exists: (path: string) => boolean = existsSync,
): string {
  const fromEnv = env.CHROME_PATH;
  if (fromEnv) {
    if (exists(fromEnv)) return fromEnv;
    throw new Error(`CHROME_PATH points to ${fromEnv}, which does not exist. ${NO_BROWSER_MESSAGE}`);
  }
  const found = BROWSER_LOCATIONS.find((path) => exists(path));
  if (!found) throw new Error(NO_BROWSER_MESSAGE);
  return found;
}
