/**
 * What the site search indexes, from the read model's pages (published content
 * only, by construction): one document per condition, technique, service,
 * practitioner, article, location, and one per FAQ of an article. Only fields the
 * public pages show are indexed (a practitioner's bio, never notes or email, which
 * pages do not carry). Titles weigh 3, keywords 2, text 1.
 */
import type { LicenceRecord } from '../read-model/catalogue.types';
import type { ModalityRef, PageBodies } from '../read-model/page.types';
import type { SearchField } from './engine';

export const SEARCH_KINDS = ['CONDITION', 'TECHNIQUE', 'SERVICE', 'PRACTITIONER', 'ARTICLE', 'FAQ', 'LOCATION'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

/** Page kinds the search reads, and the kind of document each gives. */
export const INDEXED_PAGE_KINDS = ['condition', 'technique', 'service', 'practitioner', 'article', 'location'] as const;
export type IndexedPageKind = (typeof INDEXED_PAGE_KINDS)[number];

export const TITLE = 3;
export const KEYWORDS = 2;
export const TEXT = 1;

interface Base {
  id: string;
  kind: SearchKind;
  title: string;
  /** What a site links to (for a FAQ: the article that holds it). */
  slug: string;
  fields: SearchField[];
  /** Texts a snippet is cut from, in preference order. */
  snippetTexts: (string | null)[];
}
export type SearchDocument =
  | (Base & { kind: 'CONDITION'; techniques: string[] })
  | (Base & { kind: 'TECHNIQUE' })
  | (Base & { kind: 'SERVICE' })
  | (Base & { kind: 'PRACTITIONER'; eligibility: PractitionerEligibility })
  | (Base & { kind: 'ARTICLE' | 'FAQ'; links: ArticleLinks; faq?: string })
  | (Base & { kind: 'LOCATION' });

export interface PractitionerEligibility {
  modalities: ModalityRef[];
  licences: LicenceRecord[];
  locations: { slug: string; state: string; timeZone: string }[];
}
export interface ArticleLinks {
  conditions: string[];
  techniques: string[];
  services: string[];
}
/** What a location offers and who may practise there: what `location` scopes a search to. */
export interface LocationOffer {
  slug: string;
  name: string;
  city: string;
  state: string;
  timeZone: string;
  services: Set<string>;
  techniques: Set<string>;
  practitioners: Map<string, Pick<PractitionerEligibility, 'modalities' | 'licences'>>;
}

/**
 * One object for equal modalities: each of 22,000 practitioner pages (and each location
 * page's staff list) parses its own copies, summaries included; the index keeps one.
 */
const interned = new Map<string, ModalityRef>();
const sharedModality = (m: ModalityRef): ModalityRef => {
  const key = JSON.stringify(m);
  let one = interned.get(key);
  if (!one) {
    if (interned.size >= 1000) interned.clear();
    interned.set(key, (one = m));
  }
  return one;
};

const field = (text: string | null | undefined, weight: number): SearchField[] => (text ? [{ text, weight, title: weight === TITLE }] : []);
const words = (slug: string) => slug.replace(/-/g, ' ');

const languageNames = new Intl.DisplayNames(['en'], { type: 'language' });
/** "es" → "Spanish"; an unknown tag stays as it is. */
export const languageName = (tag: string) => {
  try {
    return languageNames.of(tag) ?? tag;
  } catch {
    return tag;
  }
};

/** The search documents of one page (none for kinds the search does not read). */
export const documentsOf = (kind: string, body: unknown): SearchDocument[] => {
  switch (kind) {
    case 'condition': {
      const c = body as PageBodies['condition'];
      return [{
        id: `condition:${c.slug}`, kind: 'CONDITION', title: c.name, slug: c.slug,
        fields: [...field(c.name, TITLE), ...field(`${words(c.slug)} ${c.category}`, KEYWORDS), ...field(c.summary, TEXT)],
        snippetTexts: [c.summary],
        techniques: c.techniques.map((t) => t.technique.slug),
      }];
    }
    case 'technique': {
      const t = body as PageBodies['technique'];
      return [{
        id: `technique:${t.slug}`, kind: 'TECHNIQUE', title: t.name, slug: t.slug,
        fields: [...field(t.name, TITLE), ...field(`${words(t.slug)} ${t.modalityRef?.name ?? ''} ${t.pressure} pressure`, KEYWORDS), ...field(t.bestFor, TEXT), ...field(t.howPerformed, TEXT)],
        snippetTexts: [t.bestFor, t.howPerformed],
      }];
    }
    case 'service': {
      const s = body as PageBodies['service'];
      return [{
        id: `service:${s.slug}`, kind: 'SERVICE', title: s.name, slug: s.slug,
        fields: [...field(s.name, TITLE), ...field(`${words(s.slug)} ${s.modality.name} ${s.techniques.map((t) => t.name).join(' ')}`, KEYWORDS), ...field(s.summary, TEXT)],
        snippetTexts: [s.summary],
      }];
    }
    case 'practitioner': {
      const p = body as PageBodies['practitioner'];
      const name = `${p.firstName} ${p.lastName}${p.credentialsSuffix ? `, ${p.credentialsSuffix}` : ''}`;
      const languages = p.languages.map((l) => `${languageName(l)} speaking`).join(' ');
      const keywords = [
        'practitioner therapist',
        p.modalities.map((m) => `${m.name} ${m.name.toLowerCase().includes('massage') ? 'massage therapist' : ''}`).join(' '),
        p.specialties.map((s) => s.name).join(' '),
        p.techniques.map((t) => t.name).join(' '),
        languages,
        p.locations.map((l) => `${l.name} ${l.address.city}`).join(' '),
      ].join(' ');
      return [{
        id: `practitioner:${p.slug}`, kind: 'PRACTITIONER', title: name, slug: p.slug,
        fields: [...field(name, TITLE), ...field(keywords, KEYWORDS), ...field(p.bio, TEXT)],
        snippetTexts: [p.bio, [p.specialties.map((s) => s.name).join(', '), p.languages.map(languageName).join(', ')].filter(Boolean).join(' · ')],
        eligibility: {
          modalities: p.modalities.map(sharedModality),
          licences: p.licences,
          locations: p.locations.map((l) => ({ slug: l.slug, state: l.address.state, timeZone: l.timeZone })),
        },
      }];
    }
    case 'article': {
      const a = body as PageBodies['article'];
      const links: ArticleLinks = { conditions: a.conditions.map((c) => c.slug), techniques: a.techniques.map((t) => t.slug), services: a.services.map((s) => s.slug) };
      const linked = [...a.conditions.map((c) => c.name), ...a.techniques.map((t) => t.name), ...a.services.map((s) => s.name)].join(' ');
      const article: SearchDocument = {
        id: `article:${a.slug}`, kind: 'ARTICLE', title: a.title, slug: a.slug,
        fields: [...field(a.title, TITLE), ...field(`${linked} ${a.keyTakeaways.join(' ')}`, KEYWORDS), ...field(a.summary, TEXT), ...field(a.body, TEXT)],
        snippetTexts: [a.summary, a.keyTakeaways.join(' · '), a.body],
        links,
      };
      const faqs: SearchDocument[] = a.faqs.map((f) => ({
        id: `faq:${f.slug}@${a.slug}`, kind: 'FAQ', title: f.question, slug: a.slug, faq: f.slug,
        fields: [...field(f.question, TITLE), ...field(f.answer, TEXT)],
        snippetTexts: [f.answer],
        links,
      }));
      return [article, ...faqs];
    }
    case 'location': {
      const l = body as PageBodies['location'];
      const address = `${l.address.street}, ${l.address.city}, ${l.address.state} ${l.address.postalCode}`;
      return [{
        id: `location:${l.slug}`, kind: 'LOCATION', title: l.name, slug: l.slug,
        fields: [...field(l.name, TITLE), ...field(`${l.address.city} ${l.region ?? ''} ${l.address.state} location clinic`, KEYWORDS), ...field(address, TEXT)],
        snippetTexts: [address],
      }];
    }
    default:
      return [];
  }
};

/** A location page's offer (scope of a search with `location`). */
export const offerOf = (l: PageBodies['location']): LocationOffer => ({
  slug: l.slug,
  name: l.name,
  city: l.address.city,
  state: l.address.state,
  timeZone: l.timeZone,
  services: new Set(l.services.map((s) => s.service.slug)),
  techniques: new Set(l.services.flatMap((s) => s.techniques)),
  practitioners: new Map(l.practitioners.map((p) => [p.slug, { modalities: p.modalities.map(sharedModality), licences: p.licences }])),
});
