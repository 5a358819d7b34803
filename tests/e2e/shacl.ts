// SHACL validation of a JSON-LD document against a Turtle shapes file, with results grouped
// the way a person fixes them: node shape / property path / constraint, and how many.
// jsonld turns the document into N-Quads (offline: any remote context is refused), n3 parses
// the quads and the shapes, rdf-validate-shacl (Zazuko) runs the official shapes.
import jsonld from 'jsonld';
import { Parser, Store, DataFactory, type Quad } from 'n3';
import SHACLValidator from 'rdf-validate-shacl';

export interface ShaclGroup {
  /** The node shape the failing property shape belongs to, e.g. "ChannelShape". */
  shape: string;
  /** The property path, prefixed (e.g. "dct:identifier"), or "" for a node constraint. */
  path: string;
  /** The property path's full IRI, or "". */
  pathIri: string;
  /** The shape that reported it (a property shape's IRI for a property constraint). */
  sourceShape: string;
  /** The SHACL constraint component, e.g. "MinCountConstraintComponent". */
  constraint: string;
  /** The validator's message for the first result of the group. */
  message: string;
  count: number;
}

export interface ShaclOutcome {
  conforms: boolean;
  /** Number of triples validated. */
  triples: number;
  /** Number of distinct subjects among them. */
  nodes: number;
  results: number;
  groups: ShaclGroup[];
}

const PREFIXES: Record<string, string> = {
  'http://purl.org/dc/terms/': 'dct:',
  'http://data.europa.eu/m8g/': 'cv:',
  'http://purl.org/vocab/cpsv#': 'cpsv:',
  'http://www.w3.org/2004/02/skos/core#': 'skos:',
  'http://xmlns.com/foaf/0.1/': 'foaf:',
  'http://www.w3.org/ns/dcat#': 'dcat:',
  'http://www.w3.org/ns/locn#': 'locn:',
  'http://www.w3.org/1999/02/22-rdf-syntax-ns#': 'rdf:',
  'http://www.w3.org/ns/adms#': 'adms:',
};

const prefixed = (iri: string): string => {
  for (const [ns, prefix] of Object.entries(PREFIXES)) if (iri.startsWith(ns)) return prefix + iri.slice(ns.length);
  return iri;
};

/** "…cpsv-ap-SHACL.ttl#ChannelShape/abc123" → "ChannelShape". */
const shapeName = (iri: string): string => iri.replace(/^.*#/, '').replace(/\/.*$/, '');

/** The shapes file as a dataset. */
export function readShapes(turtle: string): Store {
  return new Store(new Parser({ format: 'text/turtle' }).parse(turtle));
}

/**
 * The quads of a JSON-LD document. Contexts must be inline (the test runs offline), and jsonld's
 * safe mode throws on any key or value that would be dropped (an unmapped key vanishes from the
 * RDF without it).
 */
export async function jsonLdQuads(doc: unknown): Promise<Quad[]> {
  let nquads: string;
  try {
    // `safe` is newer than @types/jsonld, hence the assertion.
    const options = {
      format: 'application/n-quads',
      safe: true,
      documentLoader: async (url: string) => {
        throw new Error(`remote JSON-LD context ${url} refused: the export must read offline`);
      },
    } as jsonld.Options.ToRdf;
    nquads = (await jsonld.toRDF(doc as jsonld.JsonLdDocument, options)) as unknown as string;
  } catch (error) {
    // Safe mode names the dropped key in details.event; say it in the message.
    const event = (error as { details?: { event?: { message?: string; details?: unknown } } }).details?.event;
    throw event ? new Error(`JSON-LD would lose data: ${event.message} ${JSON.stringify(event.details)}`) : error;
  }
  return new Parser({ format: 'application/n-quads' }).parse(nquads);
}

/** The default graph only (what a plain RDF reader sees), or every graph merged into one. */
export function graphOf(quads: readonly Quad[], which: 'default' | 'all'): Store {
  const chosen = which === 'default' ? quads.filter((q) => q.graph.termType === 'DefaultGraph') : quads;
  return new Store(chosen.map((q) => DataFactory.quad(q.subject, q.predicate, q.object)));
}

export async function validate(shapes: Store, data: Store): Promise<ShaclOutcome> {
  const report = await new SHACLValidator(shapes).validate(data);
  const groups = new Map<string, ShaclGroup>();
  for (const result of report.results) {
    const shape = shapeName(result.sourceShape?.value ?? '');
    const path = result.path ? prefixed(result.path.value) : '';
    const constraint = (result.sourceConstraintComponent?.value ?? '').replace(/^.*#/, '');
    const key = `${shape}|${path}|${constraint}`;
    const group = groups.get(key) ?? {
      shape,
      path,
      pathIri: result.path?.value ?? '',
      sourceShape: result.sourceShape?.value ?? '',
      constraint,
      message: result.message.map((m) => m.value).join(' '),
      count: 0,
    };
    group.count += 1;
    groups.set(key, group);
  }
  return {
    conforms: report.conforms,
    triples: data.size,
    nodes: new Set(data.getSubjects(null, null, null).map((s) => s.value)).size,
    results: report.results.length,
    groups: [...groups.values()].sort((a, b) => b.count - a.count || a.shape.localeCompare(b.shape)),
  };
}

const SH = 'http://www.w3.org/ns/shacl#';

/**
 * Whether `current` still has the constraint a group reported under `older`: a node shape of the
 * same name (whatever the file's base IRI) with a property shape on the same path whose
 * parameter (MinCountConstraintComponent → sh:minCount) has the same value. Used to show that
 * what an older release reports is a constraint the newer release dropped or changed.
 */
export function stillConstrains(current: Store, older: Store, group: ShaclGroup): boolean {
  const name = group.constraint.replace(/ConstraintComponent$/, '');
  const parameter = `${SH}${name[0]!.toLowerCase()}${name.slice(1)}`;
  const values = (store: Store, shape: string) => store.getObjects(shape, parameter, null).map((v) => v.value);
  const wanted = values(older, group.sourceShape);
  const nodeShapes = current
    .getSubjects(`${SH}property`, null, null)
    .filter((s) => s.value.endsWith(`#${group.shape}`));
  return nodeShapes.some((node) =>
    current
      .getObjects(node, `${SH}property`, null)
      .some(
        (property) =>
          current.getObjects(property, `${SH}path`, null).some((p) => p.value === group.pathIri) &&
          values(current, property.value).some((v) => wanted.includes(v)),
      ),
  );
}

/** A table of the groups for the test's failure message and log. */
export function formatGroups(groups: readonly ShaclGroup[]): string {
  return groups
    .map(
      (g) =>
        `${String(g.count).padStart(5)}  ${g.shape} / ${g.path || '(node)'} / ${g.constraint}${g.message ? ` — ${g.message}` : ''}`,
    )
    .join('\n');
}
