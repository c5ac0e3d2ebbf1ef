import { createMetrics } from '../metrics/registry';

/** This instance's Prometheus metrics (metrics/registry.ts lists them). */
export default () => createMetrics();
