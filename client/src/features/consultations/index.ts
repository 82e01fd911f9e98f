// Public consultations on a draft (issue 14): the public page with comments by paragraph, the
// workspace's list with publishing, and the page where facilitators moderate and mark outcomes.
export { ConsultationsPage } from './ConsultationsPage.tsx';
export { ManageConsultationPage } from './ManageConsultationPage.tsx';
export { PublicConsultationPage } from './PublicConsultationPage.tsx';
