/** The compiled server's export worker entry, from the sources' one. */
export function compiledWorkerEntry(source: string): string;
