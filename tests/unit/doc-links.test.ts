import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { describe, expect, it } from 'vitest';

// The README is the front door of a repository people clone: a link that leaves it (the whitepaper in ../shared,
// a page on someone's disk) is a dead link for everyone else, and a link to a file that moved is one too. Every
// Markdown link and image in the project's own documents must name a file or folder git tracks, inside the
// repository (web addresses are allowed, none is needed today).
const root = join(import.meta.dirname, '../..');
const tracked = execFileSync('git', ['ls-files', '-z'], { cwd: root, encoding: 'utf8' })
  .split('\0')
  .filter(Boolean);
const trackedPaths = new Set(tracked);
const trackedFolders = new Set(
  tracked.flatMap((path) =>
    path
      .split('/')
      .slice(0, -1)
      .map((_, i, parts) => parts.slice(0, i + 1).join('/')),
  ),
);
const documents = tracked.filter(
  (path) => path.endsWith('.md') && !path.startsWith('tests/fixtures/') && !path.startsWith('node_modules/'),
);

/** The targets of `[text](target)` and `![alt](target)` in Markdown, without a #fragment; code spans left out. */
function linkTargets(markdown: string): string[] {
  const prose = markdown.replace(/```[\s\S]*?```/g, '').replace(/`[^`\n]*`/g, '');
  return [...prose.matchAll(/!?\[[^\]]*\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)].map((match) => match[1]!);
}

describe('links in the documentation', () => {
  it('reads the documents it checks, the README first', () => {
    expect(documents).toContain('README.md');
    expect(linkTargets(readFileSync(join(root, 'README.md'), 'utf8')).length).toBeGreaterThan(5);
  });

  it.each(documents)('%s links only to files in the repository', (document) => {
    const broken = linkTargets(readFileSync(join(root, document), 'utf8')).filter((target) => {
      if (/^(https?:|mailto:)/.test(target) || target.startsWith('#')) return false;
      const path = normalize(join(dirname(document), decodeURI(target.split('#')[0]!))).replace(/\/$/, '');
      return path.startsWith('..') || !(trackedPaths.has(path) || trackedFolders.has(path));
    });
    expect(broken).toEqual([]);
  });
});
