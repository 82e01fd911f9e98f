// /consultations/:consultationId/manage: a consultation as the workspace sees it. Facilitators
// have the queue of comments waiting to be read, close it early, and once it has closed mark
// what each comment led to; every member reads the approved comments and the results.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import type { ConsultationDetails, MemberComment } from '@roundtable/shared/protocol/consultations';
import { queryKeys } from '../../app/query-keys.ts';
import { Button, useAnnouncer, usePageTitle, useSubmit } from '../../ui/index.ts';
import { SignedOutNotice, useMe } from '../access/index.ts';
import { closeConsultation, eraseAnswerReason, getConsultation, listQuestions } from './api.ts';
import { AskQuestionForm } from './AskQuestionForm.tsx';
import { CommentCard } from './CommentCard.tsx';
import { QuestionResultsTable } from './QuestionResultsTable.tsx';
import { ReportLinks } from './ReportLinks.tsx';
import { ResultsTable } from './ResultsTable.tsx';
import { useLiveConsultation } from './useLiveConsultation.ts';
import { paragraphNumbers, statusWords } from './words.ts';
import './consultations.css';

function CommentSection(props: {
  title: string;
  empty: string;
  comments: MemberComment[];
  details: ConsultationDetails;
  onChanged: (message: string) => void;
}) {
  const { details } = props;
  const numbers = paragraphNumbers(details.blocks);
  const id = `section-${props.title.replace(/\W+/g, '-').toLowerCase()}`;
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>
        {props.title} ({props.comments.length})
      </h2>
      {props.comments.length === 0 ? <p className="rt-empty">{props.empty}</p> : null}
      <ul className="rt-consultation__managed">
        {props.comments.map((comment) => (
          <CommentCard
            key={`${comment.id}-${comment.state}-${comment.outcome ?? ''}`}
            consultationId={details.consultation.id}
            comment={comment}
            paragraphNumber={numbers.get(comment.paragraph) ?? 0}
            runs={details.mayRun}
            closed={details.consultation.status === 'closed'}
            onChanged={props.onChanged}
          />
        ))}
      </ul>
    </section>
  );
}

export function ManageConsultationPage() {
  const { consultationId = '' } = useParams();
  const { state: me } = useMe();
  const queryClient = useQueryClient();
  const { announce } = useAnnouncer();
  const close = useSubmit();
  const key = queryKeys.consultation(consultationId);
  const { data: result } = useQuery({
    queryKey: key,
    queryFn: () => getConsultation(consultationId),
  });
  const { data: asked } = useQuery({
    queryKey: [...key, 'questions'],
    queryFn: () => listQuestions(consultationId),
  });
  useLiveConsultation(consultationId);
  const details = result?.ok ? result.data : null;
  usePageTitle(details ? `Consultation: ${details.consultation.title}` : 'Consultation');
  if (me.status === 'signed-out') return <SignedOutNotice />;
  if (!result) return <p className="rt-page rt-muted">Loading the consultation…</p>;
  if (!details) {
    return (
      <p className="rt-page rt-form-error" role="alert">
        {result.ok ? '' : result.problem.message}
      </p>
    );
  }
  const { consultation } = details;
  const changed = (message: string) => {
    announce(message);
    void queryClient.invalidateQueries({ queryKey: key });
  };
  const of = (state: MemberComment['state']) => details.comments.filter((c) => c.state === state);
  const open = consultation.status === 'open';
  const publicPath = `/consultations/${consultation.id}`;
  return (
    <div className="rt-page rt-consultation">
      <p>
        <Link to={`/workspaces/${consultation.workspaceId}/consultations`} className="rt-up-link">
          All consultations
        </Link>
      </p>
      <h1 className="rt-page-title" tabIndex={-1}>
        Consultation: {consultation.title}
      </h1>
      <p
        className={
          open
            ? 'rt-consultation__status'
            : 'rt-consultation__status rt-consultation__status--closed'
        }
      >
        {statusWords(consultation)}
      </p>
      <p>
        The public page, to share:{' '}
        <Link to={publicPath}>{`${window.location.origin}${publicPath}`}</Link>
      </p>
      {details.mayRun && open ? (
        <p>
          <Button
            disabled={close.busy}
            onClick={() =>
              void close.run(async () => {
                const closed = await closeConsultation(consultation.id);
                if (closed.ok) changed('The consultation is closed. It takes no more comments.');
                else close.setError(closed.problem.message);
              })
            }
          >
            Close the consultation now
          </Button>
        </p>
      ) : null}
      {close.error ? (
        <p className="rt-form-error" role="alert">
          {close.error}
        </p>
      ) : null}
      {!open ? <ResultsTable blocks={details.blocks} comments={of('approved')} /> : null}
      {!open ? (
        <ReportLinks
          reportUrl={`/api/consultations/${consultation.id}/report`}
          formats={['html', 'pdf', 'docx']}
        />
      ) : null}
      <QuestionResultsTable
        blocks={details.blocks}
        questions={asked?.ok ? asked.data : []}
        removing={
          details.mayRun
            ? {
                remove: async (questionId, answerId) => {
                  const removed = await eraseAnswerReason(consultation.id, questionId, answerId);
                  changed(
                    removed.ok
                      ? 'The reason is removed. The answer still counts.'
                      : removed.problem.message,
                  );
                },
              }
            : undefined
        }
      />
      {details.mayRun && open ? (
        <AskQuestionForm
          consultationId={consultation.id}
          blocks={details.blocks}
          onAsked={changed}
        />
      ) : null}
      {details.mayRun ? (
        <CommentSection
          title="Waiting to be read"
          empty={
            details.moderated
              ? 'No comments are waiting.'
              : 'Comments show on the public page at once: this workspace does not read them first.'
          }
          comments={of('pending')}
          details={details}
          onChanged={changed}
        />
      ) : (
        <p>Facilitators read each comment before it shows on the public page.</p>
      )}
      <CommentSection
        title={open ? 'Published comments' : 'Comments and what they led to'}
        empty="No comments are published yet."
        comments={of('approved')}
        details={details}
        onChanged={changed}
      />
      {details.mayRun ? (
        <CommentSection
          title="Rejected comments"
          empty="No comments were rejected."
          comments={of('rejected')}
          details={details}
          onChanged={changed}
        />
      ) : null}
    </div>
  );
}
