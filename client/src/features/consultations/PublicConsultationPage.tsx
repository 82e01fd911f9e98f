// /consultations/:consultationId: a draft out for public comment, for anyone, signed in or not.
// The words paragraph by paragraph (or the Easy Read version), the approved comments under
// their paragraph, a form under each while it is open, and, once closed, what came of it.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useParams } from 'react-router';
import { Button, useAnnouncer, usePageTitle } from '../../ui/index.ts';
import { AnswerForm } from './AnswerForm.tsx';
import { getPublicConsultation, listPublicQuestions } from './api.ts';
import { CommentForm } from './CommentForm.tsx';
import { ConsultationText } from './ConsultationText.tsx';
import { EasyReadPages } from './EasyReadPages.tsx';
import { QuestionResultsTable } from './QuestionResultsTable.tsx';
import { ReportLinks } from './ReportLinks.tsx';
import { ResultsTable } from './ResultsTable.tsx';
import { statusWords } from './words.ts';
import './consultations.css';

export const publicConsultationKey = (id: string) => ['public-consultations', id] as const;

export function PublicConsultationPage() {
  const { consultationId = '' } = useParams();
  const queryClient = useQueryClient();
  const { announce } = useAnnouncer();
  const [easyRead, setEasyRead] = useState(false);
  const [thanks, setThanks] = useState<string | null>(null);
  const { data: result } = useQuery({
    queryKey: publicConsultationKey(consultationId),
    queryFn: () => getPublicConsultation(consultationId),
  });
  const { data: asked } = useQuery({
    queryKey: [...publicConsultationKey(consultationId), 'questions'],
    queryFn: () => listPublicQuestions(consultationId),
  });
  const questions = asked?.ok ? asked.data : [];
  const consultation = result?.ok ? result.data : null;
  usePageTitle(consultation ? `Have your say: ${consultation.title}` : 'Have your say');
  if (!result) return <p className="rt-page rt-muted">Loading the consultation…</p>;
  if (!consultation) {
    return (
      <div className="rt-page">
        <h1 className="rt-page-title">We could not show this consultation</h1>
        <p>{result.ok ? '' : result.problem.message}</p>
      </div>
    );
  }
  const open = consultation.status === 'open';
  const sent = (message: string) => {
    setThanks(message);
    announce(message);
    void queryClient.invalidateQueries({ queryKey: publicConsultationKey(consultationId) });
  };
  return (
    <div className="rt-page rt-consultation">
      <p className="rt-consultation__who">
        {consultation.workspaceName} wants to know what you think
      </p>
      <h1 className="rt-page-title" tabIndex={-1}>
        {consultation.title}
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
      <section className="rt-card rt-consultation__about" aria-labelledby="about-heading">
        <h2 id="about-heading">About this consultation</h2>
        <p className="rt-consultation__introduction">{consultation.introduction}</p>
        {open ? (
          <p>
            Read the draft below. Under each paragraph there is a button to comment on it. You do
            not need an account, and you do not have to give your name.
          </p>
        ) : null}
      </section>
      {consultation.easyRead ? (
        <p>
          <Button aria-pressed={easyRead} onClick={() => setEasyRead(!easyRead)}>
            {easyRead ? 'Show the full version to comment on' : 'Read the Easy Read version'}
          </Button>
        </p>
      ) : null}
      {thanks ? (
        <p className="rt-consultation__thanks" role="status">
          {thanks}
        </p>
      ) : null}
      {!open ? (
        <ResultsTable blocks={consultation.blocks} comments={consultation.comments} />
      ) : null}
      {!open ? <QuestionResultsTable blocks={consultation.blocks} questions={questions} /> : null}
      {!open ? (
        <ReportLinks
          reportUrl={`/api/public/consultations/${consultation.id}/report`}
          formats={['html', 'pdf']}
        />
      ) : null}
      <section aria-labelledby="draft-heading">
        <h2 id="draft-heading" className="rt-visually-hidden">
          {easyRead ? 'The Easy Read version' : 'The draft'}
        </h2>
        {easyRead && consultation.easyRead ? (
          <EasyReadPages pages={consultation.easyRead} />
        ) : (
          <ConsultationText
            blocks={consultation.blocks}
            comments={consultation.comments}
            under={(paragraph) =>
              open
                ? questions
                    .filter((q) => q.paragraph === paragraph)
                    .map((question) => (
                      <AnswerForm
                        key={question.id}
                        consultationId={consultation.id}
                        question={question}
                        onAnswered={announce}
                      />
                    ))
                : null
            }
            commentForm={
              open
                ? (paragraph, number, close) => (
                    <CommentForm
                      consultationId={consultation.id}
                      paragraph={paragraph}
                      paragraphNumber={number}
                      moderated={consultation.moderated}
                      onCancel={close}
                      onSent={(message) => {
                        close();
                        sent(message);
                      }}
                    />
                  )
                : null
            }
          />
        )}
      </section>
    </div>
  );
}
