import { dayPlus, today } from './helpers/clock';
import { graphql } from './helpers/http';
import { recompute } from './helpers/licences';

// One notion of today per run: the tests' (helpers/clock.ts), the app's (the plugin's
// clock service) and the demo data's, even when the run crosses midnight UTC.
describe('the run has one today', () => {
  it('the licence job, run without a day, judges the tests’ today', async () => {
    const run = await recompute({ force: true });
    expect(run.status).toBe(200);
    expect(run.body.data.day).toBe(today());
  });

  it('the demo chain is dated from it: the licence that expired 20 days ago expired on today − 20', async () => {
    const res = await graphql(`{ clinicLicences(filters: { number: { endsWith: "022784" } }) { expiresOn licenceStatus } }`);
    expect(res.errors).toBeUndefined();
    expect(res.data.clinicLicences).toEqual([{ expiresOn: dayPlus(-20), licenceStatus: 'expired' }]);
  });
});
