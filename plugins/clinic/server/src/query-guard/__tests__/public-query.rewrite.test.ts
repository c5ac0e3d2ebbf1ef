import { checkOrderBy, checkRawBounds, rewritePopulate, rewriteWhere, type Model, type RewriteContext } from '../public-query.rewrite';
import { QueryRefused } from '../query-problem';

const models: Record<string, Model> = {
  licence: { uid: 'licence', attributes: { number: { type: 'string' }, practitioner: { type: 'relation', target: 'practitioner' } } },
  practitioner: {
    uid: 'practitioner',
    options: { draftAndPublish: true },
    attributes: { slug: { type: 'string' }, email: { type: 'email', private: true }, licences: { type: 'relation', target: 'licence' }, booking: { type: 'component', component: 'booking' } },
  },
  booking: { uid: 'booking', attributes: { ref: { type: 'string' } } },
};
const ctx: RewriteContext = { getModel: (uid) => models[uid], limits: { maxStringLength: 10, maxDepth: 5, maxListLength: 3 } };
const PUBLISHED = { publishedAt: { $notNull: true } };

const refusal = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    if (error instanceof QueryRefused) return error.problem;
    throw error;
  }
  throw new Error('not refused');
};

describe('Given a public filter through relations', () => {
  it('when a step enters a type with drafts, then it is joined with its published rows only', () => {
    expect(rewriteWhere({ practitioner: { slug: { $eq: 'a' } } }, models.licence, ['filters'], 1, ctx)).toEqual({
      practitioner: { slug: { $eq: 'a' }, ...PUBLISHED },
    });
  });

  it('when the path goes on through a type without drafts and back, then each step into drafts is pinned', () => {
    const where = rewriteWhere({ practitioner: { licences: { practitioner: { slug: 'a' } } } }, models.licence, ['filters'], 1, ctx);
    expect(where).toEqual({
      practitioner: { licences: { practitioner: { slug: 'a', ...PUBLISHED } }, ...PUBLISHED },
    });
  });

  it('when a relation is compared by id or with $not, then the comparison keeps its meaning', () => {
    expect(rewriteWhere({ practitioner: 5 }, models.licence, ['filters'], 1, ctx)).toEqual({ practitioner: { id: 5, ...PUBLISHED } });
    expect(rewriteWhere({ $not: { practitioner: { $not: { slug: 'a' } } } }, models.licence, ['filters'], 1, ctx)).toEqual({
      $not: { practitioner: { $and: [{ $not: { slug: 'a' } }, PUBLISHED] } },
    });
  });

  it('when a component is crossed, then no published pin is added for it', () => {
    expect(rewriteWhere({ booking: { ref: 'x' } }, models.practitioner, ['filters'], 1, ctx)).toEqual({ booking: { ref: 'x' } });
  });

  it.each([
    [{ number: { $eq: { $gt: '' } } }, ['filters', 'number', '$eq']],
    [{ number: { $foo: 'x' } }, ['filters', 'number', '$foo']],
    [{ $foo: 'x' }, ['filters', '$foo']],
    [{ nope: 'x' }, ['filters', 'nope']],
    [{ practitioner: { email: 'x' } }, ['filters', 'practitioner', 'email']],
    [{ number: { $contains: 'x'.repeat(11) } }, ['filters', 'number', '$contains']],
    [{ number: { $in: ['a', 'b', 'c', 'd'] } }, ['filters', 'number', '$in']],
    [{ number: { $between: ['a'] } }, ['filters', 'number', '$between']],
    [{ $or: 'x' }, ['filters', '$or']],
    [{ $not: { $not: { $not: { $not: { $not: { number: 'x' } } } } } }, ['filters', '$not', '$not', '$not', '$not', '$not']],
  ])('when it is %j, then it is refused naming %j', (where, path) => {
    expect(refusal(() => rewriteWhere(where, models.licence, ['filters'], 1, ctx)).path).toEqual(path);
  });
});

describe('Given a public sort or populate', () => {
  it('when a sort goes through a relation or names no field, then it is refused', () => {
    expect(refusal(() => checkOrderBy([{ practitioner: { slug: 'asc' } }], models.licence, ['sort'], ctx)).message).toMatch(/through the relation "practitioner"/);
    expect(refusal(() => checkOrderBy({ '': { '': 'asc' } }, models.licence, ['sort'], ctx)).path).toEqual(['sort']);
    expect(() => checkOrderBy([{ number: 'desc' }], models.licence, ['sort'], ctx)).not.toThrow();
  });

  it('when a populate filters, then its filter is rewritten against its own target', () => {
    expect(rewritePopulate({ practitioner: { where: { licences: { practitioner: { slug: 'a' } } } } }, models.licence, ['populate'], 1, ctx)).toEqual({
      practitioner: { where: { licences: { practitioner: { slug: 'a', ...PUBLISHED } } } },
    });
    expect(refusal(() => rewritePopulate(['practitioner.nope'], models.licence, ['populate'], 1, ctx)).path).toEqual(['populate']);
  });

  it('when a list arrives as an object keyed by index, then its length is bounded as sent', () => {
    expect(refusal(() => checkRawBounds({ number: { $in: { 0: 'a', 1: 'b', 2: 'c', 3: 'd' } } }, ['filters'], 1, ctx)).path).toEqual(['filters', 'number', '$in']);
  });
});
