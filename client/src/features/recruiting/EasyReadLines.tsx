// An Easy Read version: short sentences, each with its picture from the bundled OpenMoji set on
// the left and its words on the right.
import type { EasyReadLine } from '@roundtable/shared/protocol/recruiting';
import { openMojiUrl } from '../pictures/picture-sources.ts';

export function EasyReadLines({ lines }: { lines: readonly EasyReadLine[] }) {
  return (
    <ul className="rt-easy-lines">
      {lines.map((line, index) => (
        <li key={index} className="rt-easy-lines__line">
          {line.picture ? (
            <img
              className="rt-easy-lines__picture"
              src={openMojiUrl(line.picture)}
              alt={line.pictureAlt}
              width={96}
              height={96}
            />
          ) : (
            <span className="rt-easy-lines__picture" aria-hidden="true" />
          )}
          <p>{line.text}</p>
        </li>
      ))}
    </ul>
  );
}
