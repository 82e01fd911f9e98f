// What the export endpoint and the Export dialog agree on beyond the query: the Easy Read text
// sizes, the page count the server reports with an Easy Read file, and the number of pages past
// which the dialog warns.

/** Easy Read text sizes in points: 16 by default, 21 for people who need it larger. */
export const EASY_READ_TEXT_SIZES = [16, 21] as const;
export type EasyReadTextSize = (typeof EASY_READ_TEXT_SIZES)[number];

/** Easy Read documents should keep to about this many pages. */
export const EASY_READ_PAGE_LIMIT = 20;

/**
 * Response headers of an Easy Read export: its number of A4 pages, and how that was counted:
 * "pdf" (the PDF file's own pages) or "estimate" (the same layout as the PDF, for a Word file
 * or web page whose pages depend on the program that prints it).
 */
export const PAGE_COUNT_HEADER = 'Roundtable-Page-Count';
export const PAGE_COUNT_BASIS_HEADER = 'Roundtable-Page-Count-Basis';
export type PageCountBasis = 'pdf' | 'estimate';
