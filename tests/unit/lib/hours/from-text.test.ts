// The Latvian opening-hours reader, on real strings: each row names the page (or, for the
// official VPVKAC table, the public parser that quotes its rows) the text was copied from.
// A row expecting null is text the reader must keep as published rather than guess.
import { describe, expect, it } from 'vitest';
import { hoursFromText } from '../../../../src/lib/hours/from-text.ts';

const OSMALYZER =
  'https://github.com/OSMLatvija/Osmalyzer/blob/master/Osmalyzer/Data/Misc%20Data%20Fetchers/VPVKACAnalysisData.cs';
const SALA = 'https://www.salasnovads.lv/lv/klientu-apkalposanas-centrs/';
const TUKUMS_SD = 'https://www.tukums.lv/lv/tukuma-novada-sociala-dienesta-apmekletaju-pienemsanas-laiki';
const TNSD = 'https://www.tnsd.lv/darba-laiks-darba-laika-partraukums-un-iedzivotaju-pienemsanas-laiki';
const SOCD = 'http://www.socd.lv/sociala-dienesta-palidziba-arkartejas-situacijas-laika-sakara-ar-covid-19';
const ZZ_WINTER =
  'https://www.zz.lv/kultura-un-izklaide/no-1-septembra-jelgavas-bibliotekas-stradas-pec-ziemas-darba-laika-260427';
const ZZ_SUMMER =
  'https://zz.lv/kultura-un-izklaide/no-1-junija-jelgavas-pilsetas-biblioteka-paries-uz-vasaras-darba-laiku';
const ZZ_SEPTEMBER =
  'https://zz.rydelcode.com/kultura-un-izklaide/no-1-septembra-mainas-jelgavas-pilsetas-biblioteku-darba-laiks';
const JELGAVA_2024 = 'https://jelgava.lv/jaunumi/no-1-junija-bibliotekas-pariet-uz-vasaras-darba-laiku';
const BAUSKA = 'https://bauskasnovads.lv/lv/jaunums/darba-laiks-maija-svetkos';
const ALOJA = 'https://www.aloja.lv/2020/06/11/sestdiena-13-junijs-parcelta-darba-diena/';
const PMLP_LONGER = 'https://aluksniesiem.lv/sabiedriba/pmlp-pagarina-darba-laiku/';
const LUDZA = 'https://ludzasnovads.lv/lv/jaunums/darba-laika-izmainas-maija';
const PMLP_OLD =
  'https://www.pmlp.gov.lv/lv/sakums/k/apmekl%C4%93t%C4%81ju-pie%C5%86em%C5%A1ana-pie-pmlp-priek%C5%A1nieka-un-iesniegumu-iesnieg%C5%A1ana.html?textonly=1';
const DUNDAGA = 'https://dundaga.lv/lv/dundaga/aktualitates/publiska-apspriesana-kolka/';
const ALUKSNE_LEADERS = 'https://aluksniesiem.lv/sabiedriba/pienemsanu-izzino-noveloti/';
const AGLONA = 'http://www.aglona.lv/aktualitates/par-parakstu-vaksanas-vietu-un-darba-laika-noteiksanu/';
const OGRE_XMAS = 'http://www.ogrenet.lv/ogre/aktualitates/45537/';
const KARSAVA = 'http://karsava.lv/pasvaldibas-darba-laiks-svetku-dienas/';
const ZZ_APRIL = 'https://zz.lv/vietejas-zinas/28-aprilis-jelgavas-pasvaldiba-bus-darba-diena/';
const TUKUMS_MAY =
  'https://www.tukums.lv/lv/157-novada-pavaldba/8729-tukuma-novada-pašvaldības-darba-laiks-no-30-aprīļa-līdz-6-maijam';
const BAUSKAS_DZIVE = 'https://bauskasdzive.lv/?p=171855';

type Row = [url: string, text: string, openingHours: string | null, appointmentOnly: boolean | null];

