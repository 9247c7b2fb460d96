#!/usr/bin/env node
// Editor check of the notice JSON Schema with the real yaml-language-server.
//
//   node scripts/editor/check.mjs --schema SCHEMA.json [options] VALID.yaml... [--invalid BAD.yaml...]
//
// Starts node_modules/yaml-language-server (beside this script, `npm ci` here)
// with --stdio and talks LSP to it (Content-Length framing, no client
// library). The schema is associated with "*.yaml" through the settings
// (`yaml.schemas`, schema store off), as an editor's user settings would do.
// Every YAML file is sent as a copy under a temporary directory with its
// schema modeline (`# yaml-language-server: $schema=...` or `# $schema: ...`)
// blanked to a bare `#`, so that the schema under test is the one given by
// --schema and line numbers stay those of the original file.
//
// Checks, each printed as `ok ...` or `FAIL ...`:
//   - validation: each VALID file gets no Error diagnostic (the server sends
//     every schema problem as an Error); each file after --invalid gets at
//     least one. Diagnostics are printed as FILE:LINE:COL (1-based) MESSAGE.
//     The schema the server used for each file (yaml/get/jsonSchema) must be
//     the --schema file.
//   - hover: on a key of the first VALID file, the hover text must contain
//     the expected substring;
//   - completion: at an empty top-level line of `id: x` the proposals must
//     include the --complete keys; at the value position of each --enum PATH
//     they must include the given values.
//
// Options:
//   --schema FILE        the JSON Schema under test (required)
//   --lang fi|sv|en      language of the expected hover text (default en);
//                        also sent as the LSP client locale. The schema's
//                        descriptions are "English\n\nFI: ...\n\nSV: ...";
//                        the paragraph of this language is expected (a
//                        description without FI:/SV: paragraphs: its first one)
//   --hover KEY[=TEXT]   repeatable; KEY is a top-level key (`controller`) or
//                        a dotted path (`controller.name`, `purposes.legal_basis`,
//                        found under its parent by indentation in the first
//                        valid file); TEXT is the expected substring, default:
//                        the start of KEY's description in --lang, read from
//                        the schema. Default: --hover controller
//   --complete K1,K2     top-level keys expected among the completions at an
//                        empty line (default controller,purposes,retention)
//   --enum PATH=V1,V2    repeatable; values expected when completing the value
//                        at PATH (`languages[]` is an item of the languages
//                        list, `purposes[].legal_basis` the legal_basis of a
//                        purpose). Default: languages[]=fi,sv,en and
//                        purposes[].legal_basis=public_task,consent,legal_obligation
//   --invalid            the files after it (up to --valid) must get errors
//   --valid              the files after it are valid again (the default)
//   --timeout SECONDS    overall limit (default 120); a document's diagnostics
//                        may take 20 s
//   --keep-modeline      send each file as it is, under its own file:// URI,
//                        so that a modeline in it takes precedence over the
//                        settings (the schema check then tells whether the
//                        modeline names the --schema file)
//   --verbose            print the server's log messages, stderr and the
//                        schema used for each file
//
// Exit status: 0 all checks passed, 1 a check failed (or the time ran out),
// 2 usage error or the server could not be started. The last line is
// `editor: N passed, M failed`. See README.md beside this file.

import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const REPO = path.resolve(HERE, '..', '..');
const SERVER = path.join(HERE, 'node_modules', 'yaml-language-server', 'bin', 'yaml-language-server');
const DIAG_TIMEOUT_MS = 20000;
const SETTLE_MS = 1500; // no further publishDiagnostics for this long: the result is final
const REQUEST_TIMEOUT_MS = 20000;
const MODELINE = /^\s*#\s*(yaml-language-server\s*:\s*\$schema\s*=|\$schema\s*:)/;

// ---------------------------------------------------------------- CLI

function usage(msg) {
  if (msg) console.error(`editor: ${msg}`);
  console.error('usage: node scripts/editor/check.mjs --schema SCHEMA.json [--lang fi|sv|en] [--hover KEY[=TEXT]]...\n' +
    '         [--complete K1,K2] [--enum PATH=V1,V2]... [--timeout S] [--keep-modeline] [--verbose]\n' +
    '         VALID.yaml... [--invalid BAD.yaml...]');
  process.exit(2);
}

