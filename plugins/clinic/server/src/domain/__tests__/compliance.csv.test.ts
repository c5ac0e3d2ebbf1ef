import { complianceCsv, csvField } from '../compliance.csv';
import { complianceReport, type CompliancePractitioner } from '../compliance.rules';

describe('Given values for a CSV field', () => {
  it('when they hold a comma, a quote or a line break, then they are quoted with quotes doubled', () => {
    expect(csvField('Jun Park, LMT')).toBe('"Jun Park, LMT"');
    expect(csvField('the "Oak"')).toBe('"the ""Oak"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField(null)).toBe('');
  });

  it('when text starts like a spreadsheet formula, then it is prefixed so it stays text; numbers stay numbers', () => {
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('-cmd')).toBe("'-cmd");
    expect(csvField(-20)).toBe('-20');
  });
});

describe('Given a compliance report', () => {
  const location = { documentId: 'loc-b', name: 'Buckhead', state: 'GA', franchise: { documentId: 'fr', name: 'Metro' } };
  const alabama = { documentId: 'loc-al', name: 'Birmingham', state: 'AL', franchise: { documentId: 'fr2', name: 'Coast & South' } };
  const practitioners: CompliancePractitioner[] = [
    {
      documentId: 'p1',
      name: 'Jun Park, LMT',
      licences: [{ documentId: 'l1', type: 'LMT', number: 'MT063350', state: 'GA', issuedOn: '2024-11-01', expiresOn: '2026-12-22', suspended: false }],
      modalities: [{ documentId: 'm', name: 'Therapeutic massage', requiredLicenceType: 'LMT' }],
      locations: [location, alabama],
    },
  ];

  it('then it is one CRLF line per row under the header: licences first, then the gaps', () => {
    const csv = complianceCsv(complianceReport({ practitioners, today: '2026-12-02', days: 60, ownedFranchiseIds: null }));
    expect(csv.split('\r\n')).toEqual([
      'section,location,franchise,practitioner,licence type,licence number,licence state,expires on,days left,status,modality',
      'licence expiring,Buckhead,Metro,"Jun Park, LMT",LMT,MT063350,GA,2026-12-22,20,expiring,',
      'not licensed here,Birmingham,Coast & South,"Jun Park, LMT",LMT,,AL,,,No licence in AL (needs LMT),Therapeutic massage',
      '',
    ]);
  });
});
