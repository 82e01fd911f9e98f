// On the join page: what Roundtable keeps about you and why, in plain words, with an Easy Read
// version (a picture beside each short sentence) one button press away.
import { useId, useState } from 'react';
import { Button } from '../../ui/index.ts';
import { openMojiUrl } from '../pictures/picture-sources.ts';
import { KEPT_EASY_READ, KEPT_PLAIN } from './words.ts';
import './notices.css';

export function WhatWeKeep() {
  const headingId = useId();
  const [easyRead, setEasyRead] = useState(false);
  return (
    <section className="rt-card rt-what-we-keep" aria-labelledby={headingId}>
      <h2 id={headingId}>What we keep about you</h2>
      <Button aria-pressed={easyRead} onClick={() => setEasyRead(!easyRead)}>
        Easy Read
      </Button>
      {easyRead ? (
        <ul className="rt-easy-read-lines">
          {KEPT_EASY_READ.map((line) => (
            <li key={line.words}>
              <img src={openMojiUrl(line.picture)} alt="" width={72} height={72} />
              <span>{line.words}</span>
            </li>
          ))}
        </ul>
      ) : (
        <>
          <p>We keep what you need to take part:</p>
          <ul>
            {KEPT_PLAIN.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </>
      )}
      <p>
        You can get a copy of all of it from <strong>My profile</strong>. Read more in the{' '}
        <a href="/privacy">privacy notice</a>.
      </p>
    </section>
  );
}
