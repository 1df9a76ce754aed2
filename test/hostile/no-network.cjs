// Preloaded with `node --require` into the CLI and the language server by the network test.
// Every way Node opens a connection or resolves a name is replaced by a trap that records the
// attempt in $CNTUTOR_NETWORK_LOG and throws, so a connection attempt fails loudly and is seen.
// The preload also records that it was loaded, so the test knows the trap was in place.
'use strict';
const fs = require('node:fs');

const log = process.env.CNTUTOR_NETWORK_LOG;
function record(line) {
  if (log) fs.appendFileSync(log, `${line}\n`);
}
record(`loaded ${process.pid}`);

function trap(owner, name, label) {
  if (!owner || typeof owner[name] !== 'function') return;
  owner[name] = function networkTrap(...args) {
    const target = args
      .slice(0, 2)
      .map((a) => (typeof a === 'object' && a !== null ? JSON.stringify(a).slice(0, 120) : String(a)))
      .join(' ');
    record(`attempt ${label} ${target}`);
    throw new Error(`network access attempted: ${label} ${target}`);
  };
}

const net = require('node:net');
trap(net.Socket.prototype, 'connect', 'net.Socket.connect');
trap(net, 'connect', 'net.connect');
trap(net, 'createConnection', 'net.createConnection');

const tls = require('node:tls');
trap(tls, 'connect', 'tls.connect');

const dns = require('node:dns');
for (const name of [
  'lookup',
  'lookupService',
  'resolve',
  'resolve4',
  'resolve6',
  'resolveAny',
  'resolveCname',
  'resolveTxt',
  'reverse',
]) {
  trap(dns, name, `dns.${name}`);
  trap(dns.promises, name, `dns.promises.${name}`);
}

for (const module of ['node:http', 'node:https']) {
  const http = require(module);
  trap(http, 'request', `${module.slice(5)}.request`);
  trap(http, 'get', `${module.slice(5)}.get`);
}
trap(require('node:http2'), 'connect', 'http2.connect');
trap(require('node:dgram'), 'createSocket', 'dgram.createSocket');
if (typeof globalThis.fetch === 'function') trap(globalThis, 'fetch', 'fetch');
if (typeof globalThis.WebSocket === 'function') trap(globalThis, 'WebSocket', 'WebSocket');
