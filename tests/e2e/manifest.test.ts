import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OUTPUT_DIR as OUTPUT } from './harness/extension';

interface Manifest {
  manifest_version: number;
  permissions?: string[];
  optional_permissions?: string[];
  host_permissions?: string[];
  content_security_policy?: { extension_pages?: string } | string;
  content_scripts?: { matches: string[] }[];
  web_accessible_resources?: unknown[];
  externally_connectable?: unknown;
  side_panel?: { default_path: string };
  sidebar_action?: { default_panel: string };
  browser_specific_settings?: { gecko?: { id?: string } };
}

const read = (target: string): Manifest =>
  JSON.parse(readFileSync(resolve(OUTPUT, target, 'manifest.json'), 'utf8')) as Manifest;

// What the features need, and nothing more: storage (settings), alarms (due follow-ups), the side panel,
// and LinkedIn pages to read. A new permission has to be argued for here.
const ALLOWED_PERMISSIONS = {
  'chrome-mv3': ['alarms', 'sidePanel', 'storage'],
  'firefox-mv2': ['alarms', 'storage', 'https://www.linkedin.com/*'],
} as const;

describe.each(Object.keys(ALLOWED_PERMISSIONS) as (keyof typeof ALLOWED_PERMISSIONS)[])(
  '%s manifest',
  (target) => {
    const manifest = read(target);
    const hosts = [
      ...(manifest.host_permissions ?? []),
      ...(manifest.content_scripts ?? []).flatMap((c) => c.matches),
    ];

    it('asks only for the permissions the features need', () => {
      expect([...(manifest.permissions ?? [])].sort()).toEqual([...ALLOWED_PERMISSIONS[target]].sort());
      // Desktop notifications are opt-in: requested from the options page only when the user switches them on.
      expect(manifest.optional_permissions ?? []).toEqual(['notifications']);
    });

    it('reaches linkedin.com only', () => {
      expect(hosts.length).toBeGreaterThan(0);
      for (const host of hosts) expect(host).toMatch(/^https:\/\/www\.linkedin\.com\//);
      expect(JSON.stringify(manifest)).not.toMatch(/<all_urls>|"tabs"|\*:\/\/\*\//);
    });

    it('loads no remote code and exposes nothing to pages', () => {
      const csp =
        typeof manifest.content_security_policy === 'string'
          ? manifest.content_security_policy
          : manifest.content_security_policy?.extension_pages;
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("object-src 'none'");
      expect(csp).toContain("connect-src 'self'");
      expect(csp).not.toMatch(/unsafe-eval|unsafe-inline|https?:/);
      expect(manifest.externally_connectable).toBeUndefined();
      expect(manifest.web_accessible_resources ?? []).toEqual([]);
    });
  },
);

describe('browser-specific parts', () => {
  it('gives Chrome a side panel and Firefox the same page as a sidebar, with a gecko id', () => {
    expect(read('chrome-mv3').side_panel?.default_path).toBe('sidepanel.html');
    const firefox = read('firefox-mv2');
    expect(firefox.sidebar_action?.default_panel).toBe('sidepanel.html');
    expect(firefox.browser_specific_settings?.gecko?.id).toMatch(/@/);
  });
});
