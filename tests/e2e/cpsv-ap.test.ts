// The built /data/cpsv-ap.jsonld against SEMIC's official CPSV-AP 3.2.0 SHACL shapes
// (tests/fixtures/cpsv-ap/, source and licence in its README). Read from dist/ on disk, no
// browser; it sits in the e2e project because `npm test` builds the site before that project.
//
// Validated twice: on the default graph (what a plain RDF reader takes; a top-level @id would
// hide everything in a named graph and let a validator say "conforms" about one triple) and on
// all graphs merged. Any result fails the test, and the message lists the results grouped by
// shape / path / constraint with counts. The 3.1.1 shapes run too: their
// groups are printed, and each must be a constraint 3.2.0 dropped or changed (3.2.0 is the version
// we claim).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { DIST } from './serve.mjs';
import { formatGroups, graphOf, stillConstrains, jsonLdQuads, readShapes, validate } from './shacl.ts';
import type { Quad } from 'n3';

const fixture = (version: string) =>
  readShapes(readFileSync(new URL(`../fixtures/cpsv-ap/cpsv-ap-${version}-SHACL.ttl`, import.meta.url), 'utf8'));
const CPSV = 'http://purl.org/vocab/cpsv#PublicService';
const RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';

let quads: Quad[];
let services: number;

beforeAll(async () => {
  quads = await jsonLdQuads(JSON.parse(readFileSync(join(DIST, 'data/cpsv-ap.jsonld'), 'utf8')));
  services = (JSON.parse(readFileSync(join(DIST, 'data/services.json'), 'utf8')) as { services: unknown[] }).services
    .length;
});

describe('CPSV-AP export', () => {
  test('everything is in the default graph, and every service is a cpsv:PublicService there', () => {
    const named = quads.filter((q) => q.graph.termType !== 'DefaultGraph');
    expect(
      named.length,
      `${named.length} triples sit in named graphs (${[...new Set(named.map((q) => q.graph.value))].join(', ')})`,
    ).toBe(0);
    const typed = graphOf(quads, 'default').getSubjects(RDF_TYPE, CPSV, null);
    expect(typed.length).toBe(services);
  });

  test.each([
    { which: 'default', label: 'the default graph' },
    { which: 'all', label: 'all graphs merged' },
  ] as const)('conforms to the CPSV-AP 3.2.0 shapes ($label)', async ({ which }) => {
    const outcome = await validate(fixture('3.2.0'), graphOf(quads, which));
    console.log(
      `CPSV-AP 3.2.0, ${which === 'all' ? 'all graphs merged' : 'default graph'}: ${outcome.triples} triples, ${outcome.nodes} nodes, ${outcome.results} results\n${formatGroups(outcome.groups)}`,
    );
    expect(outcome.triples, 'the graph validated is not empty').toBeGreaterThan(services * 5);
    expect(outcome.results, `SHACL results, by shape / path / constraint:\n${formatGroups(outcome.groups)}`).toBe(0);
    expect(outcome.conforms).toBe(true);
  });

  test('what the older 3.1.1 shapes still report are only constraints that 3.2.0 dropped or changed', async () => {
    const older = fixture('3.1.1');
    const outcome = await validate(older, graphOf(quads, 'all'));
    console.log(`CPSV-AP 3.1.1 (for comparison): ${outcome.results} results\n${formatGroups(outcome.groups)}`);
    const current = fixture('3.2.0');
    const stillRequired = outcome.groups.filter((g) => stillConstrains(current, older, g));
    expect(stillRequired, `3.1.1 results whose constraint 3.2.0 still has:\n${formatGroups(stillRequired)}`).toEqual(
      [],
    );
  });
});