const read: Row[] = [
  // The official VPVKAC table (pakalpojumucentri.lv), as quoted by Osmalyzer.
  [OSMALYZER, 'Pirmdiena: 08:00 - 12:00; 12:30 - 18:00', 'Mo 08:00-12:00,12:30-18:00', null],
  [OSMALYZER, 'Otrdiena: 8:00 - 13:00 ; 15:00-17:30', 'Tu 08:00-13:00,15:00-17:30', null],
  [OSMALYZER, 'Ceturtdiena: 8:00 – 17.00', 'Th 08:00-17:00', null],
  [OSMALYZER, 'Otrdiena: 8:00 – 17:00', 'Tu 08:00-17:00', null],
  [OSMALYZER, 'Ceturtdiena: 8:00 -12:15; 13:00 - 17:00', 'Th 08:00-12:15,13:00-17:00', null],
  [OSMALYZER, 'Piektdiena 8:00 - 12:00; 12:30 - 15:30', 'Fr 08:00-12:00,12:30-15:30', null],
  [
    OSMALYZER,
    'Pirmdiena: 8:30 - 12:00; 12:20 - 17:00\nOtrdiena: 8:30 - 12:00; 12:30 - 19:00\nTrešdiena: 8:30 - 12:00; 12:20 - 17:00\nCeturtdiena: 8:30 - 12:00; 12:20 - 17:00\nPiektdiena: 8:30 - 14:00',
    'Mo 08:30-12:00,12:20-17:00; Tu 08:30-12:00,12:30-19:00; We-Th 08:30-12:00,12:20-17:00; Fr 08:30-14:00',
    null,
  ],
  // A municipal page.
  [
    SALA,
    'VPVKAC darba laiks : P. 8.30–12.00 un 13.00–17.00 | O. 8.30–12.00 un 13.00–17.00 | T. 8.30–12.00 un 13.00–17.00 | C. 8.30–12:00 un 13.00–17.00 | Pk. 8.30–12.00 un 13.00–16.00 | S., Sv. BRĪVS',
    'Mo-Th 08:30-12:00,13:00-17:00; Fr 08:30-12:00,13:00-16:00',
    null,
  ],
  [
    TUKUMS_SD,
    'pirmdien 8.00-18.00\notrdien- ceturtdien 8.00-17.00\npiektdien 8.00-16.00',
    'Mo 08:00-18:00; Tu-Th 08:00-17:00; Fr 08:00-16:00',
    null,
  ],
  // The same table's two columns, "Darba laiks" and "Darba laika pārtraukums", read together.
  [
    TNSD,
    'pirmdien 8.00-18.00; otrdien- ceturtdien 8.00-17.00, piektdien 8.00-16.00; darba laika pārtraukums 12.00-13.00',
    'Mo 08:00-12:00,13:00-18:00; Tu-Th 08:00-12:00,13:00-17:00; Fr 08:00-12:00,13:00-16:00',
    null,
  ],
  [TUKUMS_SD, 'pēc iepriekšēja pieraksta', null, true],
  [
    SOCD,
    'Klientu pieņemšana klātienē pēc iepriekšēja pieraksta:\npirmdienās 8.00 -12.00, 12.30-16.30\notrdienās 8.00 -12.00, 12.30-15.30\ntrešdienās 8.00 -12.00, 12.30-15.30\nceturtdienās 8.00 -12.00',
    'Mo 08:00-12:00,12:30-16:30; Tu-We 08:00-12:00,12:30-15:30; Th 08:00-12:00',
    true,
  ],
  [
    SOCD,
    'pirmdienās 8.00 -12.00, 12.30-16.00\notrdienās 8.00 -12.00, 12.30-15.30\ntrešdienās 8.00 -12.00, 12.30-15.30\nceturtdienās 8.00 -12.00',
    'Mo 08:00-12:00,12:30-16:00; Tu-We 08:00-12:00,12:30-15:30; Th 08:00-12:00',
    null,
  ],
  [
    ZZ_WINTER,
    'Pirmdien, ceturtdien no pulksten 10 līdz 19, otrdien, trešdien, piektdien no pulksten 10 līdz 18, sestdien – slēgta, bet svētdien strādā no pulksten 10 līdz 17.',
    'Mo 10:00-19:00; Tu-We 10:00-18:00; Th 10:00-19:00; Fr 10:00-18:00; Su 10:00-17:00',
    null,
  ],
  [
    ZZ_WINTER,
    'Darba dienās no pulksten 10 līdz 18, sestdien no 10 līdz 17, svētdien – slēgta.',
    'Mo-Fr 10:00-18:00; Sa 10:00-17:00',
    null,
  ],
  [
    ZZ_WINTER,
    'No otrdienas līdz piektdienai no pulksten 10 līdz 18, sestdien no pulksten 10 līdz 17, svētdien un pirmdien – slēgta.',
    'Tu-Fr 10:00-18:00; Sa 10:00-17:00',
    null,
  ],
  [
    ZZ_WINTER,
    'Pirmdien, trešdien, piektdien no pulksten 10 līdz 18, otrdien, ceturtdien no pulksten 10 līdz 20, sestdien no pulksten 9 līdz 14, svētdien – slēgta.',
    'Mo 10:00-18:00; Tu 10:00-20:00; We 10:00-18:00; Th 10:00-20:00; Fr 10:00-18:00; Sa 09:00-14:00',
    null,
  ],
  [ZZ_SUMMER, 'Pirmdien-piektdien:\nno pulksten 10 līdz 18\nSestdien-svētdien:\nslēgts', 'Mo-Fr 10:00-18:00', null],
  [
    ZZ_SUMMER,
    'Pirmdien:\nslēgts\nOtrdien-piektdien:\nno pulksten 10 līdz 18\nSestdien:\nno pulksten 10 līdz 17\nSvētdien:\nslēgts',
    'Tu-Fr 10:00-18:00; Sa 10:00-17:00',
    null,
  ],
  [ZZ_SUMMER, 'Pirmdien-piektdien:\nno pulksten 9 līdz 17\nSestdien-svētdien:\nslēgts', 'Mo-Fr 09:00-17:00', null],
  [
    JELGAVA_2024,
    'no otrdienas līdz piektdienai no pulksten 10 līdz 18, sestdien no pulksten 10 līdz 17, bet svētdien un pirmdien – slēgtas',
    'Tu-Fr 10:00-18:00; Sa 10:00-17:00',
    null,
  ],
  [
    ZZ_SEPTEMBER,
    'katru darba dienu strādās no pulksten 10 līdz pulksten 19, sestdienās būs slēgta, bet svētdienās strādās no pulksten 10 līdz pulksten 17',
    'Mo-Fr 10:00-19:00; Su 10:00-17:00',
    null,
  ],
  [PMLP_OLD, 'P-C 09:00-16:30, Pk 09:00-16:00', 'Mo-Th 09:00-16:30; Fr 09:00-16:00', null],
  [
    DUNDAGA,
    'otrdienās, trešdienās, piektdienās no plkst. 11.00 līdz 19.00; ceturtdienās no plkst. 13.00 līdz 19.00; sestdienās no plkst. 9.00 līdz 14.00',
    'Tu-We 11:00-19:00; Th 13:00-19:00; Fr 11:00-19:00; Sa 09:00-14:00',
    null,
  ],
  [
    DUNDAGA,
    'pirmdienās, trešdienās no plkst. 11.00 līdz 16.00, otrdienās, piektdienās no plkst. 14.00 līdz 18.00',
    'Mo 11:00-16:00; Tu 14:00-18:00; We 11:00-16:00; Fr 14:00-18:00',
    null,
  ],
  [
    AGLONA,
    'pirmdienās, trešdienās, piektdienās, svētdienās no plkst. 9.00 līdz 13.00, bet otrdienās, ceturtdienās, sestdienās no plkst. 15.00 līdz 19.00',
    'Mo 09:00-13:00; Tu 15:00-19:00; We 09:00-13:00; Th 15:00-19:00; Fr 09:00-13:00; Sa 15:00-19:00; Su 09:00-13:00',
    null,
  ],
];

