// Answering a poll: the one form for choosing an answer (with a reason where it asks), shared by
// the meeting's polls and by agreeing a version between meetings.
export { ResponseForm, type ResponseFormProps } from './ResponseForm.tsx';
