// Shows one version read-only, or compares two (a version, or the draft as it is now). The
// content is fetched as Yjs updates and read with the editor's own schema.
import { useQuery } from '@tanstack/react-query';
import { useEffect, useId, useMemo, useRef } from 'react';
import type { JSONContent } from '@tiptap/core';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import type { VersionSummary } from '@roundtable/shared/protocol/documents';
import { Button, CrossIcon, SelectField } from '../../ui/index.ts';
import { PlainEnglishSummary, type PlainEnglishInput } from '../plain-english/index.ts';
import { queryKeys } from '../../app/query-keys.ts';
import { fetchContent, type ContentSource } from './api.ts';
import { ComparisonView } from './Comparison.tsx';
import { blocksOf, documentFromUpdate } from './content.ts';
import { compareBlocks, type Comparison } from './diff.ts';
import { ReadOnlyDraft } from './ReadOnlyDraft.tsx';

export type Shown =
  | { kind: 'view'; versionId: string }
  /** `to` (and `from`) is a version id, or 'draft' for the draft as it is now. */
  | { kind: 'compare'; from: string; to: string };

const DRAFT = 'draft';

type Loaded<T> =
  { kind: 'loading' } | { kind: 'ready'; value: T } | { kind: 'problem'; message: string };

function sourceOf(documentId: string, id: string): ContentSource {
  return id === DRAFT ? { kind: 'draft', documentId } : { kind: 'version', versionId: id };
}

/** A version's content, or the draft's; not kept once no one shows it, so the draft is never stale. */
function useContent(documentId: string, id: string) {
  return useQuery({
    queryKey: queryKeys.content(documentId, id),
    queryFn: () => fetchContent(sourceOf(documentId, id)),
    gcTime: 0,
  });
}

export interface VersionViewerProps {
  documentId: string;
  shown: Shown;
  versions: VersionSummary[];
  onShow: (shown: Shown) => void;
  onClose: () => void;
  /** Changes when a button elsewhere asked to show something: the heading then takes focus. */
  focusRequest: number;
  /** For the plain-English summary: Easy Read or not, the workspace's hard words. */
  plainEnglish?: PlainEnglishInput;
}

export function VersionViewer({
  documentId,
  shown,
  versions,
  onShow,
  onClose,
  focusRequest,
  plainEnglish,
}: VersionViewerProps) {
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const key =
    shown.kind === 'view' ? `view:${shown.versionId}` : `compare:${shown.from}:${shown.to}`;
  const nameOf = (id: string) =>
    id === DRAFT ? 'the draft now' : `“${versions.find((v) => v.id === id)?.name ?? 'a version'}”`;

  useEffect(() => {
    heading.current?.focus();
  }, [focusRequest]);

  return (
    <section className="rt-card rt-version-viewer" aria-labelledby={headingId}>
      <div className="rt-version-viewer__top">
        <h2 id={headingId} ref={heading} tabIndex={-1}>
          {shown.kind === 'view'
            ? `Looking at ${nameOf(shown.versionId)}`
            : `What changed: ${nameOf(shown.from)} compared with ${nameOf(shown.to)}`}
        </h2>
        <Button icon={<CrossIcon />} onClick={onClose}>
          Close
        </Button>
      </div>
      {shown.kind === 'view' ? (
        <ViewVersion
          key={key}
          documentId={documentId}
          versionId={shown.versionId}
          name={nameOf(shown.versionId)}
          plainEnglish={plainEnglish}
        />
      ) : (
        <>
          <CompareChooser shown={shown} versions={versions} onShow={onShow} />
          <CompareVersions key={key} documentId={documentId} from={shown.from} to={shown.to} />
        </>
      )}
    </section>
  );
}

function ViewVersion({
  documentId,
  versionId,
  name,
  plainEnglish,
}: {
  documentId: string;
  versionId: string;
  name: string;
  plainEnglish: PlainEnglishInput | undefined;
}) {
  const { data: result } = useContent(documentId, versionId);
  const state = useMemo((): Loaded<{ content: JSONContent; doc: ProseMirrorNode }> => {
    if (!result) return { kind: 'loading' };
    if (!result.ok) return { kind: 'problem', message: result.message };
    const doc = documentFromUpdate(result.update);
    return { kind: 'ready', value: { content: doc.toJSON() as JSONContent, doc } };
  }, [result]);
  if (state.kind === 'loading') return <p className="rt-muted">Opening the version…</p>;
  if (state.kind === 'problem')
    return (
      <p className="rt-form-error" role="alert">
        {state.message}
      </p>
    );
  return (
    <>
      <p className="rt-muted">You can read this version here, but not change it.</p>
      <PlainEnglishSummary doc={state.value.doc} {...plainEnglish} />
      <ReadOnlyDraft
        content={state.value.content}
        label={`The words of ${name}`}
        documentId={documentId}
      />
    </>
  );
}

function CompareVersions({
  documentId,
  from,
  to,
}: {
  documentId: string;
  from: string;
  to: string;
}) {
  const { data: before } = useContent(documentId, from);
  const { data: after } = useContent(documentId, to);
  const state = useMemo((): Loaded<Comparison> => {
    if (!before || !after) return { kind: 'loading' };
    if (!before.ok) return { kind: 'problem', message: before.message };
    if (!after.ok) return { kind: 'problem', message: after.message };
    return {
      kind: 'ready',
      value: compareBlocks(
        blocksOf(documentFromUpdate(before.update)),
        blocksOf(documentFromUpdate(after.update)),
      ),
    };
  }, [before, after]);
  if (state.kind === 'loading') return <p className="rt-muted">Comparing…</p>;
  if (state.kind === 'problem')
    return (
      <p className="rt-form-error" role="alert">
        {state.message}
      </p>
    );
  return <ComparisonView comparison={state.value} />;
}

function CompareChooser({
  shown,
  versions,
  onShow,
}: {
  shown: Extract<Shown, { kind: 'compare' }>;
  versions: VersionSummary[];
  onShow: (shown: Shown) => void;
}) {
  const choices = [
    { value: DRAFT, label: 'The draft now' },
    ...versions.map((v) => ({ value: v.id, label: v.agreement ? `${v.name} (agreed)` : v.name })),
  ];
  return (
    <div className="rt-compare-chooser">
      <SelectField
        label="Compare"
        value={shown.from}
        onChange={(from) => onShow({ ...shown, from })}
        options={choices}
      />
      <SelectField
        label="with"
        value={shown.to}
        onChange={(to) => onShow({ ...shown, to })}
        options={choices}
      />
    </div>
  );
}
