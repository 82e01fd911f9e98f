// The built server's export worker entry, made from the sources' one
// (server/src/export/render-worker.mjs), so the two always offer the same tasks: the lines that
// register tsx are left out, and the bundler follows its imports of the sources.

const TSX_BLOCK = /^\/\/ tsx: start[^\n]*\n[\s\S]*?^\/\/ tsx: end\n/m;

/** The built entry's text, from the source entry's. */
export function bundledWorkerEntry(source) {
  if (!TSX_BLOCK.test(source)) throw new Error('render-worker.mjs: no "// tsx: start/end" block');
  return source.replace(TSX_BLOCK, '');
}
