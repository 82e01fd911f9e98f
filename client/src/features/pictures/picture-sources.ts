// Where the browser finds a picture: the OpenMoji set is static files of the client (made at
// build time, see client/openmoji-assets.ts), loaded when the picker first opens; an uploaded
// picture is read through the document it is shown in, so the server checks the workspace.
import type { PictureRef } from '@roundtable/shared/editor/picture';
import { pathOf } from '../../app/http.ts';
import { getPicture } from '@roundtable/shared/protocol/routes';
import type { PictureEntry } from './picture-search.ts';

const OPENMOJI = '/openmoji';

export const openMojiUrl = (hexcode: string): string =>
  `${OPENMOJI}/${encodeURIComponent(hexcode)}.svg`;

/** The address of a picture shown in a document; null for one this client cannot show. */
export function pictureUrl(ref: PictureRef, documentId: string): string | null {
  if (ref.source === 'openmoji') return openMojiUrl(ref.id.toUpperCase());
  if (ref.source === 'upload') {
    return pathOf(getPicture, { params: { id: documentId, pictureId: ref.id } });
  }
  return null;
}

let index: Promise<PictureEntry[]> | null = null;

/** The OpenMoji search index, fetched once (it is about 170 KB, 50 KB compressed). */
export function loadOpenMojiIndex(): Promise<PictureEntry[]> {
  index ??= fetch(`${OPENMOJI}/index.json`)
    .then((response) => {
      if (!response.ok) throw new Error(`The picture list did not load (${response.status})`);
      return response.json() as Promise<{ pictures: [string, string, string][] }>;
    })
    .then(({ pictures }) =>
      pictures.map(([hexcode, annotation, tags]) => ({
        hexcode,
        annotation,
        tags: tags ? tags.split(',') : [],
      })),
    )
    .catch((error: unknown) => {
      index = null; // try again next time
      throw error;
    });
  return index;
}

/** Alt text to start from: the picture's name with a capital letter ("House with garden"). */
export const altFromName = (name: string): string => name.charAt(0).toUpperCase() + name.slice(1);
