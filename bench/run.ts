// `npm run bench`: every benchmark, outside the pass/fail test run; writes bench/results.json.
// `npm run bench -- saveLatency pdf` runs only those, keeping the other figures in the file.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { machine } from './machine';
import { benchMapperDrag } from './mapper-drag';
import { benchPdf } from './pdf';
import { benchRoom } from './room';
import { benchDiagnosis } from './contact-map';
import { benchSaveLatency } from './save-latency';

const RESULTS = 'bench/results.json';

const benches = {
  saveLatency: benchSaveLatency,
  contactMapDiagnosis: benchDiagnosis,
  pdf: benchPdf,
  mapperDrag: benchMapperDrag,
  room: benchRoom,
} satisfies Record<string, () => unknown>;
type BenchName = keyof typeof benches;

const isBenchName = (name: string): name is BenchName => name in benches;
const asked = process.argv.slice(2);
const unknown = asked.filter((name) => !isBenchName(name));
if (unknown.length > 0) {
  throw new Error(
    `No benchmark called ${unknown.join(', ')}: choose from ${Object.keys(benches).join(', ')}`,
  );
}
const chosen = asked.length > 0 ? asked.filter(isBenchName) : (Object.keys(benches) as BenchName[]);

const earlier: Record<string, unknown> =
  asked.length > 0 && existsSync(RESULTS) ? JSON.parse(readFileSync(RESULTS, 'utf8')) : {};
const results: Record<string, unknown> = {
  ...earlier,
  measuredAt: new Date().toISOString(),
  machine: machine(),
};
for (const name of chosen) results[name] = await benches[name]();
writeFileSync(RESULTS, `${JSON.stringify(results, null, 2)}\n`);
console.log(JSON.stringify(results, null, 2));
