-- Cloud Native Tutor for Neovim 0.11 and later: put this in init.lua.
-- Needs `cntutor-language-server` on the PATH (see "Lint your own project" in the README).
vim.lsp.config('cntutor', {
  cmd = { 'cntutor-language-server', '--stdio' },
  filetypes = { 'dockerfile', 'yaml' },
  root_markers = { '.cntutor.yaml', '.git' },
  settings = { cntutor = { locale = 'auto' } },
})
vim.lsp.enable('cntutor')
