// Pictures from the OpenMoji set (CC BY-SA 4.0), read from the `openmoji` npm package: one SVG
// per emoji in color/svg, named by its hexcode ("1F3E0", "1F468-200D-1F469-200D-1F467"). The
// hexcode comes from a document, so it is checked against a strict pattern before it goes near
// a file path: only upper-case hex groups joined by dashes, never a dot or a slash.
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { requireFromServer } from '../paths.ts';
import type { LoadedPicture } from './types.ts';

const HEXCODE = /^[0-9A-F]{2,6}(?:-[0-9A-F]{2,6}){0,11}$/;
/** An OpenMoji SVG is a few kilobytes; anything far larger is not one. */
const MAX_SVG_BYTES = 512 * 1024;

/** Where the package keeps its colour SVGs. */
function svgFolder(): string {
  return join(dirname(requireFromServer.resolve('openmoji/package.json')), 'color', 'svg');
}

/** The hexcode in the form the package names files, or null when it is not a hexcode. */
export function openMojiHexcode(id: string): string | null {
  const hexcode = id.toUpperCase();
  return HEXCODE.test(hexcode) ? hexcode : null;
}

export async function loadOpenMoji(id: string): Promise<LoadedPicture | null> {
  const hexcode = openMojiHexcode(id);
  if (!hexcode) return null;
  try {
    const bytes = await readFile(join(svgFolder(), `${hexcode}.svg`));
    if (bytes.byteLength > MAX_SVG_BYTES) return null;
    return { bytes: new Uint8Array(bytes), mediaType: 'image/svg+xml' };
  } catch {
    return null;
  }
}

let knownHexcodes: Promise<ReadonlySet<string>> | undefined;

/** Whether this is the hexcode of a picture in the OpenMoji set (the set the picker offers). */
export async function isKnownOpenMoji(id: string): Promise<boolean> {
  const hexcode = openMojiHexcode(id);
  if (!hexcode) return false;
  knownHexcodes ??= readFile(
    join(dirname(requireFromServer.resolve('openmoji/package.json')), 'data', 'openmoji.json'),
    'utf8',
  ).then((text) => new Set((JSON.parse(text) as { hexcode: string }[]).map((e) => e.hexcode)));
  return (await knownHexcodes).has(hexcode);
}
