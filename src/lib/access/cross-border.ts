// Whether a service has something to tell foreigners and people abroad, so the English page
// can put that section first (PU2-14 N3-4: easy information for residents of other countries).
import type { Place, Service } from '../schema/index.ts';
import { hasChannel } from '../channels/channels.ts';

export function hasCrossBorderAnswer(service: Service): boolean {
  const cb = service.crossBorder;
  const embassy = hasChannel(service, 'embassy');
  return (
    cb.fromAbroad === true ||
    cb.foreignEid === true ||
    cb.foreignerNote !== null ||
    cb.englishInstructionsUrl !== null ||
    embassy
  );
}

/** Places that offer the service and whose staff are known to speak English. */
export function englishSpeakingPlaces(places: readonly Place[]): Place[] {
  return places.filter((p) => p.languages.includes('en'));
}
