import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// The README's "Where the code lives" map is how a newcomer finds their way: a folder it does not name is a folder
// nobody will find. Every folder under the top-level source folders must appear in it, and every folder it names
// must exist (a map that points at deleted code is worse than none).
const root = join(import.meta.dirname, '../..');
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const codeMap = readme.slice(readme.indexOf('### Where the code lives'));
const mapBlock = codeMap.slice(codeMap.indexOf('```'), codeMap.indexOf('```', codeMap.indexOf('```') + 3));

// The repository's folders are those git tracks: a local scratch folder, a build output or an untracked experiment
// is nobody else's code and must not fail the map (nor hide from it once committed).
const tracked = execFileSync('git', ['ls-files', '-z'], { cwd: root, encoding: 'utf8' }).split('\0');
const foldersOf = (parent: string): string[] => {
  const prefix = parent === '.' ? '' : `${parent}/`;
  const names = new Set<string>();
  for (const path of tracked) {
    if (!path.startsWith(prefix)) continue;
    const rest = path.slice(prefix.length).split('/');
    if (rest.length > 1) names.add(rest[0]!);
  }
  return [...names];
};

/** The folder names the map lists under one top-level folder: the indented lines below it, up to the next top-level line. */
const mappedUnder = (parent: string): Set<string> => {
  const lines = mapBlock.split('\n');
  const start = lines.findIndex((line) => line.startsWith(`${parent}/`));
  const names = new Set<string>();
  for (const line of lines.slice(start + 1)) {
    if (/^\S/.test(line)) break;
    // A sub-folder line starts with two spaces and one or more `name/` tokens before its description.
    const lead = /^ {2}((?:[\w.-]+\/ *)+)/.exec(line);
    for (const token of lead?.[1]?.split(/\s+/) ?? []) if (token.endsWith('/')) names.add(token.slice(0, -1));
  }
  return names;
};

describe("README's code map", () => {
  it.each(['lib', 'components', 'entrypoints'])('names every folder in %s/', (parent) => {
    const mapped = mappedUnder(parent);
    expect(foldersOf(parent).filter((name) => !mapped.has(name))).toEqual([]);
  });

  it.each(['lib', 'components', 'entrypoints'])('names no folder in %s/ that does not exist', (parent) => {
    const onDisk = new Set(foldersOf(parent));
    expect([...mappedUnder(parent)].filter((name) => !onDisk.has(name))).toEqual([]);
  });

  it('lists every top-level folder of the repository', () => {
    const ignored = new Set(['.github']);
    const topLevel = foldersOf('.').filter((name) => !ignored.has(name));
    const missing = topLevel.filter(
      (name) => !new RegExp(`^${name.replace('.', '\\.')}/`, 'm').test(mapBlock),
    );
    expect(missing).toEqual([]);
  });
});
