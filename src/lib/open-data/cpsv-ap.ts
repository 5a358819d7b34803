// cpsv-ap.jsonld: the catalogue in CPSV-AP 3.2.0 (https://semiceu.github.io/CPSV-AP/releases/3.2.0/),
// conforming to SEMIC's official SHACL shapes (tests/e2e/cpsv-ap.test.ts checks the built file).
// Pure: the endpoint src/pages/data/cpsv-ap.jsonld.ts passes the catalogue, metadata and labels.
//
// Shape of the document, and why:
// - No top-level "@id": with one, "@graph" becomes a *named* graph and a reader of the default
//   graph sees almost nothing. The file's own description is the dcat:Dataset node in @graph.
// - Every key is a prefixed term of the inline @context, so nothing vanishes when the file is
//   read as RDF, and nothing needs a remote context.
// - Shared things (Latvia, the euro, municipalities, channel kinds) are nodes of their own,
//   referenced by @id, so each is typed once (dct:Location, skos:Concept) as the shapes require.
import type { Catalog } from '../catalog/validate.ts';
import type { Channel, ChannelType, Service } from '../schema/index.ts';
import { byId, municipalityByAtvk } from '../catalog/catalog.ts';
import { allChannels } from '../channels/channels.ts';
import { DOWNLOADS, absoluteUrl } from './downloads.ts';
import { type ChannelTypeLabels, type OpenDataMeta } from './meta.ts';
import { pathFor, type Lang } from '../site/routes.ts';
import { plainText } from '../text/localized.ts';

const CONTEXT = {
  cpsv: 'http://purl.org/vocab/cpsv#',
  cv: 'http://data.europa.eu/m8g/',
  dct: 'http://purl.org/dc/terms/',
  dcat: 'http://www.w3.org/ns/dcat#',
  skos: 'http://www.w3.org/2004/02/skos/core#',
  foaf: 'http://xmlns.com/foaf/0.1/',
  cc: 'http://creativecommons.org/ns#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
} as const;

/**
 * Latvia in the EU Publications Office's ATU authority table (country level, ISO 3166-1 alpha-3,
 * as SEMIC's own CPSV-AP example uses atu/BEL). The table has no entries for today's Latvian
 * municipalities that we could confirm, so municipalities get our own IRIs with their ATVK code.
 */
export const ATU_LATVIA = 'http://publications.europa.eu/resource/authority/atu/LVA';
const COUNTRY_LATVIA = 'http://publications.europa.eu/resource/authority/country/LVA';
/** The euro in the Publications Office's currency authority table, and the table itself. */
export const CURRENCY_EURO = 'http://publications.europa.eu/resource/authority/currency/EUR';
const CURRENCY_TABLE = 'http://publications.europa.eu/resource/authority/currency';

/**
 * The Europass channel-type list CPSV-AP 3.2.0 recommends for Channel.type
 * (https://op.europa.eu/en/web/eu-vocabularies/concept-scheme/-/resource?uri=http://data.europa.eu/snb/com-channel/25831c2).
 * Concept codes as SEMIC's 3.2.0 example (web: b37115f83e) and the Swiss I14Y platform use them.
 */
const EU_CHANNEL_SCHEME = 'http://data.europa.eu/snb/com-channel/25831c2';
const EU_CHANNEL_TYPES = {
  web: { code: 'b37115f83e', label: 'Web' },
  email: { code: '1fc1caefa8', label: 'E-Mail' },
  post: { code: '0c84394663', label: 'Post' },
  phone: { code: 'c05134f579', label: 'Phone' },
} as const;
type EuChannelType = keyof typeof EU_CHANNEL_TYPES;
const euChannelIri = (type: EuChannelType) => `http://data.europa.eu/snb/com-channel/${EU_CHANNEL_TYPES[type].code}`;

/**
 * Our channel kinds on the EU list. The list has no in-person, embassy, home-visit or app entry,
 * so those channels carry only our kind (cv:isClassifiedBy) and no dct:type. The e-address is a
 * mailbox used through the state portal, so it counts as web.
 */
export const EU_CHANNEL_TYPE_OF: Record<ChannelType, EuChannelType | null> = {
  'e-service': 'web',
  'e-address': 'web',
  'e-mail-signed': 'email',
  'mobile-app': null,
  post: 'post',
  phone: 'phone',
  'in-person': null,
  embassy: null,
  'home-visit': null,
};

type Node = Record<string, unknown>;

const langStrings = (text: { lv: string; en: string }) => [
  { '@language': 'lv', '@value': text.lv },
  { '@language': 'en', '@value': text.en },
];
const ref = (iri: string) => ({ '@id': iri });

