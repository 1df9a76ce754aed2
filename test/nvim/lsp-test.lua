-- Neovim as a headless LSP client of the Cloud Native Tutor language server, with no plugins and
-- no settings: proves the server works unchanged outside VS Code (run by test/nvim/run.sh).
--   SERVER=dist/server.js WORKSPACE=<folder with the fixtures> nvim --headless --clean -c 'luafile lsp-test.lua'
-- Prints one "ok"/"not ok" line per check; exits 0 only when every check passed.

local server = vim.fn.fnamemodify(vim.env.SERVER or 'dist/server.js', ':p')
-- The CLI runs the same engine: what it reports for the buffer's text is what the server must publish.
local cli = vim.fn.fnamemodify(vim.env.CLI or server:gsub('server%.js$', 'cli.js'), ':p')
local workspace = vim.fn.fnamemodify(vim.env.WORKSPACE or 'test/e2e/workspace', ':p'):gsub('/$', '')
local timeout = tonumber(vim.env.NVIM_LSP_TIMEOUT or '15000')

-- What each fixture must show: the rule ids, a hover, a quick fix that clears its finding, and a
-- typed edit (a line replaced) after which the whole set of findings must again be the engine's.
local cases = {
  {
    file = 'Dockerfile',
    filetype = 'dockerfile',
    codes = { 'exec-form-cmd' },
    hover = { rule = 'exec-form-cmd', text = 'Use the exec form for CMD and ENTRYPOINT' },
    fix = { rule = 'exec-form-cmd', title = 'Convert to exec form', line = 'CMD ["node", "server.js"]' },
    edit = { from = '^WORKDIR ', to = 'WORKDIR app', adds = 'absolute-workdir' },
  },
  {
    file = 'deployment.yaml',
    filetype = 'yaml',
    codes = { 'no-latest-container-image', 'run-as-non-root' },
    hover = { rule = 'no-latest-container-image', text = 'Pin container images to a version or digest' },
    fix = { rule = 'run-as-non-root', title = 'Run as user 10001 with runAsNonRoot (the image must work as that user) (changes behaviour: review)', contains = 'runAsUser: 10001' },
    edit = { from = 'image: nginx:latest', to = '          image: nginx:1.27.3', removes = 'no-latest-container-image' },
    fix_all = true,
  },
  {
    -- The Dockerfile schema: a misspelt mount option, its "did you mean" fix, and completion of options.
    file = 'cache.Dockerfile',
    filetype = 'dockerfile',
    codes = { 'dockerfile-syntax' },
    hover = { rule = 'dockerfile-syntax', text = 'Write a Dockerfile the builder can read' },
    fix = {
      rule = 'dockerfile-syntax',
      title = 'Change to target (changes behaviour: review)',
      line = 'RUN --mount=type=cache,target=/root/.npm npm ci --omit=dev',
    },
    complete = { line = 3, character = 23, label = 'sharing' },
  },
  {
    -- A cross-file finding: the Service here misses the Deployment in deployment.yaml.
    file = 'service.yaml',
    filetype = 'yaml',
    codes = { 'service-selects-workload' },
    -- The quick fix makes the Service select the Deployment: nothing is left to report.
    may_end_clean = true,
    hover = { rule = 'service-selects-workload', text = 'A Service should select the pods of a workload' },
    fix = {
      rule = 'service-selects-workload',
      title = 'Select the pods of Deployment "web" (app=web) (changes behaviour: review)',
      contains = 'app: web',
    },
  },
}

local failures, checks = 0, 0
local function check(ok, what, detail)
  checks = checks + 1
  if ok then
    io.stdout:write('ok ' .. checks .. ' - ' .. what .. '\n')
  else
    failures = failures + 1
    io.stdout:write('not ok ' .. checks .. ' - ' .. what .. (detail and ('\n  # ' .. detail:gsub('\n', '\n  # ')) or '') .. '\n')
  end
  return ok
end

local function ours(bufnr)
  return vim.tbl_filter(function(d)
    return d.source == 'cntutor'
  end, vim.diagnostic.get(bufnr))
end

local function find(bufnr, code)
  for _, d in ipairs(ours(bufnr)) do
    if d.code == code then
      return d
    end
  end
end

