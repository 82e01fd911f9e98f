/** The built server's export worker entry, from the sources' one. */
export function bundledWorkerEntry(source: string): string;
