// The finder's whole answer to "where do I go for this service?": the nearest places, the ones
// whose position nobody knows (listed for the person's municipality, never dropped without a
// word), whether even the nearest is far, and whether to point to a remote way — only when one
// completes the service (the passport page said "perhaps you can apply remotely" to
// someone 225 km away, though a passport cannot be applied for remotely).
import type { Channel } from '../schema/index.ts';
import { ENVIRONMENT_OF } from '../channels/channels.ts';
import {
  farthestNote,
  nearestPlaces,
  type Locatable,
  type NearestOptions,
  type NearestResult,
  type PlaceIndex,
} from './nearest.ts';
import type { Point } from './geo.ts';

/**
 * Whether some request channel in the service's list works without coming in person. The lists
 * hold only ways that complete a request; booking a time, taking a queue ticket or paying in
 * advance are steps of the in-person way (src/lib/schema/channel.ts), so they do not count.
 */
export function remoteWayCompletes(service: { requestChannels: readonly Pick<Channel, 'type'>[] }): boolean {
  return service.requestChannels.some((c) => ENVIRONMENT_OF[c.type] !== 'inPerson');
}

export interface Placeable extends Locatable {
  municipality: string | null;
}

export interface AnswerContext {
  /** ATVK of the municipality the person chose or typed a place in; null for "my location". */
  municipality: string | null;
  /** remoteWayCompletes of the service. */
  remoteCompletes: boolean;
}

export interface NearestAnswer<P extends Placeable> {
  results: NearestResult<P>[];
  /** Places offering the service in the person's municipality whose position is not known. */
  unplaced: P[];
  /** True when there is no located place, or the nearest is farther than FAR_METRES. */
  far: boolean;
  nearestMetres: number | null;
  /** Point to the remote ways: only when the nearest place is far and a remote way completes the service. */
  suggestRemote: boolean;
}

/** The answer for one origin; `places` are all the places offering the service, `index` those with a point. */
export function answerNearest<P extends Placeable>(
  index: PlaceIndex<P>,
  places: readonly P[],
  origin: Point,
  context: AnswerContext,
  options: NearestOptions<P> = {},
): NearestAnswer<P> {
  const results = nearestPlaces(index, origin, options);
  const keep = options.filter ?? (() => true);
  const unplaced =
    context.municipality === null
      ? []
      : places.filter((p) => p.coordinates === null && p.municipality === context.municipality && keep(p));
  const { far, nearestMetres } = farthestNote(results);
  return { results, unplaced, far, nearestMetres, suggestRemote: far && context.remoteCompletes };
}