type Unread = [url: string, text: string, reason: RegExp, appointmentOnly: boolean | null];

const keptAsText: Unread[] = [
  [OSMALYZER, 'Sestdiena: 10:00 - 14:00 (no septembra līdz maijam)', /seasonal/, null],
  [OSMALYZER, 'Piektdiena: Slēgts', /every day it names is closed/, null],
  [OSMALYZER, 'Piektdiena: slēgts', /every day it names is closed/, null],
  [OSMALYZER, 'Otrdiena: Slēgts (atrodas Rugāju pagasta pārvaldē)', /brackets/, null],
  [OSMALYZER, 'Otrdiena: Slēgts (apkalpošana ārpus telpām)', /brackets/, null],
  [OSMALYZER, 'Katra mēneša otrā trešdiena - metodiskā diena', /monthly/, null],
  [OSMALYZER, '*katra mēneša pēdējā trešdiena – metodiskā diena, bibliotēka lasītājiem slēgta.', /monthly/, null],
  [OSMALYZER, 'Apkalpošana ārpus bibliotēkas', /unknown word "arpus"/, null],
  [
    OSMALYZER,
    'Ziemas darba laiks\n(1.oktobris - 31.maijs)\nPirmdiena: Slēgts\nSestdiena: 9:00 - 15:00',
    /seasonal/,
    null,
  ],
  [
    OSMALYZER,
    'Vasaras darba laiks\n(1.jūnijs - 30.septembris)\nPirmdiena: 8:00 - 12:00; 12:30 - 17:00',
    /seasonal/,
    null,
  ],
  [
    TUKUMS_SD,
    'pirmdien 14.00 - 18.00\nceturtdien 8.00 -16.00 (pēc iepriekšēja pieraksta\npiektdien 9.00-12.00',
    /brackets/,
    true,
  ],
  [
    TUKUMS_SD,
    'Direktors (tālr. +371 80205333) un jurists (tālr.+371 29996619)\npēc iepriekšēja pieraksta\npirmdien 14.00 - 18.00\npiektdien 9.00 -12.00',
    /brackets/,
    true,
  ],
  [TNSD, 'pirmdien 800-1800\notrdien- ceturtdien\n800-1700, piektdien\n800-1600.', /not a time/, null],
  [TNSD, 'pēc iepriekšēja pieraksta mēneša 2./4.nedēļas ceturtdienās 9.00-11.30 (tālr.26227734)', /monthly/, true],
  [TNSD, '1. un 3.nedēļas trešdienā 9.00-13.00 (tālr. 29435869)', /monthly/, null],
  [
    TNSD,
    'Sociālās palīdzības un pašvaldības palīdzības sniegšanas speciālists: ceturtdien 8.00-12.00',
    /unknown word/,
    null,
  ],
  [
    SOCD,
    'Sakara ar situāciju ar Covid-19 infekcijas izplatīšanu, klientu pieņemšana klātienē, izmantojot dzīvas rindas sistēmu NENOTIEK.',
    /unknown word|not a time/,
    null,
  ],
  [
    ZZ_SUMMER,
    'katra mēneša pēdējā piektdiena ir spodrības diena, kad bibliotēkas lasītājiem ir slēgtas',
    /monthly/,
    null,
  ],
  [
    JELGAVA_2024,
    'darba dienās apmeklētājiem būs atvērta no pulksten 10 līdz 18, savukārt brīvdienās – slēgta.',
    /unknown word/,
    null,
  ],
  [
    BAUSKA,
    'Darba laiks būs no plkst. 8:00 līdz plkst. 16:00\nPusdienas pārtraukums: no plkst. 12:00 līdz plkst. 13:00',
    /without the days/,
    null,
  ],
  [
    BAUSKA,
    '30. aprīlis – pēdējā darba diena pirms svētku dienām - noteikts saīsināts darba laiks.',
    /monthly|date/,
    null,
  ],
  [ALOJA, 'piektdien, 12. jūnijā, 8:30 – 16:00', /date/, null],
  [ALOJA, 'pirmdien, 22. jūnijā – brīvs', /date/, null],
  [
    PMLP_LONGER,
    'No 10.augusta darba laiks PMLP Bauskas, Cēsu, Daugavpils, Jēkabpils, Kuldīga, Valmieras nodaļās otrdienās būs no plkst.8.30 līdz 18.30, bet ceturtdienās no plkst.8.30 līdz 18.30.',
    /seasonal|date/,
    null,
  ],
  [
    PMLP_LONGER,
    'Pārvalde atgādina, ka klātienes pakalpojumi tiek sniegti tikai pēc iepriekšēja pieraksta.',
    /unknown word/,
    true,
  ],
  [
    LUDZA,
    '30. aprīlī un 10. maijā Ludzas novada Ludzas pilsētas VPVKAC maksājumus pieņems no plkst. 8.00 līdz plkst. 13.00',
    /date/,
    null,
  ],
  [ALUKSNE_LEADERS, 'katra mēneša pirmā un trešā pirmdiena no pulksten 15.30 līdz 17.30', /monthly/, null],
  [OGRE_XMAS, '23. decembrī no plkst.8.00 līdz 14.00 (bez pusdienu pārtraukuma);', /date/, null],
  [KARSAVA, '3. maijs: no 8.00 līdz 15.00 (pusdienu pārtraukums no 12.00 līdz 12.30),', /date/, null],
  [
    ZZ_APRIL,
    'Piektdien, 27.aprīlī, darba laiks noteikts no pulksten 8 līdz 17, pusdienas pārtraukums no pulksten 12 līdz 13',
    /date/,
    null,
  ],
  [
    TUKUMS_MAY,
    '30. aprīlī no plkst. 8.00 līdz plkst. 15.00 ar pārtraukumu no plkst.12.00 līdz plkst. 13.00;',
    /date/,
    null,
  ],
  [
    BAUSKAS_DZIVE,
    '«Pašvaldība iedzīvotāju ērtībām pirmdienās ierasti strādā līdz pulksten 18.30,»',
    /unknown word|unexpected character/,
    null,
  ],
];

describe('hoursFromText reads published timetables into the weekly form', () => {
  it.each(read)('%s: %j', (_url, text, openingHours, appointmentOnly) => {
    expect(hoursFromText(text)).toEqual({ openingHours, appointmentOnly, unread: null });
  });
});

describe('hoursFromText keeps what it cannot read as text, and says why', () => {
  it.each(keptAsText)('%s: %j', (_url, text, reason, appointmentOnly) => {
    const result = hoursFromText(text);
    expect(result.openingHours).toBeNull();
    expect(result.unread).toMatch(reason);
    expect(result.appointmentOnly).toBe(appointmentOnly);
  });

  it('has at least 50 real strings, each with its https or http source', () => {
    const rows = [...read, ...keptAsText];
    expect(rows.length).toBeGreaterThanOrEqual(50);
    for (const [url] of rows) expect(url).toMatch(/^https?:\/\/[^ ]+$/);
  });
});
