import type { Core } from '@strapi/strapi';
import { daysLeft, LICENCE_EVENTS, type LicenceEvent, type LicenceStatus } from '../domain';
import type { LicenceWithHolder } from '../repositories/licence.repository';

/**
 * Makes licence.expiring and licence.expired selectable for webhooks
 * (Settings > Webhooks, or POST /admin/webhooks). The webhook runner listens on
 * the event hub for the events configured webhooks ask for, so emitting on the
 * hub is all it takes to deliver them.
 */
export const registerLicenceWebhookEvents = (strapi: Core.Strapi) => {
  const store = strapi.get('webhookStore');
  for (const event of LICENCE_EVENTS) {
    store.addAllowedEvent(event.toUpperCase().replace('.', '_'), event);
  }
};

export interface LicenceEventPayload {
  /** The day the job ran for (the controlled clock). */
  day: string;
  licence: {
    documentId: string;
    type: string;
    number: string;
    state: string;
    board: string | null;
    issuedOn: string;
    expiresOn: string;
    status: LicenceStatus;
    previousStatus: LicenceStatus | null;
    daysLeft: number;
  };
  /** Public identity only: the practitioner's private contact fields never leave the CMS. */
  practitioner: LicenceWithHolder['practitioner'];
  locations: { documentId: string; name: string; slug: string }[];
}

export const licenceEventPayload = (
  licence: LicenceWithHolder,
  from: LicenceStatus | null,
  to: LicenceStatus,
  day: string,
): LicenceEventPayload => ({
  day,
  licence: {
    documentId: licence.documentId,
    type: licence.type,
    number: licence.number,
    state: licence.state,
    board: licence.board,
    issuedOn: licence.issuedOn,
    expiresOn: licence.expiresOn,
    status: to,
    previousStatus: from,
    daysLeft: daysLeft(licence, day),
  },
  practitioner: licence.practitioner,
  // Where the licence counts: the holder's locations in the licence's state.
  locations: licence.locations.filter((l) => l.state === licence.state).map(({ documentId, name, slug }) => ({ documentId, name, slug })),
});

export const emitLicenceEvent = (strapi: Core.Strapi, event: LicenceEvent, payload: LicenceEventPayload) =>
  strapi.eventHub.emit(event, payload);
