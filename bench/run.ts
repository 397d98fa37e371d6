/**
 * `npm run bench`: runs every bench/*.bench.ts module and prints its figures. Each figure is paired
 * with a baseline measured in the same run, so the ratio means something on a shared, noisy machine.
 * Nothing here asserts a time; benchmarks report, tests decide correctness.
 */
import * as fs from 'fs';
import * as path from 'path';

export interface BenchFigure {
  name: string;
  value: number;
  unit: string;
  baseline?: { name: string; value: number };
  /** Printed instead of the value when the value is NaN (e.g. why a workload could not run). */
  note?: string;
}

async function main(): Promise<void> {
  const filter = process.argv[2];
  const files = fs
    .readdirSync(__dirname)
    .filter((f) => f.endsWith('.bench.ts'))
    .filter((f) => !filter || f.includes(filter))
    .sort();
  for (const file of files) {
    const mod = (await import(path.join(__dirname, file))) as { run: () => Promise<BenchFigure[]> };
    console.log(`# ${file}`);
    for (const fig of await mod.run()) {
      if (Number.isNaN(fig.value) && fig.note !== undefined) {
        console.log(`${fig.name}: ${fig.note}`);
        continue;
      }
      const ratio = fig.baseline
        ? `  (${(fig.value / fig.baseline.value).toFixed(2)}x ${fig.baseline.name}: ${fig.baseline.value.toFixed(2)} ${fig.unit})`
        : '';
      console.log(`${fig.name}: ${fig.value.toFixed(2)} ${fig.unit}${ratio}`);
    }
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
