// `npm run bench`: every benchmark, outside the pass/fail test run; writes bench/results.json.
import { writeFileSync } from 'node:fs';
import { machine } from './machine';
import { benchMapperDrag } from './mapper-drag';
import { benchPdf } from './pdf';
import { benchDiagnosis } from './contact-map';
import { benchSaveLatency } from './save-latency';

const results = {
  measuredAt: new Date().toISOString(),
  machine: machine(),
  saveLatency: benchSaveLatency(),
  contactMapDiagnosis: benchDiagnosis(),
  pdf: await benchPdf(),
  mapperDrag: await benchMapperDrag(),
};
writeFileSync('bench/results.json', `${JSON.stringify(results, null, 2)}\n`);
console.log(JSON.stringify(results, null, 2));
