// Lets tests import markdown the way the esbuild bundle does: as a string.
const fs = require('node:fs');
require.extensions['.md'] = (module, filename) => {
  module.exports = { __esModule: true, default: fs.readFileSync(filename, 'utf8') };
};