local function codes(bufnr)
  return table.concat(vim.tbl_map(function(d) return tostring(d.code) end, ours(bufnr)), ', ')
end

local function key(code, range)
  return string.format('%s@%d:%d-%d:%d', tostring(code), range.start.line, range.start.character,
    range['end'].line, range['end'].character)
end

-- The findings in the buffer, as the server sent them (LSP ranges, UTF-16 columns), sorted.
local function published(bufnr)
  local keys = {}
  for _, d in ipairs(ours(bufnr)) do
    local raw = d.user_data and d.user_data.lsp
    if raw and raw.range then
      table.insert(keys, key(raw.code, raw.range))
    else
      -- Neovim 0.7 keeps only code and data of the LSP diagnostic; its columns are bytes, which
      -- equal UTF-16 units on the ASCII fixtures.
      table.insert(keys, key(d.code, {
        start = { line = d.lnum, character = d.col },
        ['end'] = { line = d.end_lnum or d.lnum, character = d.end_col or d.col },
      }))
    end
  end
  table.sort(keys)
  return table.concat(keys, ', ')
end

-- The findings the CLI reports for the buffer's current text, saved under the fixture's file name.
local scratch = vim.fn.tempname()
vim.fn.mkdir(scratch, 'p')
-- The other files of the workspace go along, as the editor has them (open buffers as typed), so
-- the CLI sees the same workspace for cross-file rules.
local function expected(bufnr, name)
  local files = {}
  for _, other in ipairs(vim.fn.readdir(workspace)) do
    if other:match('%.ya?ml$') or other:match('Dockerfile$') then
      local target = scratch .. '/' .. other
      local open = vim.fn.bufnr(workspace .. '/' .. other)
      if other == name then
        vim.fn.writefile(vim.api.nvim_buf_get_lines(bufnr, 0, -1, false), target)
      elseif open ~= -1 and vim.api.nvim_buf_is_loaded(open) then
        vim.fn.writefile(vim.api.nvim_buf_get_lines(open, 0, -1, false), target)
      else
        vim.fn.writefile(vim.fn.readfile(workspace .. '/' .. other, 'b'), target, 'b')
      end
      table.insert(files, target)
    end
  end
  local file = scratch .. '/' .. name
  local out = vim.fn.system(vim.list_extend({ 'node', cli, 'lint', '--format', 'json', '--no-color' }, files))
  local ok, reports = pcall(vim.fn.json_decode, out)
  if not ok or type(reports) ~= 'table' then
    return nil, 'the CLI gave no JSON: ' .. out
  end
  local keys = {}
  for _, report in ipairs(reports) do
    local mine = report.file and vim.fn.fnamemodify(report.file, ':p') == vim.fn.fnamemodify(file, ':p')
    for _, f in ipairs(mine and report.findings or {}) do
      table.insert(keys, key(f.ruleId, f.range))
    end
  end
  table.sort(keys)
  return table.concat(keys, ', ')
end

local function wait_until(pred)
  return vim.wait(timeout, pred, 20)
end

local function request(bufnr, method, params)
  local responses, err = vim.lsp.buf_request_sync(bufnr, method, params, timeout)
  if not responses then
    return nil, err
  end
  for _, response in pairs(responses) do
    if response.err then
      return nil, vim.inspect(response.err)
    end
    return response.result
  end
end

-- After an edit the server must publish every finding the engine gives for the new text, not only
-- drop the one the edit fixed.
local function whole_set(bufnr, case, when)
  local want, err = expected(bufnr, case.file)
  -- Only a case that says so may end with no findings: an empty set otherwise means nothing ran.
  local same = want ~= nil and (want ~= '' or case.may_end_clean) and wait_until(function() return published(bufnr) == want end)
  return check(same, case.file .. ': ' .. when .. ', the findings are exactly the engine\'s',
    err or ('want: ' .. tostring(want) .. '\ngot:  ' .. published(bufnr)))
end

local function lsp_range(d)
  return { start = { line = d.lnum, character = d.col }, ['end'] = { line = d.end_lnum, character = d.end_col } }
end

-- With SNIPPET set, the README's snippet starts the client as a user's init.lua would, from the
-- project folder, on the first Dockerfile or YAML buffer; `cntutor-language-server` is on the PATH.
local snippet = vim.env.SNIPPET

