// The docs stay true to the tree: every relative link and image in README.md and docs/ points at
// a file that exists (and at a heading that exists, when it names one); the README's settings
// table lists exactly the environment variables server/src/config.ts reads; and the words the
// README and the guides put in bold (the words on the screen) are words the client shows.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const repoRoot = resolve(import.meta.dirname, '../..');

function markdownFiles(): string[] {
  const docs = readdirSync(join(repoRoot, 'docs'), { recursive: true, encoding: 'utf8' })
    .filter((path) => path.endsWith('.md'))
    .map((path) => join(repoRoot, 'docs', path));
  return [join(repoRoot, 'README.md'), ...docs.sort()];
}

/** The text without fenced code blocks and inline code, where brackets are not links. */
function prose(markdown: string): string {
  return markdown.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, '').replace(/`[^`\n]*`/g, '');
}

/** Targets of `[text](target)` and `![alt](target)`, with an optional "title" dropped. */
function linkTargets(markdown: string): string[] {
  const link = /!?\[(?:[^[\]]|\[[^\]]*\])*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g;
  return [...prose(markdown).matchAll(link)].map((match) => match[1] ?? '');
}

/** GitHub's anchors for a file's headings: lower case, punctuation dropped, spaces as hyphens. */
function headingAnchors(markdown: string): Set<string> {
  const anchors = new Set<string>();
  const seen = new Map<string, number>();
  const withoutFences = markdown.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, '');
  for (const match of withoutFences.matchAll(/^#{1,6}\s+(.+?)\s*#*\s*$/gm)) {
    const slug = (match[1] ?? '')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\s_-]/gu, '')
      .replace(/\s/g, '-');
    const count = seen.get(slug) ?? 0;
    seen.set(slug, count + 1);
    anchors.add(count === 0 ? slug : `${slug}-${count}`);
  }
  return anchors;
}

function isExternal(target: string): boolean {
  return /^[a-z][a-z0-9+.-]*:/i.test(target);
}

describe('the docs', () => {
  const files = markdownFiles();

  it('finds the README and the pages under docs/', () => {
    expect(files.length).toBeGreaterThan(5);
  });

  it.each(files.map((file) => [relative(repoRoot, file), file]))(
    '%s links only to files and headings that exist',
    (_name, file) => {
      const markdown = readFileSync(file, 'utf8');
      const broken: string[] = [];
      for (const target of linkTargets(markdown)) {
        if (isExternal(target)) continue;
        const [path = '', anchor] = target.split('#', 2);
        const resolved = path === '' ? file : resolve(dirname(file), decodeURIComponent(path));
        if (!existsSync(resolved)) {
          broken.push(`${target}: no such file`);
          continue;
        }
        if (anchor && resolved.endsWith('.md')) {
          const anchors = headingAnchors(readFileSync(resolved, 'utf8'));
          if (!anchors.has(decodeURIComponent(anchor).toLowerCase())) {
            broken.push(`${target}: no heading #${anchor}`);
          }
        }
      }
      expect(broken).toEqual([]);
    },
  );
});

/**
 * The environment variables config.ts reads: the keys of its zod `Env` object (written in
 * capitals), and any `process.env.X`, `env.X` or `env['X']` it reads directly.
 */
function settingsReadByConfig(): string[] {
  const source = readFileSync(join(repoRoot, 'server/src/config.ts'), 'utf8');
  const names = new Set<string>();
  const patterns = [
    /^\s+([A-Z][A-Z0-9_]*_[A-Z0-9_]*|[A-Z]{2,}):/gm,
    /\bprocess\.env\.([A-Z][A-Z0-9_]+)/g,
    /\benv\.([A-Z][A-Z0-9_]+)/g,
    /\benv\[['"]([A-Z][A-Z0-9_]+)['"]\]/g,
  ];
  for (const pattern of patterns) {
    for (const match of source.matchAll(pattern)) names.add(match[1] ?? '');
  }
  return [...names].sort();
}

/** The settings named in the first column of the table under a page's "Settings" heading(s). */
function settingsInTables(markdown: string, underHeading: RegExp | null): string[] {
  let text = markdown;
  if (underHeading) {
    const start = markdown.search(underHeading);
    if (start < 0) return [];
    const rest = markdown.slice(start + 1);
    const end = rest.search(/^## /m);
    text = end < 0 ? rest : rest.slice(0, end);
  }
  return [...text.matchAll(/^\|\s*`([A-Z][A-Z0-9_]+)`\s*\|/gm)].map((match) => match[1] ?? '');
}

describe('the settings table', () => {
  const inConfig = settingsReadByConfig();

  it('finds the settings config.ts reads', () => {
    expect(inConfig).toContain('PORT');
    expect(inConfig).toContain('DATABASE_URL');
  });

  it('in the README lists exactly the settings config.ts reads, each once', () => {
    const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');
    const listed = settingsInTables(readme, /^## Settings$/m);
    expect([...listed].sort()).toEqual(inConfig);
    expect(new Set(listed).size).toBe(listed.length);
  });

  it('in docs/operate/settings.md describes every setting config.ts reads, each once', () => {
    const page = readFileSync(join(repoRoot, 'docs/operate/settings.md'), 'utf8');
    const listed = settingsInTables(page, null);
    expect([...listed].sort()).toEqual(inConfig);
    expect(new Set(listed).size).toBe(listed.length);
  });
});

/** The client's and shared code's text, as a person sees it (tags and hidden words dropped). */
function screenText(): string {
  const sources = ['client/src', 'shared'].flatMap((folder) =>
    readdirSync(join(repoRoot, folder), { recursive: true, encoding: 'utf8' })
      .filter((path) => /\.tsx?$/.test(path) && !/\.test\.tsx?$/.test(path))
      .map((path) => readFileSync(join(repoRoot, folder, path), 'utf8')),
  );
  const raw = sources.join('\n');
  // Text between tags, read past hidden words; and every string as written (labels in props).
  const between = raw
    .replace(/<VisuallyHidden>[\s\S]*?<\/VisuallyHidden>/g, '')
    .replace(/<[^<>]*>/g, '');
  return `${between}\n${raw}`.replace(/\s+/g, ' ');
}

describe('the words on the screen', () => {
  const shown = screenText();
  const pages = [
    join(repoRoot, 'README.md'),
    ...markdownFiles().filter((file) => file.includes(`${join('docs', 'guide')}`)),
  ];

  it.each(pages.map((file) => [relative(repoRoot, file), file]))(
    '%s puts in bold only words the client shows',
    (_name, file) => {
      const bold = [...prose(readFileSync(file, 'utf8')).matchAll(/\*\*([^*]+)\*\*/g)].map(
        (match) => (match[1] ?? '').replace(/\s+/g, ' '),
      );
      const notOnScreen = bold.filter((words) => words !== 'bold' && !shown.includes(words));
      expect(notOnScreen).toEqual([]);
    },
  );
});
