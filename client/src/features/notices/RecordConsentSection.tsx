// On My profile: change whether your name may appear in the record of who took part, saved at
// once and said so in a status message.
import { useId, useState, type FormEvent } from 'react';
import type { Profile } from '@roundtable/shared/protocol/people';
import { Button, useSubmit } from '../../ui/index.ts';
import { useMe } from '../access/index.ts';
import { saveNameInRecord } from './api.ts';
import { ConsentChoice } from './ConsentChoice.tsx';

export function RecordConsentSection({ profile }: { profile: Profile }) {
  const headingId = useId();
  const { refresh } = useMe();
  const [value, setValue] = useState(profile.nameInRecord);
  const [status, setStatus] = useState('');
  const { busy, run } = useSubmit();
  const save = (event: FormEvent) => {
    event.preventDefault();
    void run(async () => {
      const result = await saveNameInRecord(value);
      if (!result.ok) {
        setStatus(result.problem.message);
        return;
      }
      setStatus(
        result.data.nameInRecord
          ? 'Saved. Your name can be in the record of who took part.'
          : 'Saved. Your name will not be in the record of who took part.',
      );
      void refresh();
    });
  };
  return (
    <section className="rt-card" aria-labelledby={headingId}>
      <h2 id={headingId}>Your name in exported drafts</h2>
      <form onSubmit={save} noValidate>
        <ConsentChoice value={value} onChange={setValue} />
        <Button type="submit" disabled={busy}>
          Save this choice
        </Button>
        <p role="status" className="rt-saved-message">
          {status}
        </p>
      </form>
    </section>
  );
}
