import { graphql, rest } from './helpers/http';

const PRIVATE = ['email', 'phone', 'internalNotes'];

describe('private practitioner fields never reach the public', () => {
  it('are absent from the public GraphQL schema', async () => {
    const res = await graphql(`{ __type(name: "ClinicPractitioner") { fields { name } } }`);
    const fields = res.data.__type.fields.map((f: any) => f.name);
    expect(fields).toEqual(expect.arrayContaining(['firstName', 'lastName', 'bio', 'licences']));
    for (const name of PRIVATE) expect(fields).not.toContain(name);
  });

  it('cannot be queried through GraphQL', async () => {
    const res = await graphql(`{ clinicPractitioners { email } }`);
    expect(res.status).toBe(400);
    expect(res.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(res.errors?.[0].message).toMatch(/Cannot query field "email"/);
  });

  it('are absent from REST responses, even when asked for', async () => {
    const list = await rest('GET', '/api/clinic/practitioners?pagination[pageSize]=100');
    expect(list.status).toBe(200);
    expect(list.body.data.length).toBeGreaterThanOrEqual(20);
    for (const p of list.body.data) {
      for (const name of PRIVATE) expect(p).not.toHaveProperty(name);
    }
    const asked = await rest('GET', '/api/clinic/practitioners?fields[0]=email&fields[1]=lastName');
    expect(JSON.stringify(asked.body)).not.toMatch(/@example\.com/);
  });

  it('cannot be used to filter and so probe values', async () => {
    const res = await rest('GET', '/api/clinic/practitioners?filters[email][$contains]=example');
    expect(res.status).toBe(400);
  });
});