local function snippet_client()
  for _, client in pairs(vim.lsp.get_active_clients()) do
    if client.name == 'cntutor' then
      return client.id
    end
  end
end

-- Neovim 0.11's `vim.lsp.config` / `vim.lsp.enable`, as documented, over this Neovim's
-- start_client: the 0.11 snippet then runs unchanged here, with its command, file types, root
-- markers and settings (Debian and npm offer no Neovim 0.11 to run it in).
local function model_lsp_config()
  local configs = {}
  vim.lsp.config = function(name, config)
    configs[name] = vim.tbl_extend('force', configs[name] or {}, config)
  end
  vim.lsp.enable = function(name)
    local config = configs[name]
    local id
    vim.api.nvim_create_autocmd('FileType', {
      pattern = config.filetypes,
      callback = function(args)
        local dir = vim.fn.fnamemodify(vim.api.nvim_buf_get_name(args.buf), ':p:h')
        local root
        for _, marker in ipairs(config.root_markers or {}) do
          local found = vim.fn.findfile(marker, dir .. ';')
          if found == '' then found = vim.fn.finddir(marker, dir .. ';') end
          if found ~= '' then
            root = vim.fn.fnamemodify(found, ':p:h')
            break
          end
        end
        id = id or vim.lsp.start_client({
          name = name,
          cmd = config.cmd,
          root_dir = root or vim.fn.getcwd(),
          settings = config.settings,
        })
        vim.lsp.buf_attach_client(args.buf, id)
      end,
    })
  end
end