function parseArgs(argv) {
  const o = { schema: null, lang: 'en', hover: [], complete: null, enums: [], valid: [], invalid: [], timeout: 120, verbose: false, keepModeline: false };
  let invalid = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const val = () => {
      if (i + 1 >= argv.length) usage(`${a} needs a value`);
      return argv[++i];
    };
    if (a === '--schema') o.schema = val();
    else if (a === '--lang') o.lang = val();
    else if (a === '--hover') {
      const v = val();
      const eq = v.indexOf('=');
      o.hover.push(eq < 0 ? { key: v, text: null } : { key: v.slice(0, eq), text: v.slice(eq + 1) });
    } else if (a === '--complete') o.complete = val().split(',').map((s) => s.trim()).filter(Boolean);
    else if (a === '--enum') {
      const v = val();
      const eq = v.indexOf('=');
      if (eq < 1) usage(`--enum wants PATH=V1,V2, got ${v}`);
      o.enums.push({ path: v.slice(0, eq), values: v.slice(eq + 1).split(',').map((s) => s.trim()).filter(Boolean) });
    } else if (a === '--invalid') invalid = true;
    else if (a === '--valid') invalid = false;
    else if (a === '--timeout') o.timeout = Number(val());
    else if (a === '--verbose') o.verbose = true;
    else if (a === '--keep-modeline') o.keepModeline = true;
    else if (a === '-h' || a === '--help') {
      // the header comment of this file
      const src = fs.readFileSync(fileURLToPath(import.meta.url), 'utf8').split('\n');
      const header = [];
      for (const line of src.slice(1)) {
        if (!line.startsWith('//')) break;
        header.push(line.replace(/^\/\/ ?/, ''));
      }
      console.log(header.join('\n'));
      process.exit(0);
    }
    else if (a.startsWith('--')) usage(`unknown option ${a}`);
    else (invalid ? o.invalid : o.valid).push(a);
  }
  if (!o.schema) usage('--schema is required');
  if (!['fi', 'sv', 'en'].includes(o.lang)) usage(`--lang must be fi, sv or en, not ${o.lang}`);
  if (!(o.timeout > 0)) usage('--timeout must be a positive number of seconds');
  if (o.valid.length === 0 && o.invalid.length === 0) usage('no YAML files given');
  for (const f of [o.schema, ...o.valid, ...o.invalid]) if (!fs.existsSync(f)) usage(`no such file: ${f}`);
  if (o.hover.length === 0) o.hover.push({ key: 'controller', text: null });
  if (o.complete === null) o.complete = ['controller', 'purposes', 'retention'];
  if (o.enums.length === 0) {
    o.enums.push({ path: 'languages[]', values: ['fi', 'sv', 'en'] });
    o.enums.push({ path: 'purposes[].legal_basis', values: ['public_task', 'consent', 'legal_obligation'] });
  }
  return o;
}

// ---------------------------------------------------------------- LSP over stdio

class LspClient {
  constructor(child, onRequest, onNotification) {
    this.child = child;
    this.nextId = 1;
    this.pending = new Map();
    this.buf = Buffer.alloc(0);
    this.onRequest = onRequest;
    this.onNotification = onNotification;
    child.stdout.on('data', (chunk) => this.receive(chunk));
    child.stdin.on('error', () => { /* the server is gone: its exit is reported */ });
    child.on('exit', (code, signal) => {
      for (const [id, p] of this.pending) {
        clearTimeout(p.timer);
        p.reject(new Error(`${p.method}: the server exited (${signal ?? `code ${code}`})`));
        this.pending.delete(id);
      }
    });
  }

  send(msg) {
    if (!this.child.stdin.writable) return;
    const body = Buffer.from(JSON.stringify({ jsonrpc: '2.0', ...msg }), 'utf8');
    this.child.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
    this.child.stdin.write(body);
  }

