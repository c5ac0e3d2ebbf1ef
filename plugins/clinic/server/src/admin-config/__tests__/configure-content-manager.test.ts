import { humanize, fieldText } from '../field-labels';
import { configureComponent, configureContentType, type CmConfiguration } from '../configure-content-manager';
import { COMPONENT_MAIN_FIELDS } from '../list-views';
import { offeringTitle, bundleOfferingTitle } from '../../domain/entry-titles.rules';

describe('field labels', () => {
  it.each([
    ['operatingStatus', 'Operating status'],
    ['externalId', 'External ID'],
    ['verificationUrl', 'Verification URL'],
    ['name', 'Name'],
    ['price_overrides', 'Price overrides'],
  ])('%s reads "%s"', (field, label) => expect(humanize(field)).toBe(label));

  it('takes the written label and description over the generated one', () => {
    expect(fieldText('priceOverrides')).toEqual({ label: 'Local prices', description: expect.stringMatching(/base price/) });
    expect(fieldText('yearsExperience').label).toBe('Years of experience');
  });
});

describe('entry titles', () => {
  it('joins the two names, and says what is missing', () => {
    expect(offeringTitle('Therapeutic massage', 'Buckhead')).toBe('Therapeutic massage · Buckhead');
    expect(offeringTitle(null, ' ')).toBe('No service · No location');
    expect(bundleOfferingTitle('Stretch & adjust', null)).toBe('Stretch & adjust · No location');
  });
});

describe('configureContentType', () => {
  const current: CmConfiguration = {
    settings: { mainField: 'documentId', pageSize: 10, defaultSortBy: 'documentId', defaultSortOrder: 'ASC' },
    metadatas: {
      id: { edit: {}, list: { label: 'id' } },
      title: { edit: { label: 'title', editable: true }, list: { label: 'title' } },
      service: { edit: { label: 'service', mainField: 'documentId' }, list: { label: 'service' } },
      priceOverrides: { edit: { label: 'priceOverrides' }, list: { label: 'priceOverrides' } },
    },
    layouts: { list: ['id', 'documentId'], edit: [[{ name: 'service', size: 6 }, { name: 'title', size: 6 }], [{ name: 'priceOverrides', size: 12 }]] },
  };
  const attributes = { title: { type: 'string' }, service: { type: 'relation', target: 'plugin::clinic.service' }, priceOverrides: { type: 'component' } };
  const next = configureContentType(current, attributes, { mainField: 'title', columns: ['title', 'service', 'nope', 'updatedAt'], sortBy: 'title' }, (uid) => (uid === 'plugin::clinic.service' ? 'name' : undefined));

  it('sets the main field, the order and the known columns, keeping the rest of the settings', () => {
    expect(next.settings).toEqual({ mainField: 'title', pageSize: 10, defaultSortBy: 'title', defaultSortOrder: 'ASC' });
    expect(next.layouts.list).toEqual(['title', 'service', 'updatedAt']);
  });

  it('puts the computed title first and read-only', () => {
    expect(next.layouts.edit).toEqual([[{ name: 'title', size: 12 }], [{ name: 'service', size: 6 }], [{ name: 'priceOverrides', size: 12 }]]);
    expect(next.metadatas.title.edit.editable).toBe(false);
  });

  it('names related entries by their main field, and labels in words', () => {
    expect(next.metadatas.service.edit).toEqual(expect.objectContaining({ label: 'Service', mainField: 'name' }));
    expect(next.metadatas.priceOverrides.list.label).toBe('Local prices');
  });
});

describe('configureComponent', () => {
  const current: CmConfiguration = {
    settings: { mainField: 'opens', pageSize: 10 },
    metadatas: { day: { edit: { label: 'day' }, list: { label: 'day' } }, opens: { edit: { label: 'opens' }, list: { label: 'opens' } } },
    layouts: { list: ['day', 'opens'], edit: [[{ name: 'day', size: 4 }, { name: 'opens', size: 4 }]] },
  };
  const attributes = { day: { type: 'enumeration' }, opens: { type: 'string' } };

  it("heads opening-hours rows by their day instead of their opening time", () => {
    const next = configureComponent(current, attributes, COMPONENT_MAIN_FIELDS['clinic.opening-hours'], () => undefined);
    expect(next.settings).toEqual({ mainField: 'day', pageSize: 10 });
    expect(next.metadatas.day.edit.label).toBe('Day');
  });

  it('keeps the stored main field when the component has no such field', () => {
    expect(configureComponent(current, attributes, 'minutes', () => undefined).settings.mainField).toBe('opens');
  });
});
