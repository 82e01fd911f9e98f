// Copies of a person's data: "Download my data" on My profile, and "Download their data" for a
// workspace's facilitators.
export { DownloadData, PREPARING_TEXT } from './DownloadData.tsx';
export { MyDataSection } from './MyDataSection.tsx';
export { memberDataPath } from './api.ts';
