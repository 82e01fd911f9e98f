// /workspaces/:workspaceId/public-page: a facilitator writes the public page (who the group is,
// what it does, how to join, and an optional Easy Read version), chooses its address, and turns
// it on or off. It is off until they turn it on.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router';
import type { SavePublicPageBody } from '@roundtable/shared/protocol/recruiting';
import { queryKeys } from '../../app/query-keys.ts';
import {
  BackIcon,
  Button,
  Checkbox,
  TextArea,
  TextField,
  useAnnouncer,
  usePageTitle,
  useSubmit,
} from '../../ui/index.ts';
import { readPublicPageSettings, savePublicPage } from './api.ts';
import { EasyReadEditor } from './EasyReadEditor.tsx';
import './recruiting.css';

export function PublicPageSettings() {
  const { workspaceId = '' } = useParams();
  usePageTitle('Public page');
  const queryClient = useQueryClient();
  const { announce } = useAnnouncer();
  const { data: result } = useQuery({
    queryKey: queryKeys.publicPageSettings(workspaceId),
    queryFn: () => readPublicPageSettings(workspaceId),
  });
  const [draft, setDraft] = useState<SavePublicPageBody | null>(null);
  const submit = useSubmit<{ message: string; field?: string }>();
  useEffect(() => {
    if (result?.ok && draft === null) {
      const { published, slug, text } = result.data;
      setDraft({ published, slug, text });
    }
  }, [result, draft]);
  const errorFor = (name: string) =>
    submit.error?.field?.startsWith(name) ? submit.error.message.replace(/^[\w.]+: /, '') : null;

  const save = async () => {
    if (!draft) return;
    const saved = await savePublicPage(workspaceId, draft);
    if (!saved.ok) {
      submit.setError({ message: saved.problem.message, field: saved.problem.field });
      return;
    }
    submit.setError(null);
    queryClient.setQueryData(queryKeys.publicPageSettings(workspaceId), saved);
    announce(
      saved.data.published ? 'Saved. The public page is on.' : 'Saved. The public page is off.',
    );
  };

  const text = draft?.text;
  const setText = (change: Partial<SavePublicPageBody['text']>) =>
    draft && setDraft({ ...draft, text: { ...draft.text, ...change } });
  const saved = result?.ok ? result.data : null;

  return (
    <div className="rt-page rt-narrow">
      <p>
        <Link
          to={`/workspaces/${encodeURIComponent(workspaceId)}/join-requests`}
          className="rt-up-link"
        >
          <BackIcon /> Back to join requests
        </Link>
      </p>
      <h1 className="rt-page-title" tabIndex={-1}>
        Public page
      </h1>
      {result && !result.ok ? (
        <p className="rt-card rt-problem" role="alert">
          {result.problem.message}
        </p>
      ) : null}
      {saved?.published ? (
        <p className="rt-card">
          The page is on. Anyone can read it at{' '}
          <Link to={`/p/${saved.slug}`}>
            {window.location.origin}/p/{saved.slug}
          </Link>
          .
        </p>
      ) : saved ? (
        <p className="rt-card">The page is off. Nobody outside the group can see it.</p>
      ) : null}
      {draft && text ? (
        <form className="rt-public-settings" onSubmit={submit.onSubmit(save)} noValidate>
          <Checkbox
            label="Show the public page"
            hint="Anyone with the address can read it and ask to join, without an account."
            checked={draft.published}
            onChange={(published) => setDraft({ ...draft, published })}
          />
          <TextField
            label="Address of the page"
            hint="Small letters, numbers and dashes, like “city-forum”. It goes after /p/."
            value={draft.slug}
            error={errorFor('slug')}
            onChange={(event) => setDraft({ ...draft, slug: event.target.value })}
          />
          <TextArea
            label="Who we are"
            hint="In plain words: who is in the group. Leave an empty line between paragraphs."
            value={text.whoWeAre}
            error={errorFor('text.whoWeAre')}
            onChange={(event) => setText({ whoWeAre: event.target.value })}
          />
          <TextArea
            label="What we do"
            value={text.whatWeDo}
            error={errorFor('text.whatWeDo')}
            onChange={(event) => setText({ whatWeDo: event.target.value })}
          />
          <TextArea
            label="How to join"
            hint="Say that no qualifications are needed, and what happens after someone asks."
            value={text.howToJoin}
            error={errorFor('text.howToJoin')}
            onChange={(event) => setText({ howToJoin: event.target.value })}
          />
          <fieldset className="rt-fieldset">
            <legend className="rt-field__label">Easy Read version (if you want one)</legend>
            <p className="rt-field__hint">Short sentences, one idea each, each with a picture.</p>
            <EasyReadEditor lines={text.easyRead} onChange={(easyRead) => setText({ easyRead })} />
          </fieldset>
          {submit.error ? (
            <p className="rt-form-error" role="alert">
              {submit.error.message}
            </p>
          ) : null}
          <Button type="submit" variant="primary" disabled={submit.busy}>
            Save the public page
          </Button>
        </form>
      ) : null}
    </div>
  );
}
