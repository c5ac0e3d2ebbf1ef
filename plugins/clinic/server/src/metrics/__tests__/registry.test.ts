import { boundedLabel, createMetrics, endpointOf } from '../registry';

describe('metrics', () => {
  it('labels requests by endpoint family, never by raw path', () => {
    expect(endpointOf('/site/graphql')).toBe('site-api');
    expect(endpointOf('/graphql')).toBe('graphql');
    expect(endpointOf('/api/clinic/locations/abc123')).toBe('rest');
    expect(endpointOf('/content-manager/collection-types/plugin::clinic.offering')).toBe('admin');
    expect(endpointOf('/_ready')).toBe('_ready');
    expect(endpointOf('/../../etc/passwd')).toBe('other');
  });

  it('bounds client-chosen operation names', () => {
    const label = boundedLabel(2);
    expect(label('LocationPage')).toBe('LocationPage');
    expect(label('ConditionPage')).toBe('ConditionPage');
    expect(label('Third')).toBe('other');
    expect(label('LocationPage')).toBe('LocationPage');
    expect(label(null)).toBe('other');
    expect(boundedLabel()('not a name!')).toBe('anonymous');
  });

  it('renders Prometheus text with every metric, one registry per app', async () => {
    const a = createMetrics();
    const b = createMetrics(); // a second app in the same process registers again without clashing
    a.httpRequests.inc({ endpoint: 'site-api', method: 'POST', status: '2xx' });
    const text = await a.registry.metrics();
    expect(text).toContain('clinic_http_requests_total{endpoint="site-api",method="POST",status="2xx"} 1');
    for (const name of ['clinic_read_model_rebuild_duration_seconds', 'clinic_site_api_response_cache_total', 'clinic_licence_job_runs_total', 'clinic_db_pool_connections', 'clinic_node_process_resident_memory_bytes']) {
      expect(text).toContain(name);
    }
    expect(await b.registry.metrics()).not.toContain('site-api');
  });
});
