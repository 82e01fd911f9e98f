// Every scenario, by the name BENCH_SCENARIOS uses.
import type { ScenarioName } from '../config.ts';
import { coldLoadScenario } from './cold-load.ts';
import { exportScenario } from './export.ts';
import { fanoutScenario } from './fanout.ts';
import { manyScenario } from './many.ts';
import { myDataScenario } from './my-data.ts';
import { plainEnglishScenario } from './plain-english.ts';
import { publicScenario } from './public.ts';
import { reviewScenario } from './review.ts';
import { roomsScenario } from './rooms.ts';
import { scaleOutScenario } from './scale-out.ts';
import { schemaGuardScenario } from './schema-guard.ts';
import { traceScenario } from './trace.ts';
import type { Scenario } from './types.ts';

export const scenarios: Record<ScenarioName, Scenario> = {
  fanout: fanoutScenario,
  rooms: roomsScenario,
  trace: traceScenario,
  'cold-load': coldLoadScenario,
  export: exportScenario,
  'schema-guard': schemaGuardScenario,
  'my-data': myDataScenario,
  'scale-out': scaleOutScenario,
  'plain-english': plainEnglishScenario,
  review: reviewScenario,
  many: manyScenario,
  public: publicScenario,
};
