-- Cloud Native Tutor for Neovim 0.7 to 0.10 (Debian 12 ships 0.7.2): put this in init.lua.
-- Needs `cntutor-language-server` on the PATH (see "Lint your own project" in the README).
local client_id
vim.api.nvim_create_autocmd('FileType', {
  pattern = { 'dockerfile', 'yaml' },
  callback = function(args)
    client_id = client_id
      or vim.lsp.start_client({
        name = 'cntutor',
        cmd = { 'cntutor-language-server', '--stdio' },
        root_dir = vim.fn.getcwd(),
        settings = { cntutor = { locale = 'auto' } },
      })
    vim.lsp.buf_attach_client(args.buf, client_id)
  end,
})
