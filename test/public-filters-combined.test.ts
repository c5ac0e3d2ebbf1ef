/**
 * Filters through two relations at one level both apply (REST and /graphql): the drafts
 * guard pins each step to published rows, and an earlier shape of that pin made Strapi
 * drop all but the last relation step — a public list that silently answered more.
 */
import { graphql, rest } from './helpers/http';

const LOCATION = 'buckhead';
const SERVICE = 'therapeutic-massage';

const restIds = async (query: string) => {
  const res = await rest('GET', `/api/clinic/offerings?${query}&pagination[pageSize]=100`);
  expect(res.status).toBe(200);
  return (res.body.data as { documentId: string }[]).map((o) => o.documentId).sort();
};

describe('two relation filters on one level', () => {
  it('REST answers the offerings that match both, as $and does', async () => {
    const atLocation = await restIds(`filters[location][slug][$eq]=${LOCATION}`);
    const ofService = await restIds(`filters[service][slug][$eq]=${SERVICE}`);
    const both = atLocation.filter((id) => ofService.includes(id));
    expect(both).toHaveLength(1);
    expect(await restIds(`filters[location][slug][$eq]=${LOCATION}&filters[service][slug][$eq]=${SERVICE}`)).toEqual(both);
    expect(await restIds(`filters[service][slug][$eq]=${SERVICE}&filters[location][slug][$eq]=${LOCATION}`)).toEqual(both);
    expect(await restIds(`filters[$and][0][location][slug][$eq]=${LOCATION}&filters[$and][1][service][slug][$eq]=${SERVICE}`)).toEqual(both);
  });

  it('/graphql answers the same one offering', async () => {
    const res = await graphql<{ clinicOfferings: { documentId: string }[] }>(
      `query ($l: String!, $s: String!) { clinicOfferings(filters: { location: { slug: { eq: $l } }, service: { slug: { eq: $s } } }) { documentId } }`,
      { l: LOCATION, s: SERVICE },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.clinicOfferings).toHaveLength(1);
  });
});