  request(method, params, timeoutMs = REQUEST_TIMEOUT_MS) {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new Error(`${method}: no answer in ${timeoutMs / 1000} s`));
      }, timeoutMs);
      this.pending.set(id, { method, resolve, reject, timer });
      this.send({ id, method, params });
    });
  }

  notify(method, params) {
    this.send({ method, params });
  }

  receive(chunk) {
    this.buf = Buffer.concat([this.buf, chunk]);
    for (;;) {
      const headerEnd = this.buf.indexOf('\r\n\r\n');
      if (headerEnd < 0) return;
      const header = this.buf.subarray(0, headerEnd).toString('ascii');
      const m = /Content-Length:\s*(\d+)/i.exec(header);
      if (!m) throw new Error(`bad LSP header from server: ${JSON.stringify(header)}`);
      const len = Number(m[1]);
      const start = headerEnd + 4;
      if (this.buf.length < start + len) return;
      const msg = JSON.parse(this.buf.subarray(start, start + len).toString('utf8'));
      this.buf = this.buf.subarray(start + len);
      this.dispatch(msg);
    }
  }

  async dispatch(msg) {
    if (msg.method !== undefined && msg.id !== undefined) {
      // a request from the server
      let result = null;
      try {
        result = await this.onRequest(msg.method, msg.params);
      } catch (e) {
        this.send({ id: msg.id, error: { code: -32603, message: String(e?.message ?? e) } });
        return;
      }
      this.send({ id: msg.id, result: result === undefined ? null : result });
    } else if (msg.method !== undefined) {
      this.onNotification(msg.method, msg.params);
    } else if (msg.id !== undefined) {
      const p = this.pending.get(msg.id);
      if (!p) return;
      this.pending.delete(msg.id);
      clearTimeout(p.timer);
      if (msg.error) p.reject(new Error(`${p.method}: ${msg.error.message} (code ${msg.error.code})`));
      else p.resolve(msg.result);
    }
  }
}

// ---------------------------------------------------------------- helpers

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

function fileUri(p) {
  return pathToFileURL(path.resolve(p)).href;
}

// The text of a hover or a completion documentation, as a plain string.
function markupText(contents) {
  if (contents == null) return '';
  if (typeof contents === 'string') return contents;
  if (Array.isArray(contents)) return contents.map(markupText).join('\n');
  if (typeof contents.value === 'string') return contents.value;
  return '';
}

