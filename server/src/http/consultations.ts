// REST for public consultations: publishing and closing, the public page and its comments (the
// comments limited per address before they reach here), and the workspace's own view with
// moderation, outcomes and erasure.
import { Router, type Response } from 'express';
import * as routes from '@roundtable/shared/protocol/routes';
import type { ConsultationCommentService } from '../services/consultation-comments.ts';
import type { ConsultationQuestionService } from '../services/consultation-questions.ts';
import type { ConsultationReportService, ReportFile } from '../services/consultation-report.ts';
import { attachmentHeader } from './download.ts';
import type { ConsultationService } from '../services/consultations.ts';
import type { PublicAnswerCache } from './public-answer-cache.ts';
import type { RouteRegistry } from './route.ts';

export function consultationRoutes(
  registry: RouteRegistry,
  consultations: ConsultationService,
  comments: ConsultationCommentService,
  questions: ConsultationQuestionService,
  reports: ConsultationReportService,
  publicAnswers: PublicAnswerCache,
): Router {
  const router = Router();
  registry.add(router, routes.publishConsultation, async ({ auth, params, body }) => ({
    status: 201,
    body: await consultations.publish(auth, params.id, body),
  }));
  registry.add(router, routes.listConsultations, async ({ auth, params }) => ({
    status: 200,
    body: await consultations.list(auth, params.id),
  }));
  registry.add(router, routes.listOpenConsultations, async ({ auth, params }) => {
    const listed = () => consultations.listOpenFor(auth, params.id);
    // Its members see the list even while the page is off: only the public's is shared.
    if (auth.actor.kind !== 'anonymous') return { status: 200, body: await listed() };
    return publicAnswers.answer(`open consultations ${params.id}`, listed);
  });
  registry.add(router, routes.getPublicConsultation, ({ params }) =>
    publicAnswers.answer(`consultation ${params.id}`, () => consultations.publicView(params.id)),
  );
  registry.add(router, routes.commentOnConsultation, async ({ params, body }) => ({
    status: 201,
    body: await comments.comment(params.id, body),
  }));
  registry.add(router, routes.getConsultation, async ({ auth, params }) => ({
    status: 200,
    body: await consultations.details(auth, params.id),
  }));
  registry.add(router, routes.closeConsultation, async ({ auth, params }) => ({
    status: 200,
    body: await consultations.close(auth, params.id),
  }));
  registry.add(router, routes.moderateConsultationComment, async ({ auth, params, body }) => ({
    status: 200,
    body: await comments.moderate(auth, params.id, params.commentId, body),
  }));
  registry.add(router, routes.markConsultationCommentOutcome, async ({ auth, params, body }) => ({
    status: 200,
    body: await comments.markOutcome(auth, params.id, params.commentId, body),
  }));
  registry.add(router, routes.eraseConsultationComment, async ({ auth, params, body }) => ({
    status: 200,
    body: await comments.erase(auth, params.id, params.commentId, body.removeWords),
  }));
  registry.add(router, routes.askConsultationQuestion, async ({ auth, params, body }) => ({
    status: 201,
    body: await questions.ask(auth, params.id, body),
  }));
  registry.add(router, routes.listConsultationQuestions, async ({ auth, params }) => ({
    status: 200,
    body: await questions.memberResults(auth, params.id),
  }));
  registry.add(router, routes.listPublicConsultationQuestions, ({ params }) =>
    publicAnswers.answer(`consultation questions ${params.id}`, () =>
      questions.publicResults(params.id),
    ),
  );
  registry.add(router, routes.answerConsultationQuestion, async ({ params, body }) => {
    await questions.answer(params.id, params.questionId, body);
    return { status: 204 };
  });
  registry.add(router, routes.eraseConsultationAnswerReason, async ({ auth, params }) => {
    await questions.eraseReason(auth, params.id, params.questionId, params.answerId);
    return { status: 204 };
  });
  const sendReport = (response: Response, { fileName, contentType, body }: ReportFile) => {
    response
      .type(contentType)
      .setHeader('Content-Disposition', attachmentHeader(fileName))
      .send(body);
    return { status: 200, sent: true };
  };
  registry.add(router, routes.consultationReport, async ({ auth, params, query, response }) =>
    sendReport(
      response,
      await reports.report(auth, params.id, query.format, query.easyRead === '1'),
    ),
  );
  registry.add(router, routes.publicConsultationReport, async ({ params, query, response }) =>
    sendReport(
      response,
      await reports.publicReport(params.id, query.format, query.easyRead === '1'),
    ),
  );
  return router;
}
