// /healthz (the process lives), /readyz (storage answers) and /metrics (Prometheus text, for
// whoever `mayReadMetrics` lets in).
import { Router } from 'express';
import type { Readiness } from '@roundtable/shared/protocol/health';
import type { FanoutBus } from '../bus/ports.ts';
import type { Store } from '../storage/ports.ts';
import type { Metrics } from '../metrics.ts';
import { sendError } from './errors.ts';
import { mayReadMetrics } from './metrics-access.ts';

export function healthRoutes(options: {
  store: Store;
  bus: FanoutBus;
  metrics: Metrics;
  metricsToken: string | undefined;
}): Router {
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
  router.get('/metrics', async (request, response) => {
    if (!mayReadMetrics(request, options.metricsToken)) {
      response.set('WWW-Authenticate', 'Bearer realm="metrics"');
      sendError(
        response,
        'unauthorized',
        options.metricsToken === undefined
          ? 'Metrics are served only on this machine. Set METRICS_TOKEN to read them from elsewhere.'
          : 'Send the METRICS_TOKEN as "Authorization: Bearer <token>".',
      );
      return;
    }
    response.type(options.metrics.contentType).send(await options.metrics.render());
  });
  return router;
}