// For comparing schema text with rendered markdown: drop markdown escapes and
// emphasis marks, collapse white space.
function normalise(s) {
  return s.replace(/\\([\\`*_{}[\]()#+\-.!<>|])/g, '$1').replace(/[`*]/g, '').replace(/\s+/g, ' ').trim();
}

// Resolve a local $ref ("#/$defs/X", "#/definitions/X") inside the schema.
function deref(root, node) {
  const seen = new Set();
  while (node && typeof node.$ref === 'string' && node.$ref.startsWith('#') && !seen.has(node.$ref)) {
    seen.add(node.$ref);
    let target = root;
    for (const part of node.$ref.slice(1).split('/').filter(Boolean)) {
      target = target?.[decodeURIComponent(part).replace(/~1/g, '/').replace(/~0/g, '~')];
    }
    node = target;
  }
  return node;
}

// The schema of a dotted key path ("controller.name", "purposes.legal_basis"):
// the property as written (maybe with a $ref) or null.
function schemaProperty(root, dotted) {
  let node = root;
  let prop = null;
  for (const seg of dotted.split('.').map((s) => s.replace(/\[\]$/, ''))) {
    node = objectSchema(root, node);
    prop = node?.properties?.[seg];
    if (!prop) return null;
    node = prop;
  }
  return prop;
}

// The schema that holds the properties of node: through $ref, array items
// and allOf members.
function objectSchema(root, node, depth = 0) {
  node = deref(root, node);
  if (!node || node.properties || depth > 20) return node;
  if (node.items) return objectSchema(root, node.items, depth + 1);
  for (const sub of node.allOf ?? []) {
    const found = objectSchema(root, sub, depth + 1);
    if (found?.properties) return found;
  }
  return node;
}

// The schema a property refers to: its $ref target, or that of a
// one-member allOf: [{ $ref }] wrapper.
function refTarget(root, prop) {
  if (typeof prop?.$ref === 'string') return { ref: prop.$ref, schema: deref(root, prop) };
  const wrapped = prop?.allOf?.find((m) => typeof m?.$ref === 'string');
  return wrapped ? { ref: wrapped.$ref, schema: deref(root, wrapped) } : null;
}

// The description of a property: its own, else its $ref target's.
function schemaDescription(root, dotted) {
  const prop = schemaProperty(root, dotted);
  if (!prop) return null;
  return prop.description ?? refTarget(root, prop)?.schema?.description ?? null;
}

// The paragraph of a trilingual description ("English\n\nFI: ...\n\nSV: ...") in lang.
function descriptionIn(desc, lang) {
  const paras = desc.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
  const tagged = (p) => /^(FI|SV|EN):\s/.test(p);
  const want = paras.find((p) => p.startsWith(`${lang.toUpperCase()}: `));
  if (want) return want.slice(4);
  // A one-language schema (seloste schema --lang): the description is
  // already in that language.
  if (lang === 'en' || !paras.some(tagged)) return paras.find((p) => !tagged(p)) ?? paras[0];
  return null;
}

// A recognisable start of a description: its first sentence, cut at a word
// boundary near 60 characters.
function excerpt(text) {
  let s = normalise(text).split(/(?<=\.)\s/)[0];
  if (s.length > 60) s = s.slice(0, 60).replace(/\s+\S*$/, '');
  return s;
}

// Position of a key in YAML text: "controller" at top level, "controller.name"
// nested (found under its parent by indentation; list items "- key:" count).
const KEY_LINE = /^(\s*(?:-\s+)*)([A-Za-z0-9_$][A-Za-z0-9_$-]*|"[^"]*"|'[^']*')\s*:(\s|$)/;

function findKey(text, dotted) {
  const lines = text.split('\n');
  const segs = dotted.split('.').map((s) => s.replace(/\[\]$/, ''));
  const blank = (l) => /^\s*(#.*)?$/.test(l);
  const indentOf = (l) => l.length - l.trimStart().length;
  let from = 0;
  let to = lines.length;
  let found = null;
  for (let si = 0; si < segs.length; si++) {
    const keys = [];
    for (let i = from; i < to; i++) {
      const m = blank(lines[i]) ? null : KEY_LINE.exec(lines[i]);
      if (m) keys.push({ line: i, character: m[1].length, name: m[2].replace(/^["']|["']$/g, '') });
    }
    if (!keys.length) return null;
    const childCol = si === 0 ? 0 : Math.min(...keys.map((k) => k.character));
    found = keys.find((k) => k.character === childCol && k.name === segs[si]);
    if (!found) return null;
    // the key's block: the following lines indented deeper than the key
    // (or "- " items at its own column, as YAML allows for a list value)
    from = found.line + 1;
    to = lines.length;
    for (let i = from; i < lines.length; i++) {
      if (blank(lines[i])) continue;
      const ind = indentOf(lines[i]);
      if (ind > found.character) continue;
      if (ind === found.character && lines[i].trimStart().startsWith('-')) continue;
      to = i;
      break;
    }
  }
  return found;
}

// A document that puts the cursor at the value of PATH ("languages[]",
// "purposes[].legal_basis", "controller.kind"), after an `id: x` line.
function enumDocument(p) {
  const lines = ['id: x'];
  let prefix = '';
  let col = 0;
  const segs = p.split('.');
  let cursor = null;
  segs.forEach((seg, i) => {
    const isArray = seg.endsWith('[]');
    const key = seg.replace(/\[\]$/, '');
    const last = i === segs.length - 1;
    col = prefix.length;
    if (last && !isArray) {
      const line = `${prefix}${key}: `;
      lines.push(line);
      cursor = { line: lines.length - 1, character: line.length };
    } else if (last) {
      lines.push(`${prefix}${key}:`);
      const line = `${' '.repeat(col + 2)}- `;
      lines.push(line);
      cursor = { line: lines.length - 1, character: line.length };
    } else if (isArray) {
      lines.push(`${prefix}${key}:`);
      prefix = `${' '.repeat(col + 2)}- `;
    } else {
      lines.push(`${prefix}${key}:`);
      prefix = ' '.repeat(col + 2);
    }
  });
  return { text: lines.join('\n') + '\n', position: cursor };
}

function completionLabels(result) {
  const items = Array.isArray(result) ? result : result?.items ?? [];
  return items.map((it) => String(it.label).replace(/^["']|["']$/g, ''));
}

// ---------------------------------------------------------------- main

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  if (!fs.existsSync(SERVER)) {
    console.error(`editor: ${path.relative(process.cwd(), SERVER)} is missing: run \`npm ci --prefix scripts/editor\``);
    process.exit(2);
  }
  const schemaPath = path.resolve(opts.schema);
  const schemaUri = fileUri(schemaPath);
  let schemaJson;
  try {
    schemaJson = JSON.parse(fs.readFileSync(schemaPath, 'utf8'));
  } catch (e) {
    usage(`cannot read the schema ${opts.schema}: ${e.message}`);
  }
  const serverVersion = JSON.parse(fs.readFileSync(path.join(HERE, 'node_modules', 'yaml-language-server', 'package.json'), 'utf8')).version;

  const yamlSettings = {
    validate: true,
    hover: true,
    completion: true,
    schemas: { [schemaUri]: ['*.yaml'] },
    schemaStore: { enable: false },
    kubernetesCRDStore: { enable: false },
  };

  let passed = 0;
  let failed = 0;
  const ok = (msg) => { passed++; console.log(`ok   ${msg}`); };
  const fail = (msg) => { failed++; console.log(`FAIL ${msg}`); };

  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'seloste-editor-'));
  const child = spawn(process.execPath, [SERVER, '--stdio'], { cwd: REPO, stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d) => {
    stderr += d;
    if (opts.verbose) process.stderr.write(`[server stderr] ${d}`);
  });
  let exited = null;
  child.on('exit', (code, signal) => { exited = { code, signal }; });
  child.on('error', (e) => {
    console.error(`editor: cannot start yaml-language-server: ${e.message}`);
    process.exit(2);
  });

  const cleanup = () => {
    try { fs.rmSync(tmp, { recursive: true, force: true }); } catch { /* ignore */ }
    if (exited === null) child.kill();
  };
  const guard = setTimeout(() => {
    console.log(`FAIL overall time limit of ${opts.timeout} s ran out`);
    if (stderr) console.log(`server stderr:\n${stderr}`);
    console.log(`editor: ${passed} passed, ${failed + 1} failed`);
    cleanup();
    process.exit(1);
  }, opts.timeout * 1000);

  // publishDiagnostics per URI: every publication, with its arrival time
  const diagnostics = new Map();
  const diagWaiters = new Set();
  let configPulls = 0;
  const logs = [];

  const onRequest = (method, params) => {
    if (method === 'workspace/configuration') {
      configPulls++;
      return (params?.items ?? []).map((item) => {
        if (item.section === 'yaml') return yamlSettings;
        if (item.section === 'http') return { proxy: '', proxyStrictSSL: false };
        if (item.section === '[yaml]' || item.section === 'editor') return {};
        return null;
      });
    }
    if (method === 'window/showMessageRequest') {
      logs.push(`showMessageRequest: ${params?.message}`);
      return null;
    }
    if (opts.verbose) console.error(`[server request] ${method}`);
    return null; // client/registerCapability, window/workDoneProgress/create, workspace/codeLens/refresh, ...
  };
  const onNotification = (method, params) => {
    if (method === 'textDocument/publishDiagnostics') {
      const list = diagnostics.get(params.uri) ?? [];
      list.push({ at: Date.now(), diagnostics: params.diagnostics });
      diagnostics.set(params.uri, list);
      for (const w of diagWaiters) w();
    } else if (method === 'window/logMessage' || method === 'window/showMessage') {
      logs.push(params?.message);
      if (opts.verbose) console.error(`[server ${method}] ${params?.message}`);
    }
  };
  const client = new LspClient(child, onRequest, onNotification);

  // Wait for the final diagnostics of uri: the first publication after `since`,
  // then no new one for SETTLE_MS.
  const waitDiagnostics = (uri, since) => new Promise((resolve, reject) => {
    const start = Date.now();
    let timer = null;
    const check = () => {
      const list = (diagnostics.get(uri) ?? []).filter((d) => d.at >= since);
      if (Date.now() - start > DIAG_TIMEOUT_MS) {
        finish();
        if (list.length) resolve(list[list.length - 1].diagnostics);
        else reject(new Error(`no diagnostics published in ${DIAG_TIMEOUT_MS / 1000} s`));
        return;
      }
      if (list.length && Date.now() - list[list.length - 1].at >= SETTLE_MS) {
        finish();
        resolve(list[list.length - 1].diagnostics);
      }
    };
    const finish = () => { clearInterval(timer); diagWaiters.delete(check); };
    diagWaiters.add(check);
    timer = setInterval(check, 100);
  });

  const rootUri = fileUri(REPO);
  const init = await client.request('initialize', {
    processId: process.pid,
    clientInfo: { name: 'seloste-editor-check', version: '1' },
    locale: opts.lang,
    rootUri,
    workspaceFolders: [{ uri: rootUri, name: path.basename(REPO) }],
    capabilities: {
      workspace: { configuration: true, workspaceFolders: true, didChangeConfiguration: { dynamicRegistration: true } },
      textDocument: {
        synchronization: { dynamicRegistration: false, didSave: false },
        publishDiagnostics: { relatedInformation: true },
        hover: { dynamicRegistration: false, contentFormat: ['markdown', 'plaintext'] },
        completion: {
          dynamicRegistration: false,
          completionItem: { snippetSupport: true, documentationFormat: ['markdown', 'plaintext'] },
        },
      },
      window: { workDoneProgress: true },
    },
  });
  const caps = init?.capabilities ?? {};
  console.log(`yaml-language-server ${init?.serverInfo?.version ?? serverVersion} (hover: ${!!caps.hoverProvider}, completion: ${!!caps.completionProvider})`);
  console.log(`schema: ${path.relative(process.cwd(), schemaPath)} (${schemaJson.$schema ?? 'no $schema'}), associated with *.yaml`);
  client.notify('initialized', {});
  client.notify('workspace/didChangeConfiguration', { settings: { yaml: yamlSettings } });
  // the server pulls its settings after `initialized` and again after the change
  for (let waited = 0; configPulls < 2 && waited < 10000; waited += 50) await sleep(50);
  if (configPulls === 0) fail('the server never asked for its settings (workspace/configuration)');
  await sleep(300);

  let docCount = 0;
  const openDocument = async (text, name) => {
    docCount++;
    const p = path.join(tmp, `${String(docCount).padStart(2, '0')}-${name}`);
    fs.writeFileSync(p, text);
    const uri = fileUri(p);
    const since = Date.now();
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text } });
    return { uri, since };
  };

  const fmtDiag = (file, d) => {
    const sev = ['?', 'error', 'warning', 'info', 'hint'][d.severity ?? 1] ?? d.severity;
    const src = d.source ? ` [${d.source}]` : '';
    return `    ${file}:${d.range.start.line + 1}:${d.range.start.character + 1}: ${sev}: ${d.message.replace(/\s+/g, ' ')}${src}`;
  };

  const schemaUsed = async (uri) => {
    try {
      const list = await client.request('yaml/get/jsonSchema', uri);
      return (list ?? []).map((s) => s.uri);
    } catch {
      return null;
    }
  };

  // ------------------------------------------------ validation
  const files = [...opts.valid.map((f) => ({ f, valid: true })), ...opts.invalid.map((f) => ({ f, valid: false }))];
  let firstValid = null;
  for (const { f, valid } of files) {
    const original = fs.readFileSync(f, 'utf8');
    const lines = original.split('\n');
    const modelines = lines.filter((l) => MODELINE.test(l)).length;
    let text = original;
    let uri;
    let since;
    if (opts.keepModeline) {
      // as an editor opens it: its own URI, its modeline (if any) in force
      uri = fileUri(f);
      since = Date.now();
      client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text } });
    } else {
      text = lines.map((l) => (MODELINE.test(l) ? '#' : l)).join('\n');
      ({ uri, since } = await openDocument(text, path.basename(f)));
    }
    if (valid && !firstValid) firstValid = { f, uri, text };
    let diags;
    try {
      diags = await waitDiagnostics(uri, since);
    } catch (e) {
      fail(`${f}: ${e.message}`);
      continue;
    }
    const used = await schemaUsed(uri);
    if (opts.verbose) console.log(`    schema used for ${f}: ${used === null ? 'unknown (yaml/get/jsonSchema failed)' : used.join(', ') || 'none'}`);
    const errors = diags.filter((d) => (d.severity ?? 1) === 1);
    const others = diags.length - errors.length;
    const note = `${errors.length} error(s)${others ? `, ${others} other` : ''}${modelines ? (opts.keepModeline ? ', modeline kept' : ', modeline removed') : ''}`;
    if (used && !used.includes(schemaUri)) {
      fail(`${f}: the server used ${used.length ? used.join(', ') : 'no schema'}, not ${schemaUri}`);
    }
    if (valid && errors.length === 0) ok(`valid   ${f}: ${note}`);
    else if (!valid && errors.length > 0) ok(`invalid ${f}: ${note}`);
    else fail(`${valid ? 'valid  ' : 'invalid'} ${f}: ${note}${valid ? '' : ' (expected at least one error)'}`);
    for (const d of diags) console.log(fmtDiag(f, d));
  }

  // ------------------------------------------------ hover
  if (!firstValid) {
    console.log('(no valid file: hover not checked)');
  } else {
    for (const { key, text: given } of opts.hover) {
      let expected = given;
      if (expected === null) {
        const desc = schemaDescription(schemaJson, key);
        const para = desc && descriptionIn(desc, opts.lang);
        if (!para) {
          fail(`hover ${key}: the schema has no ${opts.lang} description of ${key} to expect (give --hover ${key}=TEXT)`);
          continue;
        }
        expected = excerpt(para);
      }
      const pos = findKey(firstValid.text, key);
      if (!pos) {
        fail(`hover ${key}: no such key in ${firstValid.f}`);
        continue;
      }
      let hover;
      try {
        hover = await client.request('textDocument/hover', {
          textDocument: { uri: firstValid.uri },
          position: { line: pos.line, character: pos.character + 1 },
        });
      } catch (e) {
        fail(`hover ${key}: ${e.message}`);
        continue;
      }
      const shown = markupText(hover?.contents);
      const where = `${firstValid.f}:${pos.line + 1}:${pos.character + 2}`;
      const excerptShown = shown.replace(/\s+/g, ' ').trim().slice(0, 300);
      if (!shown.trim()) fail(`hover ${key} at ${where}: empty hover`);
      else if (!normalise(shown).includes(normalise(expected))) {
        // Say so when the hover shows the description of the property's $ref
        // target instead of the property's own description.
        const prop = schemaProperty(schemaJson, key);
        const target = prop?.description ? refTarget(schemaJson, prop) : null;
        const targetPara = target?.schema?.description && descriptionIn(target.schema.description, opts.lang);
        const why = targetPara && normalise(shown).includes(normalise(excerpt(targetPara)))
          ? `\n    it shows the description of the $ref target ${target.ref} instead of the property's own`
          : '';
        fail(`hover ${key} at ${where}: does not contain ${JSON.stringify(expected)}${why}\n    hover: ${excerptShown}`);
      } else ok(`hover ${key} at ${where} contains ${JSON.stringify(expected)}\n    hover (${hover.contents?.kind ?? 'text'}): ${excerptShown}`);
    }
  }

  // ------------------------------------------------ completion
  const complete = async (what, text, position, expected) => {
    const { uri, since } = await openDocument(text, 'completion.yaml');
    try {
      await waitDiagnostics(uri, since); // the document is parsed and its schema loaded
    } catch { /* completion is checked anyway */ }
    let result;
    try {
      result = await client.request('textDocument/completion', {
        textDocument: { uri },
        position,
        context: { triggerKind: 1 },
      });
    } catch (e) {
      fail(`completion ${what}: ${e.message}`);
      return;
    }
    const labels = completionLabels(result);
    const missing = expected.filter((k) => !labels.includes(k));
    const shown = labels.length > 40 ? `${labels.slice(0, 40).join(', ')}, ... (${labels.length})` : labels.join(', ');
    if (missing.length) fail(`completion ${what}: missing ${missing.join(', ')}\n    labels: ${shown || '(none)'}`);
    else ok(`completion ${what}: ${expected.join(', ')} offered\n    labels: ${shown}`);
    client.notify('textDocument/didClose', { textDocument: { uri } });
  };

  if (opts.complete.length) {
    await complete('of top-level keys', 'id: x\n\n', { line: 1, character: 0 }, opts.complete);
  }
  for (const { path: p, values } of opts.enums) {
    const { text, position } = enumDocument(p);
    await complete(`of ${p} values`, text, position, values);
  }

  // ------------------------------------------------ shut down
  if (exited !== null) {
    fail(`the server exited before shutdown (${exited.signal ?? `code ${exited.code}`})`);
  } else {
    try {
      await client.request('shutdown', null, 5000);
      client.notify('exit', null);
      for (let waited = 0; exited === null && waited < 5000; waited += 50) await sleep(50);
      if (exited === null) fail('the server did not exit within 5 s of `exit` (killed)');
      else if (exited.code !== 0) fail(`the server exited with ${exited.signal ?? `code ${exited.code}`} after \`exit\``);
    } catch (e) {
      fail(`shutdown: ${e.message}`);
    }
  }
  clearTimeout(guard);
  cleanup();
  if (failed && stderr.trim()) console.log(`server stderr:\n${stderr.trim()}`);
  if (failed && logs.length && !opts.verbose) console.log(`server log:\n${logs.slice(-20).map((l) => `  ${l}`).join('\n')}`);
  console.log(`editor: ${passed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}

main().catch((e) => {
  console.error(`editor: ${e.stack ?? e}`);
  process.exit(1);
});
