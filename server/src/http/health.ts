// /healthz (the process lives), /readyz (storage answers) and /metrics (Prometheus text).
import { Router } from 'express';
import type { Readiness } from '@roundtable/shared/protocol/health';
import type { FanoutBus } from '../bus/ports.ts';
import type { Store } from '../storage/ports.ts';
import type { Metrics } from '../metrics.ts';

export function healthRoutes(options: { store: Store; bus: FanoutBus; metrics: Metrics }): Router {
  const router = Router();
  router.get('/healthz', (_request, response) => {
    response.json({ status: 'ok' });
  });
  router.get('/readyz', async (_request, response) => {
    const checks: Readiness['checks'] = {};
    try {
      await options.store.ping();
      checks.storage = 'ok';
    } catch {
      checks.storage = 'failed';
    }
    if (options.bus.processId !== 'local')
      checks.redis = options.bus.health() === 'ok' ? 'ok' : 'failed';
    // Without storage nothing can be kept: not ready. Without Redis each process still serves
    // its own clients and catches up later: ready, but degraded, so a load balancer keeps it.
    const status: Readiness['status'] =
      checks.storage === 'failed' ? 'unavailable' : checks.redis === 'failed' ? 'degraded' : 'ok';
    const body: Readiness = { status, checks };
    response.status(status === 'unavailable' ? 503 : 200).json(body);
  });
  router.get('/metrics', async (_request, response) => {
    response.type(options.metrics.contentType).send(await options.metrics.render());
  });
  return router;
}
