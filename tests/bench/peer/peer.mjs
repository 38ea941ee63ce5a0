// A peer in the same bench run (scripts/bench --peer): a PouchDB pull replication of exactly the rows our own first
// sync receives, on the same machine at the same moment.
//
// Usage: node peer.mjs --server URL [--user admin] [--password demo] [--work DIR] [--batch-size N]
//   1. A child process (this file with "serve") pulls every row from our running opvangloket-server over
//      GET /api/v1/sync/pull as USER (cursor paging), one doc per row (_id "table/id", the row's fields as they are),
//      bulk-loads them into an on-disk LevelDB PouchDB under DIR/server and serves it with express-pouchdb on
//      127.0.0.1 (a free port). Not timed.
//   2. This process times PouchDB.replicate(remote, local) into a fresh on-disk (LevelDB) client under DIR/client,
//      checks that the client holds every doc, and prints one line of JSON on stdout:
//      {"peer_pouchdb_rows_per_s": X, "rows": N, "seconds": S, "batch_size": B}
//   The server is a process of its own, as ours is in bench_sync: on two cores the two sides do not share a thread.
//   --batch-size defaults to PouchDB's own default (100 docs per batch, 10 batches in flight).
import { spawn } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import PouchDB from 'pouchdb';

const DB_NAME = 'opvangloket';

function options(argv) {
  const o = { user: 'admin', password: 'demo', batchSize: 0, loadBatch: 2000 };
  for (let i = 0; i < argv.length; ++i) {
    const value = () => {
      if (i + 1 >= argv.length) throw new Error(`${argv[i]} needs a value`);
      return argv[++i];
    };
    switch (argv[i]) {
      case '--server': o.server = value().replace(/\/+$/, ''); break;
      case '--user': o.user = value(); break;
      case '--password': o.password = value(); break;
      case '--work': o.work = value(); break;
      case '--batch-size': o.batchSize = Number(value()); break;
      case '--load-batch': o.loadBatch = Number(value()); break;
      default: throw new Error(`unknown argument ${argv[i]}`);
    }
  }
  if (!o.server) throw new Error('usage: node peer.mjs --server URL [--user U] [--password P] [--work DIR] [--batch-size N]');
  return o;
}

const log = (...args) => console.error('peer:', ...args);

async function json(response, what) {
  if (!response.ok) throw new Error(`${what}: HTTP ${response.status} ${await response.text()}`);
  return response.json();
}

// Every change our client would receive on its first pull, as PouchDB docs, handed to onPage page by page.
async function pullOurRows(o, onPage) {
  const login = await json(await fetch(`${o.server}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username: o.user, password: o.password, device: 'bench-peer' }),
  }), 'login');
  const auth = { Authorization: `Bearer ${login.access_token}` };
  let cursor = null;
  let upserts = 0;
  let deletes = 0;
  for (;;) {
    const query = new URLSearchParams({ limit: '5000', client_id: 'bench-peer' });
    if (cursor) query.set('cursor', cursor);
    const page = await json(await fetch(`${o.server}/api/v1/sync/pull?${query}`, { headers: auth }), 'pull');
    const docs = [];
    for (const change of page.changes) {
      if (change.op !== 'upsert') {
        ++deletes; // a tombstone of a row never held: our client ignores it, there is no doc to replicate
        continue;
      }
      for (const key of Object.keys(change.row)) {
        if (key.startsWith('_')) throw new Error(`${change.table}.${key}: a field PouchDB reserves`);
      }
      docs.push({ _id: `${change.table}/${change.id}`, ...change.row });
    }
    upserts += docs.length;
    await onPage(docs);
    cursor = page.cursor;
    if (!page.has_more) break;
  }
  return { upserts, deletes };
}

async function serve(argv) {
  const o = options(argv);
  const { default: express } = await import('express');
  const { default: expressPouchDB } = await import('express-pouchdb');
  const dir = path.join(o.work, 'server');
  mkdirSync(dir, { recursive: true });
  const ServerPouch = PouchDB.defaults({ prefix: dir + path.sep });
  const db = new ServerPouch(DB_NAME);
  const clock = performance.now();
  const { upserts, deletes } = await pullOurRows(o, async (docs) => {
    for (let i = 0; i < docs.length; i += o.loadBatch) {
      const results = await db.bulkDocs(docs.slice(i, i + o.loadBatch));
      const failed = results.find((r) => r.error);
      if (failed) throw new Error(`bulkDocs: ${JSON.stringify(failed)}`);
    }
  });
  const info = await db.info();
  log(`loaded ${info.doc_count} docs (${deletes} tombstones skipped) in ${((performance.now() - clock) / 1000).toFixed(1)} s`);
  const app = express();
  app.use('/', expressPouchDB(ServerPouch, {
    mode: 'minimumForPouchDB',
    inMemoryConfig: true,
    logPath: path.join(dir, 'log.txt'),
  }));
  const listener = app.listen(0, '127.0.0.1', () => {
    const { port } = listener.address();
    process.stdout.write(JSON.stringify({ url: `http://127.0.0.1:${port}/${DB_NAME}`, rows: upserts, docs: info.doc_count }) + '\n');
  });
}

async function main(argv) {
  const o = options(argv);
  const ownWork = !o.work;
  o.work = o.work || mkdtempSync(path.join(tmpdir(), 'opvangloket-peer-'));
  const child = spawn(process.execPath, [fileURLToPath(import.meta.url), 'serve', ...argv, '--work', o.work],
                      { stdio: ['ignore', 'pipe', 'inherit'] });
  const stop = () => { if (child.exitCode === null) child.kill('SIGTERM'); };
  process.on('exit', stop);
  try {
    const ready = await new Promise((resolve, reject) => {
      let out = '';
      child.stdout.on('data', (chunk) => {
        out += chunk;
        const line = out.indexOf('\n');
        if (line >= 0) resolve(JSON.parse(out.slice(0, line)));
      });
      child.on('exit', (code) => reject(new Error(`peer server exited with ${code}`)));
    });
    const ClientPouch = PouchDB.defaults({ prefix: path.join(o.work, 'client') + path.sep });
    mkdirSync(path.join(o.work, 'client'), { recursive: true });
    const local = new ClientPouch(DB_NAME);
    const replicateOptions = o.batchSize > 0 ? { batch_size: o.batchSize } : {};
    const clock = performance.now();
    const result = await PouchDB.replicate(ready.url, local, replicateOptions);
    const seconds = (performance.now() - clock) / 1000;
    const info = await local.info();
    if (result.status !== 'complete' || info.doc_count !== ready.docs || ready.docs !== ready.rows) {
      throw new Error(`replication incomplete: status ${result.status}, client ${info.doc_count} docs, server ` +
                      `${ready.docs} docs of ${ready.rows} rows`);
    }
    log(`replicated ${info.doc_count} docs in ${seconds.toFixed(1)} s (docs_written ${result.docs_written})`);
    await local.close();
    process.stdout.write(JSON.stringify({
      peer_pouchdb_rows_per_s: info.doc_count / seconds,
      rows: info.doc_count,
      seconds,
      batch_size: o.batchSize > 0 ? o.batchSize : 100,
    }) + '\n');
  } finally {
    stop();
    if (ownWork) rmSync(o.work, { recursive: true, force: true });
  }
}

const [mode, ...rest] = process.argv.slice(2);
(mode === 'serve' ? serve(rest) : main(process.argv.slice(2))).catch((error) => {
  console.error('peer:', error.message);
  process.exit(1);
});
