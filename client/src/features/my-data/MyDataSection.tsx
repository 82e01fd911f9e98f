// "Your data" on My profile: download everything Roundtable keeps about you, in one step.
import { DownloadData } from './DownloadData.tsx';
import { myDataPath } from './api.ts';

export function MyDataSection() {
  return (
    <section className="rt-card" aria-labelledby="my-data-heading">
      <h2 id="my-data-heading">Your data</h2>
      <p>
        Get a copy of everything Roundtable keeps about you: your profile, your workspaces, your
        comments, suggestions and votes, your replies to meetings and what you need to take part.
      </p>
      <p>
        You get one file (a zip). Open it, then open <strong>your-data.html</strong> to read it in
        your web browser.
      </p>
      <DownloadData path={myDataPath()}>Download my data</DownloadData>
    </section>
  );
}
