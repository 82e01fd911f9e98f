// The compiled server's export worker entry, made from the sources' one
// (server/src/export/render-worker.mjs), so the two always offer the same tasks: the lines that
// register tsx are left out, and the modules it imports are the compiled .js files.

const TSX_BLOCK = /^\/\/ tsx: start[^\n]*\n[\s\S]*?^\/\/ tsx: end\n/m;

/** The compiled entry's text, from the source entry's. */
export function compiledWorkerEntry(source) {
  if (!TSX_BLOCK.test(source)) throw new Error('render-worker.mjs: no "// tsx: start/end" block');
  return source.replace(TSX_BLOCK, '').replace(/(import\('\.[^']*)\.ts'\)/g, "$1.js')");
}
