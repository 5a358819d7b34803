// The island props that are the same on every page of a language: UI strings (taken from
// src/i18n so the islands never bundle the whole dictionary), the municipality list and the
// calendar of special days. Their packed forms (src/build/packed.ts) are made once.
import { messages, useTranslations, type MessageKey } from '../i18n/index.ts';
import type { Lang } from '../lib/site/routes.ts';
import type { OpenStatusStrings } from '../lib/hours/open-status-text.ts';
import type { PlacesMapStrings } from '../islands/PlacesMap.tsx';
import type { NearestStrings } from '../islands/nearest-strings.ts';
import type { SearchStrings } from '../islands/Search.tsx';
import type { FinderStrings } from '../islands/ChannelFinder.tsx';
import { packOnce } from '../build/packed.ts';
import { collator } from '../lib/text/format.ts';
import { PREMISES_FACTS, type AccessNeed } from '../lib/places/access-needs.ts';
import { loadCatalog } from '../server/load-catalog.ts';
import { buildCalendar, calendarFrom } from '../lib/hours/codec.ts';

/** Placeholders the islands fill themselves; i18next is told to write them back unchanged. */
const PLACEHOLDERS = Object.fromEntries(
  ['time', 'day', 'distance', 'place', 'count', 'query', 'names'].map((k) => [k, `{{${k}}}`]),
);

function templates(lang: Lang): (key: MessageKey) => string {
  const t = useTranslations(lang);
  return (key) => t(key, PLACEHOLDERS);
}

function openStatusStrings(lang: Lang): OpenStatusStrings {
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

function nearestStrings(lang: Lang): NearestStrings {
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
    farNoRemote: t('nearest.farNoRemote'),
    unplacedHeading: tpl('nearest.unplacedHeading'),
    unknownLocation: t('nearest.unknownLocation'),
    distance: tpl('nearest.distance'),
    approximate: t('place.approximate'),
    phone: t('place.phone'),
    appointment: t('place.appointment'),
    languages: t('place.languages'),
    accessUnknown: t('nearest.accessUnknown'),
    accessYes: t('access.yes'),
    accessNo: t('access.no'),
    access: Object.fromEntries(PREMISES_FACTS.map((fact) => [fact, t(`access.${fact}`)])) as Record<AccessNeed, string>,
    kinds: {
      city: t('nearest.kind.city'),
      town: t('nearest.kind.town'),
      parish: t('nearest.kind.parish'),
      village: t('nearest.kind.village'),
      postcode: t('nearest.kind.postcode'),
    },
    abroadKinds: { country: t('nearest.kind.country'), city: t('nearest.kind.abroadCity') },
    missionHeading: tpl('nearest.missionHeading'),
    missionReason: {
      district: tpl('nearest.mission.district'),
      'in-country': tpl('nearest.mission.inCountry'),
      nearest: tpl('nearest.mission.nearest'),
    },
    missionNone: t('nearest.mission.none'),
    missionNoneLink: t('nearest.mission.noneLink'),
    missionAddressUnknown: t('nearest.mission.addressUnknown'),
    missionHoursUnknown: t('nearest.mission.hoursUnknown'),
    missionPage: t('nearest.mission.page'),
    email: t('place.email'),
    tooLong: tpl('nearest.tooLong'),
    contactFallback: tpl('place.contactFallback'),
    status: openStatusStrings(lang),
    map: mapStrings(lang),
    hours: t('place.hours'),
    closed: t('place.closed'),
    dayNames: [0, 1, 2, 3, 4, 5, 6].map((d) => t(`day.${d}` as MessageKey)),
  };
}

function searchStrings(lang: Lang): SearchStrings {
  const t = useTranslations(lang);
  const m = messages[lang] as Record<string, string>;
  return {
    label: t('search.label'),
    placeholder: t('search.placeholder'),
    button: t('search.button'),
    instructions: t('search.instructions'),
    resultsLabel: t('search.resultsLabel'),
    results: { zero: m['search.results_zero'], one: m['search.results_one'], other: m['search.results_other'] },
    noResults: m['search.noResults']!,
    noResultsTry: t('search.noResultsTry'),
    didYouMean: t('search.didYouMean'),
    tooLong: m['search.tooLong']!,
    az: t('home.az'),
    lifeSituations: t('home.lifeSituations'),
    loading: t('search.loading'),
    loadError: t('search.loadError'),
    env: {
      electronic: t('channel.env.electronic'),
      remote: t('channel.env.remote'),
      inPerson: t('channel.env.inPerson'),
    },
  };
}

function finderStrings(lang: Lang): FinderStrings {
  const t = useTranslations(lang);
  return {
    signIn: t('finder.q.signIn'),
    signInHint: t('finder.q.signInHint'),
    location: t('finder.q.location'),
    help: t('finder.q.help'),
    yes: t('finder.yes'),
    no: t('finder.no'),
    latvia: t('finder.latvia'),
    abroad: t('finder.abroad'),
    answer: t('finder.answer'),
    answerWhenDone: t('finder.answerWhenDone'),
    none: t('finder.none'),
    excluded: t('finder.excluded'),
    introNoJs: t('finder.introNoJs'),
    intro: t('finder.intro'),
    limited: t('finder.limited'),
    comboSignInYes: t('finder.combo.signInYes'),
    comboSignInNo: t('finder.combo.signInNo'),
    comboLatvia: t('finder.combo.latvia'),
    comboAbroad: t('finder.combo.abroad'),
    comboHelpYes: t('finder.combo.helpYes'),
    comboHelpNo: t('finder.combo.helpNo'),
  };
}

export const packedSearchStrings = packOnce(searchStrings);
export const packedFinderStrings = packOnce(finderStrings);
export const packedNearestStrings = packOnce(nearestStrings);
export const packedOpenStatusStrings = packOnce(openStatusStrings);

/** The municipalities for "where are you?", by name in the language's alphabetical order. */
export const packedMunicipalityChoices = packOnce((lang: Lang) => {
  const c = collator(lang);
  return loadCatalog()
    .municipalities.map((m) => ({ atvk: m.atvk, name: m.name[lang] }))
    .sort((a, b) => c.compare(a.name, b.name));
});

/** Holidays and shortened days from a date (the build's, in Riga) on, for "open now". */
export const packedCalendarFrom = packOnce((today: string) =>
  calendarFrom(buildCalendar(loadCatalog().specialDays), today),
);
