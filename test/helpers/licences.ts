import { asAdmin, graphql, rest } from './http';

const LICENCE = 'plugin::clinic.licence';
const cm = (path = '') => `/content-manager/collection-types/${LICENCE}${path}`;

/** A published practitioner who works at a published Georgia location of the demo chain. */
export const georgiaPractitioner = async () => {
  const res = await graphql(`{
    clinicLocations(filters: { address: { state: { eq: "GA" } } }, sort: "slug") {
      documentId name slug
      practitioners(sort: "slug") { documentId firstName lastName }
    }
  }`);
  const location = res.data.clinicLocations.find((l: any) => l.practitioners.length > 0);
  if (!location) throw new Error('the demo chain has no practitioner at a Georgia location');
  return { location, practitioner: location.practitioners[0] };
};

/** Adds a Georgia massage licence to a practitioner through the admin content manager. */
export const createGeorgiaLicence = async (practitionerDocumentId: string, { issuedOn, expiresOn }: { issuedOn: string; expiresOn: string }) => {
  const number = `MT${String(Math.floor(100000 + Math.random() * 899999))}`;
  const res = await rest(
    'POST',
    cm(),
    {
      type: 'LMT',
      number,
      state: 'GA',
      board: 'Georgia Board of Massage Therapy',
      issuedOn,
      expiresOn,
      suspended: false,
      practitioner: { connect: [{ documentId: practitionerDocumentId }] },
    },
    await asAdmin(),
  );
  if (res.status !== 201) throw new Error(`licence not created: ${res.status} ${JSON.stringify(res.body)}`);
  return { documentId: res.body.data.documentId as string, number };
};

export const deleteLicence = async (documentId: string) => rest('DELETE', cm(`/${documentId}`), undefined, await asAdmin());

/** The stored status as an editor sees it in the content manager. */
export const storedStatus = async (documentId: string) => {
  const res = await rest('GET', cm(`/${documentId}`), undefined, await asAdmin());
  if (res.status !== 200) throw new Error(`licence not readable: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.data.licenceStatus as string | undefined;
};

export const recompute = async (body: Record<string, unknown>) => rest('POST', '/clinic/licences/recompute', body, await asAdmin());

export const expiringList = async (query: string) => rest('GET', `/clinic/licences/expiring?${query}`, undefined, await asAdmin());
