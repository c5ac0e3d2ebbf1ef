import { buildSchema, getIntrospectionQuery, parse } from 'graphql';
import { getComplexity, simpleEstimator } from 'graphql-query-complexity';
import { INTROSPECTION_POINTS_PER_TYPE, introspectionEstimator, shadowCrudEstimator, shadowCrudPageSize } from '../estimators';

const paging = { defaultLimit: 25, maxLimit: 100 };

describe('shadowCrudPageSize: the rows Strapi will read', () => {
  it.each([
    [undefined, 25],
    [{}, 25],
    [{ limit: 5 }, 5],
    [{ pageSize: 40 }, 40],
    [{ limit: 500 }, 100],
    [{ limit: -1 }, 100],
    [{ limit: 0 }, 1],
  ])('pagination %j reads %i', (pagination, rows) => {
    expect(shadowCrudPageSize(pagination, paging)).toBe(rows);
  });

  it('bounds an unbounded maxLimit (-1) at ten default pages', () => {
    expect(shadowCrudPageSize({ limit: 100000 }, { defaultLimit: 25, maxLimit: -1 })).toBe(250);
  });
});

describe('the /graphql cost model', () => {
  const schema = buildSchema(`
    input PaginationArg { limit: Int pageSize: Int start: Int page: Int }
    type Hours { day: String }
    type Licence { number: String }
    type Practitioner { slug: String licences(pagination: PaginationArg): [Licence] }
    type Location { slug: String openingHours: [Hours] practitioners(pagination: PaginationArg): [Practitioner] }
    type PageInfo { total: Int }
    type LocationConnection { nodes: [Location] pageInfo: PageInfo }
    type Query { locations(pagination: PaginationArg): [Location] locations_connection(pagination: PaginationArg): LocationConnection }
  `);
  const cost = (query: string) =>
    getComplexity({ schema, query: parse(query), variables: {}, estimators: [introspectionEstimator(schema), shadowCrudEstimator(paging), simpleEstimator({ defaultComplexity: 1 })] });

  it('multiplies each level by the page it asks for', () => {
    expect(cost('{ locations(pagination: { limit: 10 }) { slug practitioners(pagination: { limit: 5 }) { slug } } }')).toBe(1 + 10 * (1 + (1 + 5 * 1)));
  });

  it('uses the default page when none is asked, and counts unpaged lists as 10', () => {
    expect(cost('{ locations { openingHours { day } } }')).toBe(1 + 25 * (1 + 10 * 1));
  });

  it("does not count a connection's nodes twice", () => {
    expect(cost('{ locations_connection(pagination: { pageSize: 100 }) { nodes { slug } } }')).toBe(1 + 100 * 1);
  });

  it('counts __typename and a full introspection, which costs the size of the schema', () => {
    expect(cost('{ a: __typename b: __typename }')).toBe(2);
    const types = Object.keys(schema.getTypeMap()).length;
    const introspection = cost(getIntrospectionQuery());
    expect(introspection).toBeGreaterThan(types * INTROSPECTION_POINTS_PER_TYPE);
    expect(introspection).toBeLessThan(types * INTROSPECTION_POINTS_PER_TYPE + 300);
  });
});
