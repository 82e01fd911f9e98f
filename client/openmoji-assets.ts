// The bundled picture set, OpenMoji (https://openmoji.org, CC BY-SA 4.0), served as static
// files of the client: a compact search index (openmoji/index.json: hexcode, annotation and
// tags in English) and the colour SVG of each picture in it (openmoji/<hexcode>.svg). Both are
// made from the `openmoji` package at build time, so no generated file is committed, and the
// picker loads the index only when it opens. Skin-tone variants, the components they are made
// of, and brand logos are left out: the picker offers one of each picture.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Plugin } from 'vite';

export const OPENMOJI_FOLDER = 'openmoji';

interface OpenMojiData {
  hexcode: string;
  annotation: string;
  tags: string;
  openmoji_tags: string;
  group: string;
  subgroups: string;
  skintone: string;
}

/** One picture in the index: [hexcode, annotation, tags joined by commas]. */
export type OpenMojiIndexEntry = [string, string, string];

const HEXCODE = /^[0-9A-F]{2,6}(?:-[0-9A-F]{2,6}){0,11}$/;

function packageFolder(): string {
  const require = createRequire(import.meta.url);
  return dirname(require.resolve('openmoji/package.json'));
}

const tagsOf = (entry: OpenMojiData): string =>
  [...new Set(`${entry.tags},${entry.openmoji_tags}`.split(',').map((tag) => tag.trim()))]
    .filter(Boolean)
    .join(',');

export function openMojiIndex(folder = packageFolder()): {
  version: string;
  pictures: OpenMojiIndexEntry[];
} {
  const { version } = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8')) as {
    version: string;
  };
  const data = JSON.parse(
    readFileSync(join(folder, 'data', 'openmoji.json'), 'utf8'),
  ) as OpenMojiData[];
  const pictures = data
    .filter((entry) => !entry.skintone && entry.group !== 'component')
    .filter((entry) => entry.subgroups !== 'brand' && HEXCODE.test(entry.hexcode))
    .map((entry): OpenMojiIndexEntry => [
      entry.hexcode,
      entry.annotation.replace(/-/g, ' '),
      tagsOf(entry),
    ]);
  return { version, pictures };
}

export function openMojiAssets(): Plugin {
  let index: ReturnType<typeof openMojiIndex> | null = null;
  const indexOnce = () => (index ??= openMojiIndex());
  const svgOf = (hexcode: string) =>
    readFileSync(join(packageFolder(), 'color', 'svg', `${hexcode}.svg`));
  return {
    name: 'roundtable-openmoji',
    configureServer(server) {
      server.middlewares.use(`/${OPENMOJI_FOLDER}/`, (request, response, next) => {
        const name = (request.url ?? '').replace(/^\//, '').split('?')[0] ?? '';
        const known = new Set(indexOnce().pictures.map(([hexcode]) => hexcode));
        if (name === 'index.json') {
          response.setHeader('Content-Type', 'application/json');
          response.end(JSON.stringify(indexOnce()));
        } else if (name.endsWith('.svg') && known.has(name.slice(0, -4))) {
          response.setHeader('Content-Type', 'image/svg+xml');
          response.end(svgOf(name.slice(0, -4)));
        } else next();
      });
    },
    generateBundle() {
      const { pictures } = indexOnce();
      this.emitFile({
        type: 'asset',
        fileName: `${OPENMOJI_FOLDER}/index.json`,
        source: JSON.stringify(indexOnce()),
      });
      for (const [hexcode] of pictures) {
        this.emitFile({
          type: 'asset',
          fileName: `${OPENMOJI_FOLDER}/${hexcode}.svg`,
          source: svgOf(hexcode),
        });
      }
    },
  };
}
