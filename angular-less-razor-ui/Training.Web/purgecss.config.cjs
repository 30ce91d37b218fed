// Bootstrap trimmed to the classes the pages and their models name (232 KB → a few KB), at build time: a new page keeps
// its styles because the build reads it. Classes Bootstrap's script adds while it runs are kept by name.
module.exports = {
  content: ['Pages/**/*.cshtml', 'Pages/**/*.cs', 'Common/**/*.cs'],
  css: ['node_modules/bootstrap/dist/css/bootstrap.min.css'],
  output: 'wwwroot/libs/bootstrap/css/bootstrap.trimmed.css',
  safelist: ['show', 'collapsing', 'collapse'],
};
