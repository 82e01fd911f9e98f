'use strict';
let addon = null;
try {
  addon = require('./build/Release/malloc_trim.node');
} catch {
  addon = null;
}

module.exports = {
  /** True when the addon was built, so that trim() can give memory back. */
  available: addon !== null,
  /** Gives the free memory the C allocator holds back to the system; true if any was. */
  trim: () => (addon === null ? false : addon.trim()),
};
