// MiniSearch side by side with RedCarpet (see README, Performance).
// Indexes the articles our `bench export` wrote (JSONL: id, title, date, source, text) and runs questions.
//   node peer.mjs search --corpus export.jsonl --questions questions.jsonl --rounds 5
//     -> {"docs", "indexMillis", "n", "p50", "p99", "mean", "hitAt5"}   (latencies in ms, per search)
//   node peer.mjs recall --corpus export.jsonl --questions ../shared/devset/questions.jsonl
//     -> {"answerable", "recall1", "recall3", "recall5", "mrr10"}       (scored like the dev set's score.py)
// Prints one JSON object on its last line.
import fs from 'node:fs';
import MiniSearch from 'minisearch';

const STOP = new Set(('a an and are as at be but by did do does for from had has have he her hers him his how i in is it its ' +
  'me my of on or our she so that the their them they this to was were wat what when where which who whom why will with ' +
  'wore wear worn you your').split(' '));

function fold(s) {
  return s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

function args(argv) {
  const out = { mode: argv[0], rounds: 1 };
  for (let i = 1; i < argv.length; i += 2) out[argv[i].replace(/^--/, '')] = argv[i + 1];
  out.rounds = Number(out.rounds) || 1;
  return out;
}

function jsonl(file) {
  return fs.readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
}

function build(docs) {
  const ms = new MiniSearch({
    idField: 'id',
    fields: ['title', 'text'],
    processTerm: (term) => {
      const t = fold(term);
      return STOP.has(t) ? null : t;
    },
    searchOptions: { boost: { title: 2 }, fuzzy: 0.2, prefix: true, combineWith: 'OR' },
  });
  const t0 = process.hrtime.bigint();
  ms.addAll(docs);
  const millis = Number(process.hrtime.bigint() - t0) / 1e6;
  return { ms, millis };
}

function percentile(sorted, p) {
  const i = Math.ceil((p / 100) * sorted.length) - 1;
  return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
}

function stem(id) {
  return id.split('/').pop().replace(/\.(txt|json|jsonl|md|html)$/, '');
}

const opt = args(process.argv.slice(2));
const docs = jsonl(opt.corpus);
const questions = jsonl(opt.questions);
const { ms, millis } = build(docs);
const ranked = (q) => ms.search(q.question).slice(0, 10).map((r) => r.id);

if (opt.mode === 'search') {
  let hits = 0, answerable = 0;
  for (const q of questions) { // warm-up pass and sanity check
    const top = ranked(q).slice(0, 5);
    if (q.relevant && q.relevant.length) {
      answerable++;
      if (top.some((id) => q.relevant.includes(id))) hits++;
    }
  }
  const times = [];
  for (let r = 0; r < opt.rounds; r++) {
    for (const q of questions) {
      const t0 = process.hrtime.bigint();
      ms.search(q.question);
      times.push(Number(process.hrtime.bigint() - t0) / 1e6);
    }
  }
  times.sort((a, b) => a - b);
  const mean = times.reduce((a, b) => a + b, 0) / times.length;
  console.log(JSON.stringify({ docs: docs.length, indexMillis: millis, n: times.length, p50: percentile(times, 50),
    p99: percentile(times, 99), mean, hitAt5: answerable ? hits / answerable : null }));
} else if (opt.mode === 'recall') {
  const r = { 1: 0, 3: 0, 5: 0 };
  let mrr = 0, n = 0;
  for (const q of questions) {
    if (!q.relevant || !q.relevant.length) continue;
    n++;
    const rel = new Set(q.relevant.map(stem));
    const got = ranked(q).map(stem);
    for (const k of [1, 3, 5]) if (got.slice(0, k).some((d) => rel.has(d))) r[k]++;
    const rank = got.findIndex((d) => rel.has(d));
    if (rank >= 0) mrr += 1 / (rank + 1);
  }
  const d = Math.max(1, n);
  console.log(JSON.stringify({ answerable: n, recall1: r[1] / d, recall3: r[3] / d, recall5: r[5] / d, mrr10: mrr / d }));
} else {
  console.error('usage: node peer.mjs search|recall --corpus FILE.jsonl --questions FILE.jsonl [--rounds N]');
  process.exit(2);
}