local function run()
  local client_id
  if snippet then
    vim.cmd('cd ' .. vim.fn.fnameescape(workspace))
    if vim.lsp.config == nil then
      model_lsp_config()
    end
    dofile(snippet)
    vim.cmd('edit ' .. vim.fn.fnameescape(workspace .. '/' .. cases[1].file))
    vim.bo.filetype = cases[1].filetype
    -- Neovim lists a client once the server has answered initialize.
    vim.wait(timeout, function() return snippet_client() ~= nil end, 20)
    client_id = snippet_client()
  else
    client_id = vim.lsp.start_client({
      name = 'cntutor',
      cmd = { 'node', server, '--stdio' },
      root_dir = workspace,
    })
  end
  check(client_id ~= nil, 'the language server starts' .. (snippet and (' from ' .. snippet) or ''))
  if not client_id then
    return
  end

  for _, case in ipairs(cases) do
    local path = workspace .. '/' .. case.file
    vim.cmd('edit ' .. vim.fn.fnameescape(path))
    local bufnr = vim.api.nvim_get_current_buf()
    vim.bo[bufnr].filetype = case.filetype
    if not snippet then
      vim.lsp.buf_attach_client(bufnr, client_id)
    end

    -- Diagnostics, pushed by the server.
    local all_there = wait_until(function()
      for _, code in ipairs(case.codes) do
        if not find(bufnr, code) then
          return false
        end
      end
      return true
    end)
    check(all_there, case.file .. ': diagnostics ' .. table.concat(case.codes, ', '), 'got: ' .. codes(bufnr))
    if not all_there then
      goto continue
    end
    whole_set(bufnr, case, 'on open')
    for _, d in ipairs(ours(bufnr)) do
      local raw = d.user_data and d.user_data.lsp or {}
      local href = raw.codeDescription and raw.codeDescription.href or ''
      -- Without VS Code's link handler the server links to the note shipped as a file.
      local note = href:match('^file:') and vim.fn.filereadable(vim.uri_to_fname(href)) == 1
      check((note or href:match('/concept/[%w-]+$')) and raw.data ~= nil,
        case.file .. ': ' .. tostring(d.code) .. ' links to a concept note and carries data',
        'href: ' .. href .. ', data: ' .. vim.inspect(raw.data))
    end

    -- Hover over a finding.
    local target = find(bufnr, case.hover.rule)
    local hover, herr = request(bufnr, 'textDocument/hover', {
      textDocument = vim.lsp.util.make_text_document_params(bufnr),
      position = { line = target.lnum, character = target.col + 1 },
    })
    local markdown = hover and hover.contents and (hover.contents.value or vim.inspect(hover.contents)) or ''
    check(markdown:find(case.hover.text, 1, true) and markdown:find('❌', 1, true) and markdown:find('✅', 1, true),
      case.file .. ': hover explains ' .. case.hover.rule, herr or markdown)

    -- A quick fix, found through the diagnostic's data, and applied.
    local diagnostic = find(bufnr, case.fix.rule)
    local actions, aerr = request(bufnr, 'textDocument/codeAction', {
      textDocument = vim.lsp.util.make_text_document_params(bufnr),
      range = lsp_range(diagnostic),
      -- As vim.lsp.buf.code_action() does: the line's diagnostics, converted back to LSP.
      context = { diagnostics = vim.lsp.diagnostic.get_line_diagnostics(bufnr, diagnostic.lnum) },
    })
    local fix
    for _, action in ipairs(actions or {}) do
      if action.title == case.fix.title and action.kind == 'quickfix' then
        fix = action
      end
    end
    local titles = table.concat(vim.tbl_map(function(a) return a.title end, actions or {}), ' | ')
    if check(fix ~= nil and fix.edit ~= nil, case.file .. ': quick fix "' .. case.fix.title .. '" offered', aerr or titles) then
      vim.lsp.util.apply_workspace_edit(fix.edit, 'utf-16')
      local cleared = wait_until(function() return find(bufnr, case.fix.rule) == nil end)
      check(cleared, case.file .. ': applying it clears ' .. case.fix.rule, 'got: ' .. codes(bufnr))
      local text = table.concat(vim.api.nvim_buf_get_lines(bufnr, 0, -1, false), '\n')
      local wanted = case.fix.line or case.fix.contains
      check(text:find(wanted, 1, true) ~= nil, case.file .. ': the buffer now has ' .. wanted, text)
      whole_set(bufnr, case, 'after the quick fix')
    end

    if case.complete then
      local items, cerr = request(bufnr, 'textDocument/completion', {
        textDocument = vim.lsp.util.make_text_document_params(bufnr),
        position = { line = case.complete.line, character = case.complete.character },
      })
      local list = items and (items.items or items) or {}
      local labels = vim.tbl_map(function(item) return item.label end, list)
      check(vim.tbl_contains(labels, case.complete.label),
        case.file .. ': completion offers ' .. case.complete.label, cerr or table.concat(labels, ', '))
    end

    -- A typed edit: one line replaced, as a user would.
    if case.edit then
      local lines = vim.api.nvim_buf_get_lines(bufnr, 0, -1, false)
      for i, line in ipairs(lines) do
        if line:find(case.edit.from) then
          vim.api.nvim_buf_set_lines(bufnr, i - 1, i, false, { case.edit.to })
          break
        end
      end
      if case.edit.adds then
        check(wait_until(function() return find(bufnr, case.edit.adds) ~= nil end),
          case.file .. ': the edit brings ' .. case.edit.adds, 'got: ' .. codes(bufnr))
      else
        check(wait_until(function() return find(bufnr, case.edit.removes) == nil end),
          case.file .. ': the edit clears ' .. case.edit.removes, 'got: ' .. codes(bufnr))
      end
      whole_set(bufnr, case, 'after typing')
    end

    if case.fix_all then
      local all, ferr = request(bufnr, 'textDocument/codeAction', {
        textDocument = vim.lsp.util.make_text_document_params(bufnr),
        range = { start = { line = 0, character = 0 }, ['end'] = { line = vim.api.nvim_buf_line_count(bufnr), character = 0 } },
        context = { diagnostics = {}, only = { 'source.fixAll.cntutor' } },
      })
      local kinds = vim.tbl_map(function(a) return a.kind or '?' end, all or {})
      check(vim.tbl_contains(kinds, 'source.fixAll.cntutor'), case.file .. ': source.fixAll.cntutor offered',
        ferr or table.concat(kinds, ', '))
    end
    ::continue::
  end
  vim.lsp.stop_client(client_id)
end

local ok, err = pcall(run)
vim.fn.delete(scratch, 'rf')
check(ok, 'the test script ran to the end', tostring(err))
io.stdout:write(string.format('# %d checks, %d failed\n', checks, failures))
vim.cmd(failures == 0 and 'qa!' or 'cq')