export function cpsvApJsonLd(catalog: Catalog, meta: OpenDataMeta, labels: ChannelTypeLabels) {
  const base = meta.generated.site;
  const doc = absoluteUrl(base, DOWNLOADS.cpsvAp);
  const id = (kind: string, key: string) => `${doc}#${kind}/${key}`;
  const page = (lang: Lang, kind: 'service' | 'openData', slug?: string) =>
    absoluteUrl(base, pathFor(lang, slug ? { kind, slug } : { kind }));
  const dataset = `${doc}#dataset`;
  const publisher = `${doc}#publisher`;
  const kindScheme = `${doc}#channel-kinds`;

  const locations = new Map<string, Node>();
  const locationOf = (s: Service): string => {
    const m = s.scope.tier === 'municipality' ? municipalityByAtvk(catalog, s.scope.municipality) : undefined;
    if (m) {
      const iri = id('municipality', m.atvk);
      locations.set(iri, {
        '@id': iri,
        '@type': 'dct:Location',
        'skos:prefLabel': langStrings(m.name),
        'dct:identifier': m.atvk,
        'dct:isPartOf': ref(ATU_LATVIA),
      });
      return iri;
    }
    const place =
      s.scope.tier === 'single-place' && s.scope.placeId ? byId(catalog.places, s.scope.placeId) : undefined;
    if (place) {
      const iri = id('place', place.id);
      locations.set(iri, {
        '@id': iri,
        '@type': 'dct:Location',
        'skos:prefLabel': langStrings(plainText(place.name)),
        'dct:identifier': place.id,
      });
      return iri;
    }
    return ATU_LATVIA;
  };

  const channel = (s: Service, c: Channel, stage: 'request' | 'receipt', i: number): Node => {
    const key = `${s.id}/${stage}-${i + 1}`;
    const eu = EU_CHANNEL_TYPE_OF[c.type];
    return {
      '@id': id('channel', key),
      '@type': 'cv:Channel',
      'dct:identifier': key,
      ...(eu ? { 'dct:type': ref(euChannelIri(eu)) } : {}),
      'cv:isClassifiedBy': ref(id('channel-kind', c.type)),
      'dct:description': langStrings({
        lv: `${stage === 'request' ? 'Pieprasīšana' : 'Saņemšana'}: ${labels[c.type].lv}${c.note ? `. ${c.note.lv}` : ''}`,
        en: `${stage === 'request' ? 'Request' : 'Receive'}: ${labels[c.type].en}${c.note ? `. ${c.note.en}` : ''}`,
      }),
      ...(c.url ? { 'foaf:page': ref(c.url) } : {}),
    };
  };

  const services: Node[] = catalog.services.map((s) => ({
    '@id': id('service', s.id),
    '@type': 'cpsv:PublicService',
    'dct:identifier': s.id,
    'dct:title': langStrings(plainText(s.name)),
    'dct:description': langStrings(plainText(s.summary)),
    'dcat:keyword': [
      ...s.keywords.lv.map((k) => ({ '@language': 'lv', '@value': k })),
      ...s.keywords.en.map((k) => ({ '@language': 'en', '@value': k })),
    ],
    'cv:hasCompetentAuthority': ref(id('organisation', s.institution)),
    'cv:hasChannel': [
      ...s.requestChannels.map((c, i) => channel(s, c, 'request', i)),
      ...s.receiptChannels.map((c, i) => channel(s, c, 'receipt', i)),
    ],
    'cv:hasCost': s.fees.map((f, i) => ({
      '@id': id('cost', `${s.id}/${i + 1}`),
      '@type': 'cv:Cost',
      'dct:identifier': `${s.id}/cost-${i + 1}`,
      ...(f.amountEur === null
        ? {}
        : { 'cv:hasValue': { '@type': 'xsd:double', '@value': f.amountEur }, 'cv:currency': ref(CURRENCY_EURO) }),
      'dct:description': langStrings(f.description),
    })),
    'dct:spatial': ref(locationOf(s)),
    'dct:isPartOf': ref(dataset),
    'foaf:page': [ref(page('lv', 'service', s.slug)), ref(page('en', 'service', s.slug))],
    ...(s.catalogId ? { 'dct:source': ref(`https://www.latvija.gov.lv/Services/${s.catalogId}`) } : {}),
    'dct:modified': { '@type': 'xsd:date', '@value': s.checked },
  }));

  // cv:PublicOrganisation wants skos:prefLabel; foaf:Agent (which every organisation is) wants
  // dct:title and one dct:identifier. Both are given, so either reading finds the name.
  const organisations: Node[] = catalog.institutions.map((inst) => {
    const name = langStrings(plainText(inst.name));
    return {
      '@id': id('organisation', inst.id),
      '@type': ['cv:PublicOrganisation', 'foaf:Agent'],
      'dct:identifier': inst.id,
      'skos:prefLabel': name,
      'dct:title': name,
      ...(inst.abbreviation ? { 'skos:altLabel': inst.abbreviation } : {}),
      ...(inst.website ? { 'foaf:homepage': ref(inst.website) } : {}),
      'dct:spatial': ref(ATU_LATVIA),
    };
  });

  const usedKinds = [...new Set(catalog.services.flatMap((s) => allChannels(s).map((c) => c.type)))];
  const usedEu = [...new Set(usedKinds.map((k) => EU_CHANNEL_TYPE_OF[k]).filter((t) => t !== null))];
  const channelKinds: Node[] = [
    {
      '@id': kindScheme,
      '@type': 'skos:ConceptScheme',
      'dct:title': langStrings({ lv: 'Pieejams kanālu veidi', en: 'Pieejams channel kinds' }),
    },
    ...usedKinds.map((kind) => {
      const eu = EU_CHANNEL_TYPE_OF[kind];
      return {
        '@id': id('channel-kind', kind),
        '@type': 'skos:Concept',
        'skos:inScheme': ref(kindScheme),
        'skos:notation': kind,
        'skos:prefLabel': langStrings(labels[kind]),
        ...(eu ? { 'skos:broadMatch': ref(euChannelIri(eu)) } : {}),
      };
    }),
    ...usedEu.map((eu) => ({
      '@id': euChannelIri(eu),
      '@type': 'skos:Concept',
      'skos:inScheme': ref(EU_CHANNEL_SCHEME),
      'skos:notation': EU_CHANNEL_TYPES[eu].code,
      'skos:prefLabel': { '@language': 'en', '@value': EU_CHANNEL_TYPES[eu].label },
    })),
  ];

  const shared: Node[] = [
    {
      '@id': ATU_LATVIA,
      '@type': 'dct:Location',
      'skos:prefLabel': langStrings({ lv: 'Latvija', en: 'Latvia' }),
      'dct:identifier': 'LVA',
      'skos:exactMatch': ref(COUNTRY_LATVIA),
    },
    ...locations.values(),
    {
      '@id': CURRENCY_EURO,
      '@type': 'skos:Concept',
      'skos:inScheme': ref(CURRENCY_TABLE),
      'skos:notation': 'EUR',
      'skos:prefLabel': langStrings({ lv: 'eiro', en: 'euro' }),
    },
  ];

  // The file's own description: what DATA_LICENCE, DATA_SOURCES and the build stamp say in the
  // other downloads, in DCAT and Dublin Core terms.
  const { licence, sources, generated } = meta;
  const catalogue: Node[] = [
    {
      '@id': dataset,
      '@type': 'dcat:Dataset',
      'dct:title': langStrings({
        lv: 'Pieejams: Latvijas publiskie pakalpojumi un to saņemšanas kanāli',
        en: 'Pieejams: Latvian public services and the ways to reach them',
      }),
      'dct:description': langStrings({
        lv: `${generated.counts.services} pakalpojumi, ${generated.counts.institutions} iestādes un to pieprasīšanas un saņemšanas kanāli CPSV-AP 3.2.0 formā.`,
        en: `${generated.counts.services} services, ${generated.counts.institutions} institutions and the ways to request and receive each, in CPSV-AP 3.2.0.`,
      }),
      'dct:publisher': ref(publisher),
      'dct:license': {
        '@id': licence.url,
        '@type': 'dct:LicenseDocument',
        'dct:identifier': licence.id,
        'dct:title': { '@language': 'en', '@value': licence.name },
      },
      'cc:attributionName': licence.attribution,
      'dct:source': sources.map((s) => ({
        '@id': s.url,
        'dct:title': s.title,
        'dct:description': { '@language': 'en', '@value': s.used },
        ...(s.licence ? { 'dct:rights': s.licence } : {}),
      })),
      'dct:modified': { '@type': 'xsd:dateTime', '@value': generated.at },
      ...(generated.checkedFrom && generated.checkedTo
        ? {
            'dct:temporal': {
              '@type': 'dct:PeriodOfTime',
              'dct:description': {
                '@language': 'en',
                '@value': 'The dates the records were checked against their sources.',
              },
              'dcat:startDate': { '@type': 'xsd:date', '@value': generated.checkedFrom },
              'dcat:endDate': { '@type': 'xsd:date', '@value': generated.checkedTo },
            },
          }
        : {}),
      'dcat:landingPage': [ref(page('lv', 'openData')), ref(page('en', 'openData'))],
      'dct:hasPart': services.map((s) => ref(s['@id'] as string)),
    },
    {
      '@id': publisher,
      '@type': 'foaf:Agent',
      'dct:identifier': generated.site,
      'dct:title': { '@language': 'lv', '@value': 'Pieejams' },
      'foaf:homepage': ref(generated.site),
    },
    ...(['lv', 'en'] as const).map((lang) => ({ '@id': page(lang, 'openData'), '@type': 'foaf:Document' })),
  ];

  return {
    '@context': CONTEXT,
    '@graph': [...catalogue, ...services, ...organisations, ...channelKinds, ...shared],
  };
}
