// The UI strings the issue-4 islands (NearestPlaces, OpenNow, PlacesMap) receive as props,
// taken from src/i18n so the islands never bundle the whole dictionary.
import { useTranslations, type MessageKey } from '../i18n/index.ts';
import type { Lang } from '../lib/routes.ts';
import type { OpenStatusStrings } from '../lib/open-status-text.ts';
import type { PlacesMapStrings } from '../islands/PlacesMap.tsx';
import type { NearestStrings } from '../islands/NearestPlaces.tsx';

/** Placeholders the islands fill themselves; i18next is told to write them back unchanged. */
const PLACEHOLDERS = Object.fromEntries(['time', 'day', 'distance', 'place', 'count', 'query', 'names'].map((k) => [k, `{{${k}}}`]));

function templates(lang: Lang): (key: MessageKey) => string {
  const t = useTranslations(lang);
  return (key) => t(key, PLACEHOLDERS);
}

export function openStatusStrings(lang: Lang): OpenStatusStrings {
  const t = useTranslations(lang);
  const tpl = templates(lang);
  return {
    open: t('open.now'),
    closed: t('open.closed'),
    unknown: t('open.unknown'),
    closesAt: tpl('open.closesAt'),
    closesOn: tpl('open.closesOn'),
    opensToday: tpl('open.opensToday'),
    opensTomorrow: tpl('open.opensTomorrow'),
    opensOn: tpl('open.opensOn'),
    notSoon: t('open.notSoon'),
    holiday: t('open.holiday'),
    dayOff: t('open.dayOff'),
    shortened: t('open.shortened'),
    days: [0, 1, 2, 3, 4, 5, 6].map((d) => t(`open.day.${d}` as MessageKey)),
  };
}

export function mapStrings(lang: Lang): PlacesMapStrings {
  const t = useTranslations(lang);
  return {
    label: t('map.label'),
    show: t('map.show'),
    hide: t('map.hide'),
    intro: t('map.intro'),
    zoomIn: t('map.zoomIn'),
    zoomOut: t('map.zoomOut'),
    origin: t('map.origin'),
    tilesFailed: t('map.tilesFailed'),
    more: t('map.more'),
    loadError: t('map.loadError'),
  };
}

export function nearestStrings(lang: Lang): NearestStrings {
  const t = useTranslations(lang);
  const tpl = templates(lang);
  return {
    heading: t('nearest.heading'),
    intro: t('nearest.intro'),
    useLocation: t('nearest.useLocation'),
    locating: t('nearest.locating'),
    geoDenied: t('nearest.geoDenied'),
    geoUnavailable: t('nearest.geoUnavailable'),
    geoUnsupported: t('nearest.geoUnsupported'),
    placeLabel: t('nearest.placeLabel'),
    placeHint: t('nearest.placeHint'),
    find: t('nearest.find'),
    municipalityLabel: t('nearest.municipalityLabel'),
    municipalityChoose: t('nearest.municipalityChoose'),
    loading: t('nearest.loading'),
    loadError: t('nearest.loadError'),
    options: tpl('nearest.options'),
    noMatch: tpl('nearest.noMatch'),
    didYouMean: tpl('nearest.didYouMean'),
    resultsHeading: tpl('nearest.resultsHeading'),
    resultsStatus: tpl('nearest.resultsStatus'),
    yourLocation: t('nearest.yourLocation'),
    filters: t('nearest.filters'),
    openNow: t('nearest.filter.openNow'),
    saturday: t('nearest.filter.saturday'),
    mostAccessible: t('nearest.filter.mostAccessible'),
    none: t('nearest.none'),
    noPlaces: t('nearest.noPlaces'),
    far: tpl('nearest.far'),
    farLink: t('nearest.farLink'),
    distance: tpl('nearest.distance'),
    approximate: t('place.approximate'),
    phone: t('place.phone'),
    appointment: t('place.appointment'),
    languages: t('place.languages'),
    accessUnknown: t('nearest.accessUnknown'),
    accessYes: t('access.yes'),
    accessNo: t('access.no'),
    access: {
      stepFree: t('access.stepFree'),
      accessibleToilet: t('access.accessibleToilet'),
      parking: t('access.parking'),
      hearingLoop: t('access.hearingLoop'),
      signLanguage: t('access.signLanguage'),
    },
    kinds: {
      city: t('nearest.kind.city'),
      town: t('nearest.kind.town'),
      parish: t('nearest.kind.parish'),
      village: t('nearest.kind.village'),
      postcode: t('nearest.kind.postcode'),
    },
    status: openStatusStrings(lang),
    map: mapStrings(lang),
  };
}
