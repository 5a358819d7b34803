// cpsv-ap.jsonld as a JSON document: what SEMIC's shapes need is there, in the default graph.
// (The built file is also validated against the official shapes: tests/e2e/cpsv-ap.test.ts.)
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../../../src/server/load-catalog.ts';
import { channelTypeLabels } from '../../../../src/server/channel-labels.ts';
import { DATA_LICENCE, DATA_SOURCES, openDataMeta } from '../../../../src/lib/open-data/meta.ts';
import { ATU_LATVIA, CURRENCY_EURO, EU_CHANNEL_TYPE_OF, cpsvApJsonLd } from '../../../../src/lib/open-data/cpsv-ap.ts';
import { ChannelType } from '../../../../src/lib/schema/index.ts';

const catalog = loadCatalog();
const meta = openDataMeta(catalog, 'https://example.test/', new Date('2026-11-26T12:00:00Z'));
type Node = Record<string, any>;
const doc = JSON.parse(JSON.stringify(cpsvApJsonLd(catalog, meta, channelTypeLabels())));
const graph: Node[] = doc['@graph'];
const types = (node: Node | undefined): string[] => [node?.['@type'] ?? []].flat();
const ofType = (type: string) => graph.filter((node) => types(node).includes(type));
const byIri = new Map(graph.map((node) => [node['@id'], node]));
const services = ofType('cpsv:PublicService');
const channels: Node[] = services.flatMap((s) => s['cv:hasChannel']);
const costs: Node[] = services.flatMap((s) => s['cv:hasCost']);

describe('cpsv-ap.jsonld document', () => {
  it('has only @context and @graph at the top, so everything is in the default graph', () => {
    expect(Object.keys(doc).sort()).toEqual(['@context', '@graph']);
  });

  it('describes itself as a dcat:Dataset with licence, sources, build time, check dates and every service', () => {
    const [dataset] = ofType('dcat:Dataset');
    expect(dataset['dct:license']['@id']).toBe(DATA_LICENCE.url);
    expect(dataset['dct:source'].map((s: Node) => s['@id'])).toEqual(DATA_SOURCES.map((s) => s.url));
    expect(dataset['dct:modified']['@value']).toBe('2026-11-26T12:00:00.000Z');
    expect(dataset['dct:temporal']['dcat:startDate']['@value']).toBe(meta.generated.checkedFrom);
    expect(dataset['dct:hasPart']).toHaveLength(catalog.services.length);
    expect(types(byIri.get(dataset['dct:publisher']['@id']))).toContain('foaf:Agent');
  });
});

describe('public services, organisations, channels and costs', () => {
  it('has one cpsv:PublicService per service and one organisation per institution, named by dct:title and skos:prefLabel', () => {
    expect(services).toHaveLength(catalog.services.length);
    const organisations = ofType('cv:PublicOrganisation');
    expect(organisations).toHaveLength(catalog.institutions.length);
    for (const o of organisations) {
      expect(types(o)).toContain('foaf:Agent');
      expect(o['dct:title']).toEqual(o['skos:prefLabel']);
      expect(o['dct:title'].map((t: Node) => t['@language'])).toEqual(['lv', 'en']);
    }
    for (const s of services)
      expect(types(byIri.get(s['cv:hasCompetentAuthority']['@id']))).toContain('cv:PublicOrganisation');
  });

  it('gives every channel and cost an identifier of its own', () => {
    for (const list of [channels, costs]) {
      const ids = list.map((n) => n['dct:identifier']);
      expect(ids.every((id) => typeof id === 'string' && id.length > 0)).toBe(true);
      expect(new Set(ids).size).toBe(ids.length);
    }
  });

  it('prices in euro, typed as a skos:Concept of the EU currency table', () => {
    for (const cost of costs.filter((c) => 'cv:hasValue' in c)) expect(cost['cv:currency']['@id']).toBe(CURRENCY_EURO);
    expect(types(byIri.get(CURRENCY_EURO))).toEqual(['skos:Concept']);
  });

  it('points every dct:spatial at a dct:Location in the graph (Latvia in the ATU table, or a municipality or place)', () => {
    const spatial = [...services, ...ofType('cv:PublicOrganisation')].map((n) => n['dct:spatial']['@id']);
    for (const iri of spatial) expect(types(byIri.get(iri)), iri).toContain('dct:Location');
    expect(spatial).toContain(ATU_LATVIA);
  });
});

describe('channel types', () => {
  it.each(ChannelType.options.map((type) => [type, EU_CHANNEL_TYPE_OF[type]]))(
    '%s → EU channel type %s',
    (type, eu) => {
      const ofKind = channels.filter((c) => c['cv:isClassifiedBy']['@id'].endsWith(`#channel-kind/${type}`));
      for (const c of ofKind) {
        if (eu === null) expect(c['dct:type']).toBeUndefined();
        else expect(c['dct:type']['@id']).toMatch(/^http:\/\/data\.europa\.eu\/snb\/com-channel\/[0-9a-f]{10}$/);
      }
    },
  );

  it('types every channel type it uses as a skos:Concept, ours linked to the EU one', () => {
    for (const c of channels) {
      const kind = byIri.get(c['cv:isClassifiedBy']['@id']);
      expect(types(kind)).toEqual(['skos:Concept']);
      if (c['dct:type']) {
        expect(types(byIri.get(c['dct:type']['@id']))).toEqual(['skos:Concept']);
        expect(kind?.['skos:broadMatch']['@id']).toBe(c['dct:type']['@id']);
      }
    }
  });

  it('maps web, e-mail, post and phone kinds to four different EU concepts', () => {
    const iri = (type: ChannelType) =>
      channels.find((c) => c['cv:isClassifiedBy']['@id'].endsWith(`/${type}`))?.['dct:type']?.['@id'];
    const found = (['e-service', 'e-mail-signed', 'post', 'phone'] as const).map(iri).filter(Boolean);
    expect(new Set(found).size).toBe(found.length);
  });
});
