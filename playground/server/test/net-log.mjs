// Preload (`node --import`) for the network test: records every outbound connection target and DNS lookup
// of the server process as JSON lines in $PADDOCK_NET_LOG, then lets the call proceed unchanged.
import { appendFileSync } from 'node:fs';
import dns from 'node:dns';
import net from 'node:net';

const file = process.env.PADDOCK_NET_LOG;
/** @param {{ kind: 'connect' | 'lookup', host?: string, port?: number, path?: string }} entry */
const record = (entry) => {
  if (file) appendFileSync(file, `${JSON.stringify({ pid: process.pid, ...entry })}\n`);
};

const originalConnect = net.Socket.prototype.connect;
// The patches forward their arguments untouched, whatever overload the caller used: typed as loosely as that.
/** @type {any} */ (net.Socket.prototype).connect = function connect(/** @type {any[]} */ ...args) {
  // net.connect() passes its normalised [options, callback] array as the single argument.
  const first = Array.isArray(args[0]) ? args[0][0] : args[0];
  if (first && typeof first === 'object') {
    if (first.path) record({ kind: 'connect', path: String(first.path) });
    else record({ kind: 'connect', host: first.host ?? 'localhost', port: first.port });
  } else if (typeof first === 'number' || /^\d+$/.test(String(first))) {
    record({
      kind: 'connect',
      host: typeof args[1] === 'string' ? args[1] : 'localhost',
      port: Number(first),
    });
  } else if (typeof first === 'string') {
    record({ kind: 'connect', path: first });
  }
  return /** @type {Function} */ (originalConnect).apply(this, args);
};

const originalLookup = dns.lookup;
/** @type {any} */ (dns).lookup = function lookup(
  /** @type {string} */ hostname,
  /** @type {any[]} */ ...rest
) {
  record({ kind: 'lookup', host: hostname });
  return /** @type {Function} */ (originalLookup).call(this, hostname, ...rest);
};
const originalPromiseLookup = dns.promises.lookup;
/** @type {any} */ (dns.promises).lookup = function lookup(
  /** @type {string} */ hostname,
  /** @type {any[]} */ ...rest
) {
  record({ kind: 'lookup', host: hostname });
  return /** @type {Function} */ (originalPromiseLookup).call(this, hostname, ...rest);
};
