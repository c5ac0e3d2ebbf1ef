/** GET /metrics as Prometheus scrapes it, after the requests an operations team wants to see. */
import { baseUrl } from '../helpers/http';
import { site } from '../helpers/site-api';

const scrape = async () => {
  const res = await fetch(`${baseUrl()}/metrics`);
  return { status: res.status, type: res.headers.get('content-type'), text: await res.text() };
};

const value = (text: string, series: string) => {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line ? Number(line.slice(series.length + 1)) : 0;
};

describe('metrics (/metrics)', () => {
  it('counts site-API requests by endpoint and operation, and response-cache hits', async () => {
    const before = (await scrape()).text;
    const query = `query MetricsProbe { locations(page: { limit: 2 }) { items { slug } } }`;
    await site(query);
    await site(query);
    const { status, type, text } = await scrape();
    expect(status).toBe(200);
    expect(type).toMatch(/^text\/plain/);
    const requests = 'clinic_http_requests_total{endpoint="site-api",method="POST",status="2xx"}';
    expect(value(text, requests) - value(before, requests)).toBe(2);
    const operations = 'clinic_site_api_operation_duration_seconds_count{operation="MetricsProbe",outcome="ok"}';
    expect(value(text, operations) - value(before, operations)).toBe(2);
    const hits = 'clinic_site_api_response_cache_total{result="hit"}';
    expect(value(text, hits) - value(before, hits)).toBeGreaterThanOrEqual(1);
  });

  it('shows the read model, the database pool and the process', async () => {
    const { text } = await scrape();
    expect(value(text, 'clinic_read_model_rebuild_duration_seconds_count{outcome="ok"}')).toBeGreaterThan(0);
    expect(text).toMatch(/^clinic_read_model_stale_seconds \d/m);
    expect(text).toMatch(/^clinic_read_model_failed_rebuilds 0$/m);
    expect(text).toMatch(/^clinic_db_pool_connections\{state="used"\} \d+$/m);
    expect(text).toMatch(/^clinic_node_process_resident_memory_bytes \d+$/m);
  });
});
