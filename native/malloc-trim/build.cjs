// Builds the addon with the node-gyp that npm runs install scripts with. A machine without a
// compiler still installs: the server then runs without giving freed memory back (index.cjs).
'use strict';
const { spawnSync } = require('node:child_process');

const gyp = process.env.npm_config_node_gyp;
const [command, args] = gyp ? [process.execPath, [gyp, 'rebuild']] : ['node-gyp', ['rebuild']];
const built = spawnSync(command, args, { stdio: 'inherit', cwd: __dirname });
if (built.status !== 0) {
  console.warn(
    '@roundtable/malloc-trim was not built (no C compiler or Node headers?). Roundtable runs ' +
      'without it; it then cannot give memory freed after start-up back to the system.',
  );
}
