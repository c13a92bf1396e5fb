import { createRequire as __bundleRequire } from 'node:module'; import { fileURLToPath as __bundlePath } from 'node:url'; const require = __bundleRequire(import.meta.url); const __filename = __bundlePath(import.meta.url); const __dirname = __bundlePath(new URL('.', import.meta.url));
import {
  H,
  W,
  calendarUid,
  eventTimes,
  organizer,
  z
} from "./chunk-BQCPZIK3.mjs";
import {
  readContext
} from "./chunk-AQ4NBNRL.mjs";
import {
  lastTold,
  readLedger,
  require_lib,
  sequencesSent
} from "./chunk-PLZKPEHJ.mjs";
import "./chunk-P3AQOZDL.mjs";
import {
  publishState
} from "./chunk-ZJI3GMAH.mjs";
import {
  saidOf
} from "./chunk-L6LAZ5CX.mjs";
import "./chunk-DHFTH2S5.mjs";
import "./chunk-6FEC6BLK.mjs";
import {
  oneLine,
  renderMarkdownText,
  safeUrl
} from "./chunk-DG736ZTJ.mjs";
import {
  DateTime,
  IANAZone
} from "./chunk-SIOJ4DF4.mjs";
import "./chunk-H2CRAU5Q.mjs";
import "./chunk-IGII4IPA.mjs";
import "./chunk-E2OKCEHU.mjs";
import "./chunk-IANHIJVZ.mjs";
import {
  siteInfoOf
} from "./chunk-DHLL2WBJ.mjs";
import "./chunk-XI3I5RXC.mjs";
import {
  ConfigError
} from "./chunk-VGGN3EEV.mjs";
import "./chunk-6GQ57CJQ.mjs";
import {
  __toESM
} from "./chunk-5TF6PVB2.mjs";

// src/commands/calendar.ts
var import_write_file_atomic = __toESM(require_lib(), 1);
import { mkdir } from "node:fs/promises";
import path from "node:path";

// src/calendar/feed.ts
var DAY = 864e5;
function planFeed(events, ledger, site, config, now) {
  const since = now.getTime() - config.calendar.pastDays * DAY;
  const sent = sequencesSent(ledger);
  const told = lastTold(ledger);
  return events.filter((e) => {
    if (publishState(e, site, now) !== "published") return false;
    const ended = endOf(e) <= now.getTime();
    if (e.cancelled) return !ended;
    return !ended || e.start.getTime() >= since;
  }).map((event) => {
    const last = told.get(event.id);
    const changed = last !== void 0 && last.said.fingerprint !== saidOf(event, event.cancelled).fingerprint;
    const published = (event.publishDate ?? event.date).getTime();
    return {
      event,
      // The next update or cancellation will carry this SEQUENCE too (the planner's rule: the highest sent + 1).
      sequence: (sent.get(event.id) ?? 0) + (changed ? 1 : 0),
      stamp: last?.sentAt ?? new Date(Math.min(published, now.getTime()))
    };
  }).sort((a, b) => a.event.start.getTime() - b.event.start.getTime() || a.event.id.localeCompare(b.event.id));
}
function endOf(e) {
  const t = eventTimes(e);
  return t.allDay ? t.end.toMillis() : t.end.getTime();
}

// node_modules/timezones-ical-library/dist/mjs/index.js
var z2 = { db: { Africa: { Abidjan: ["", 0], Accra: ["63/Abidjan", 0], Addis_Ababa: ["63/Nairobi", 1], Algiers: ["", 2], Asmara: ["63/Nairobi", 1], Asmera: ["63/Nairobi", 1], Bamako: ["63/Abidjan", 0], Bangui: ["63/Lagos", 3], Banjul: ["63/Abidjan", 0], Bissau: ["", 0], Blantyre: ["63/Maputo", 4], Brazzaville: ["63/Lagos", 3], Bujumbura: ["63/Maputo", 4], Cairo: ["", 5], Casablanca: ["", 6], Ceuta: ["", 7], Conakry: ["63/Abidjan", 0], Dakar: ["63/Abidjan", 0], Dar_es_Salaam: ["63/Nairobi", 1], Djibouti: ["63/Nairobi", 1], Douala: ["63/Lagos", 3], El_Aaiun: ["", 6], Freetown: ["63/Abidjan", 0], Gaborone: ["63/Maputo", 4], Harare: ["63/Maputo", 4], Johannesburg: ["", 8], Juba: ["", 4], Kampala: ["63/Nairobi", 1], Khartoum: ["", 4], Kigali: ["63/Maputo", 4], Kinshasa: ["63/Lagos", 3], Lagos: ["", 3], Libreville: ["63/Lagos", 3], Lome: ["63/Abidjan", 0], Luanda: ["63/Lagos", 3], Lubumbashi: ["63/Maputo", 4], Lusaka: ["63/Maputo", 4], Malabo: ["63/Lagos", 3], Maputo: ["", 4], Maseru: ["63/Johannesburg", 8], Mbabane: ["63/Johannesburg", 8], Mogadishu: ["63/Nairobi", 1], Monrovia: ["", 0], Nairobi: ["", 1], Ndjamena: ["", 3], Niamey: ["63/Lagos", 3], Nouakchott: ["63/Abidjan", 0], Ouagadougou: ["63/Abidjan", 0], "Porto-Novo": ["63/Lagos", 3], Sao_Tome: ["", 0], Timbuktu: ["63/Abidjan", 0], Tripoli: ["", 9], Tunis: ["", 2], Windhoek: ["", 4] }, America: { Adak: ["", 10], Anchorage: ["", 11], Anguilla: ["62/Puerto_Rico", 12], Antigua: ["62/Puerto_Rico", 12], Araguaina: ["", 13], Argentina: { Buenos_Aires: ["", 13], Catamarca: ["", 13], ComodRivadavia: ["62/Argentina/Catamarca", 13], Cordoba: ["", 13], Jujuy: ["", 13], La_Rioja: ["", 13], Mendoza: ["", 13], Rio_Gallegos: ["", 13], Salta: ["", 13], San_Juan: ["", 13], San_Luis: ["", 13], Tucuman: ["", 13], Ushuaia: ["", 13] }, Aruba: ["62/Puerto_Rico", 12], Asuncion: ["", 13], Atikokan: ["62/Panama", 14], Atka: ["62/Adak", 10], Bahia: ["", 13], Bahia_Banderas: ["", 15], Barbados: ["", 12], Belem: ["", 13], Belize: ["", 15], "Blanc-Sablon": ["62/Puerto_Rico", 12], Boa_Vista: ["", 16], Bogota: ["", 17], Boise: ["", 18], Buenos_Aires: ["62/Argentina/Buenos_Aires", 13], Cambridge_Bay: ["", 18], Campo_Grande: ["", 16], Cancun: ["", 14], Caracas: ["", 16], Catamarca: ["62/Argentina/Catamarca", 13], Cayenne: ["", 13], Cayman: ["62/Panama", 14], Chicago: ["", 19], Chihuahua: ["", 15], Ciudad_Juarez: ["", 18], Coral_Harbour: ["62/Panama", 14], Cordoba: ["62/Argentina/Cordoba", 13], Costa_Rica: ["", 15], Coyhaique: ["", 13], Creston: ["62/Phoenix", 20], Cuiaba: ["", 16], Curacao: ["62/Puerto_Rico", 12], Danmarkshavn: ["", 0], Dawson: ["", 20], Dawson_Creek: ["", 20], Denver: ["", 18], Detroit: ["", 21], Dominica: ["62/Puerto_Rico", 12], Edmonton: ["", 15], Eirunepe: ["", 17], El_Salvador: ["", 15], Ensenada: ["62/Tijuana", 22], Fort_Nelson: ["", 20], Fort_Wayne: ["62/Indiana/Indianapolis", 21], Fortaleza: ["", 13], Glace_Bay: ["", 23], Godthab: ["62/Nuuk", 24], Goose_Bay: ["", 25], Grand_Turk: ["", 26], Grenada: ["62/Puerto_Rico", 12], Guadeloupe: ["62/Puerto_Rico", 12], Guatemala: ["", 15], Guayaquil: ["", 17], Guyana: ["", 16], Halifax: ["", 23], Havana: ["", 27], Hermosillo: ["", 20], Indiana: { Indianapolis: ["", 21], Knox: ["", 19], Marengo: ["", 21], Petersburg: ["", 21], Tell_City: ["", 19], Vevay: ["", 21], Vincennes: ["", 21], Winamac: ["", 26] }, Indianapolis: ["62/Indiana/Indianapolis", 21], Inuvik: ["", 18], Iqaluit: ["", 21], Jamaica: ["", 14], Jujuy: ["62/Argentina/Jujuy", 13], Juneau: ["", 11], Kentucky: { Louisville: ["", 21], Monticello: ["", 21] }, Knox_IN: ["62/Indiana/Knox", 19], Kralendijk: ["62/Puerto_Rico", 12], La_Paz: ["", 16], Lima: ["", 17], Los_Angeles: ["", 22], Louisville: ["62/Kentucky/Louisville", 21], Lower_Princes: ["62/Puerto_Rico", 12], Maceio: ["", 13], Managua: ["", 15], Manaus: ["", 16], Marigot: ["62/Puerto_Rico", 12], Martinique: ["", 12], Matamoros: ["", 19], Mazatlan: ["", 20], Mendoza: ["62/Argentina/Mendoza", 13], Menominee: ["", 19], Merida: ["", 15], Metlakatla: ["", 11], Mexico_City: ["", 15], Miquelon: ["", 28], Moncton: ["", 23], Monterrey: ["", 15], Montevideo: ["", 13], Montreal: ["62/Toronto", 21], Montserrat: ["62/Puerto_Rico", 12], Nassau: ["62/Toronto", 21], New_York: ["", 21], Nipigon: ["62/Toronto", 21], Nome: ["", 11], Noronha: ["", 29], North_Dakota: { Beulah: ["", 19], Center: ["", 19], New_Salem: ["", 19] }, Nuuk: ["", 24], Ojinaga: ["", 19], Panama: ["", 14], Pangnirtung: ["62/Iqaluit", 21], Paramaribo: ["", 13], Phoenix: ["", 20], Port_of_Spain: ["62/Puerto_Rico", 12], "Port-au-Prince": ["", 21], Porto_Acre: ["62/Rio_Branco", 17], Porto_Velho: ["", 16], Puerto_Rico: ["", 12], Punta_Arenas: ["", 13], Rainy_River: ["62/Winnipeg", 19], Rankin_Inlet: ["", 19], Recife: ["", 13], Regina: ["", 15], Resolute: ["", 30], Rio_Branco: ["", 17], Rosario: ["62/Argentina/Cordoba", 13], Santa_Isabel: ["62/Tijuana", 22], Santarem: ["", 13], Santiago: ["", 31], Santo_Domingo: ["", 12], Sao_Paulo: ["", 13], Scoresbysund: ["", 32], Shiprock: ["62/Denver", 18], Sitka: ["", 11], St_Barthelemy: ["62/Puerto_Rico", 12], St_Johns: ["", 33], St_Kitts: ["62/Puerto_Rico", 12], St_Lucia: ["62/Puerto_Rico", 12], St_Thomas: ["62/Puerto_Rico", 12], St_Vincent: ["62/Puerto_Rico", 12], Swift_Current: ["", 15], Tegucigalpa: ["", 15], Thule: ["", 23], Thunder_Bay: ["62/Toronto", 21], Tijuana: ["", 22], Toronto: ["", 21], Tortola: ["62/Puerto_Rico", 12], Vancouver: ["", 20], Virgin: ["62/Puerto_Rico", 12], Whitehorse: ["", 20], Winnipeg: ["", 19], Yakutat: ["", 11], Yellowknife: ["62/Edmonton", 15] }, Antarctica: { Casey: ["", 34], Davis: ["", 35], DumontDUrville: ["Pacific/Port_Moresby", 36], Macquarie: ["", 37], Mawson: ["", 38], McMurdo: ["Pacific/Auckland", 39], Palmer: ["", 13], Rothera: ["", 13], South_Pole: ["Pacific/Auckland", 39], Syowa: ["Asia/Riyadh", 40], Troll: ["", 41], Vostok: ["", 38] }, Arctic: { Longyearbyen: ["Europe/Berlin", 7] }, Asia: { Aden: ["59/Riyadh", 40], Almaty: ["", 38], Amman: ["", 40], Anadyr: ["", 42], Aqtau: ["", 38], Aqtobe: ["", 38], Ashgabat: ["", 38], Ashkhabad: ["59/Ashgabat", 38], Atyrau: ["", 38], Baghdad: ["", 40], Bahrain: ["59/Qatar", 40], Baku: ["", 43], Bangkok: ["", 35], Barnaul: ["", 35], Beirut: ["", 44], Bishkek: ["", 45], Brunei: ["59/Kuching", 34], Calcutta: ["59/Kolkata", 46], Chita: ["", 47], Choibalsan: ["59/Ulaanbaatar", 34], Chongqing: ["59/Shanghai", 48], Chungking: ["59/Shanghai", 48], Colombo: ["", 49], Dacca: ["59/Dhaka", 45], Damascus: ["", 40], Dhaka: ["", 45], Dili: ["", 47], Dubai: ["", 43], Dushanbe: ["", 38], Famagusta: ["", 50], Gaza: ["", 51], Harbin: ["59/Shanghai", 48], Hebron: ["", 51], Ho_Chi_Minh: ["", 35], Hong_Kong: ["", 52], Hovd: ["", 35], Irkutsk: ["", 34], Istanbul: ["Europe/Istanbul", 40], Jakarta: ["", 53], Jayapura: ["", 54], Jerusalem: ["", 55], Kabul: ["", 56], Kamchatka: ["", 42], Karachi: ["", 57], Kashgar: ["59/Urumqi", 45], Kathmandu: ["", 58], Katmandu: ["59/Kathmandu", 58], Khandyga: ["", 47], Kolkata: ["", 46], Krasnoyarsk: ["", 35], Kuala_Lumpur: ["59/Singapore", 34], Kuching: ["", 34], Kuwait: ["59/Riyadh", 40], Macao: ["59/Macau", 48], Macau: ["", 48], Magadan: ["", 59], Makassar: ["", 60], Manila: ["", 61], Muscat: ["59/Dubai", 43], Nicosia: ["", 62], Novokuznetsk: ["", 35], Novosibirsk: ["", 35], Omsk: ["", 45], Oral: ["", 38], Phnom_Penh: ["59/Bangkok", 35], Pontianak: ["", 53], Pyongyang: ["", 63], Qatar: ["", 40], Qostanay: ["", 38], Qyzylorda: ["", 38], Rangoon: ["59/Yangon", 64], Riyadh: ["", 40], Saigon: ["59/Ho_Chi_Minh", 35], Sakhalin: ["", 59], Samarkand: ["", 38], Seoul: ["", 63], Shanghai: ["", 48], Singapore: ["", 34], Srednekolymsk: ["", 59], Taipei: ["", 48], Tashkent: ["", 38], Tbilisi: ["", 43], Tehran: ["", 65], Tel_Aviv: ["59/Jerusalem", 55], Thimbu: ["59/Thimphu", 45], Thimphu: ["", 45], Tokyo: ["", 66], Tomsk: ["", 35], Ujung_Pandang: ["59/Makassar", 60], Ulaanbaatar: ["", 34], Ulan_Bator: ["59/Ulaanbaatar", 34], Urumqi: ["", 45], "Ust-Nera": ["", 36], Vientiane: ["59/Bangkok", 35], Vladivostok: ["", 36], Yakutsk: ["", 47], Yangon: ["", 64], Yekaterinburg: ["", 38], Yerevan: ["", 43] }, Atlantic: { Azores: ["", 67], Bermuda: ["", 23], Canary: ["", 68], Cape_Verde: ["", 69], Faeroe: ["58/Faroe", 68], Faroe: ["", 68], Jan_Mayen: ["Europe/Berlin", 7], Madeira: ["", 68], Reykjavik: ["Africa/Abidjan", 0], South_Georgia: ["", 29], St_Helena: ["Africa/Abidjan", 0], Stanley: ["", 13] }, Australia: { ACT: ["57/Sydney", 37], Adelaide: ["", 70], Brisbane: ["", 71], Broken_Hill: ["", 70], Canberra: ["57/Sydney", 37], Currie: ["57/Hobart", 72], Darwin: ["", 73], Eucla: ["", 74], Hobart: ["", 72], LHI: ["57/Lord_Howe", 75], Lindeman: ["", 71], Lord_Howe: ["", 75], Melbourne: ["", 37], North: ["57/Darwin", 73], NSW: ["57/Sydney", 37], Perth: ["", 76], Queensland: ["57/Brisbane", 71], South: ["57/Adelaide", 70], Sydney: ["", 37], Tasmania: ["57/Hobart", 72], Victoria: ["57/Melbourne", 37], West: ["57/Perth", 76], Yancowinna: ["57/Broken_Hill", 70] }, Brazil: { Acre: ["America/Rio_Branco", 17], DeNoronha: ["America/Noronha", 29], East: ["America/Sao_Paulo", 13], West: ["America/Manaus", 16] }, Canada: { Atlantic: ["America/Halifax", 23], Central: ["America/Winnipeg", 19], Eastern: ["America/Toronto", 21], Mountain: ["America/Edmonton", 15], Newfoundland: ["America/St_Johns", 33], Pacific: ["America/Vancouver", 20], Saskatchewan: ["America/Regina", 15], Yukon: ["America/Whitehorse", 20] }, CET: ["Europe/Brussels", 7], Chile: { Continental: ["America/Santiago", 31], EasterIsland: ["Pacific/Easter", 77] }, CST6CDT: ["America/Chicago", 19], CT: ["America/Chicago", 19], Cuba: ["America/Havana", 27], EET: ["Europe/Athens", 50], Egypt: ["Africa/Cairo", 5], Eire: ["Europe/Dublin", 78], EST: ["America/Panama", 14], EST5EDT: ["America/New_York", 21], ET: ["America/New_York", 21], Etc: { GMT: ["", 0], "GMT-0": ["53/GMT", 0], "GMT-1": ["", 79], "GMT-10": ["", 36], "GMT-11": ["", 59], "GMT-12": ["", 42], "GMT-13": ["", 80], "GMT-14": ["", 81], "GMT-2": ["", 82], "GMT-3": ["", 40], "GMT-4": ["", 43], "GMT-5": ["", 38], "GMT-6": ["", 45], "GMT-7": ["", 35], "GMT-8": ["", 34], "GMT-9": ["", 47], "GMT+0": ["53/GMT", 0], "GMT+1": ["", 69], "GMT+10": ["", 83], "GMT+11": ["", 84], "GMT+12": ["", 85], "GMT+2": ["", 29], "GMT+3": ["", 13], "GMT+4": ["", 16], "GMT+5": ["", 17], "GMT+6": ["", 86], "GMT+7": ["", 87], "GMT+8": ["", 88], "GMT+9": ["", 89], GMT0: ["53/GMT", 0], Greenwich: ["53/GMT", 0], UCT: ["53/UTC", 90], Universal: ["53/UTC", 90], UTC: ["", 90], Zulu: ["53/UTC", 90] }, Europe: { Amsterdam: ["52/Brussels", 7], Andorra: ["", 7], Astrakhan: ["", 43], Athens: ["", 50], Belfast: ["52/London", 91], Belgrade: ["", 7], Berlin: ["", 7], Bratislava: ["52/Prague", 7], Brussels: ["", 7], Bucharest: ["", 50], Budapest: ["", 7], Busingen: ["52/Zurich", 7], Chisinau: ["", 50], Copenhagen: ["52/Berlin", 7], Dublin: ["", 78], Gibraltar: ["", 7], Guernsey: ["52/London", 91], Helsinki: ["", 50], Isle_of_Man: ["52/London", 91], Istanbul: ["", 40], Jersey: ["52/London", 91], Kaliningrad: ["", 9], Kiev: ["52/Kyiv", 62], Kirov: ["", 92], Kyiv: ["", 62], Lisbon: ["", 93], Ljubljana: ["52/Belgrade", 7], London: ["", 91], Luxembourg: ["52/Brussels", 7], Madrid: ["", 7], Malta: ["", 7], Mariehamn: ["52/Helsinki", 50], Minsk: ["", 40], Monaco: ["52/Paris", 7], Moscow: ["", 92], Nicosia: ["Asia/Nicosia", 62], Oslo: ["52/Berlin", 7], Paris: ["", 7], Podgorica: ["52/Belgrade", 7], Prague: ["", 7], Riga: ["", 50], Rome: ["", 7], Samara: ["", 43], San_Marino: ["52/Rome", 7], Sarajevo: ["52/Belgrade", 7], Saratov: ["", 43], Simferopol: ["", 92], Skopje: ["52/Belgrade", 7], Sofia: ["", 50], Stockholm: ["52/Berlin", 7], Tallinn: ["", 50], Tirane: ["", 7], Tiraspol: ["52/Chisinau", 50], Ulyanovsk: ["", 43], Uzhgorod: ["52/Kyiv", 62], Vaduz: ["52/Zurich", 7], Vatican: ["52/Rome", 7], Vienna: ["", 7], Vilnius: ["", 50], Volgograd: ["", 92], Warsaw: ["", 7], Zagreb: ["52/Belgrade", 7], Zaporozhye: ["52/Kyiv", 62], Zurich: ["", 7] }, GB: ["Europe/London", 91], "GB-Eire": ["Europe/London", 91], GMT: ["Etc/GMT", 0], "GMT-0": ["Etc/GMT", 0], "GMT+0": ["Etc/GMT", 0], GMT0: ["Etc/GMT", 0], Greenwich: ["Etc/GMT", 0], Hongkong: ["Asia/Hong_Kong", 52], HST: ["Pacific/Honolulu", 94], Iceland: ["Africa/Abidjan", 0], Indian: { Antananarivo: ["Africa/Nairobi", 1], Chagos: ["", 45], Christmas: ["Asia/Bangkok", 35], Cocos: ["Asia/Yangon", 64], Comoro: ["Africa/Nairobi", 1], Kerguelen: ["51/Maldives", 38], Mahe: ["Asia/Dubai", 43], Maldives: ["", 38], Mauritius: ["", 43], Mayotte: ["Africa/Nairobi", 1], Reunion: ["Asia/Dubai", 43] }, Iran: ["Asia/Tehran", 65], Israel: ["Asia/Jerusalem", 55], Jamaica: ["America/Jamaica", 14], Japan: ["Asia/Tokyo", 66], Kwajalein: ["Pacific/Kwajalein", 42], Libya: ["Africa/Tripoli", 9], MET: ["Europe/Brussels", 7], Mexico: { BajaNorte: ["America/Tijuana", 22], BajaSur: ["America/Mazatlan", 20], General: ["America/Mexico_City", 15] }, MST: ["America/Phoenix", 20], MST7MDT: ["America/Denver", 18], MT: ["America/Denver", 18], Navajo: ["America/Denver", 18], NZ: ["Pacific/Auckland", 39], "NZ-CHAT": ["Pacific/Chatham", 95], Pacific: { Apia: ["", 80], Auckland: ["", 39], Bougainville: ["", 59], Chatham: ["", 95], Chuuk: ["49/Port_Moresby", 36], Easter: ["", 77], Efate: ["", 59], Enderbury: ["49/Kanton", 80], Fakaofo: ["", 80], Fiji: ["", 42], Funafuti: ["49/Tarawa", 42], Galapagos: ["", 86], Gambier: ["", 89], Guadalcanal: ["", 59], Guam: ["", 96], Honolulu: ["", 94], Johnston: ["49/Honolulu", 94], Kanton: ["", 80], Kiritimati: ["", 81], Kosrae: ["", 59], Kwajalein: ["", 42], Majuro: ["49/Tarawa", 42], Marquesas: ["", 97], Midway: ["49/Pago_Pago", 98], Nauru: ["", 42], Niue: ["", 84], Norfolk: ["", 99], Noumea: ["", 59], Pago_Pago: ["", 98], Palau: ["", 47], Pitcairn: ["", 88], Pohnpei: ["49/Guadalcanal", 59], Ponape: ["49/Guadalcanal", 59], Port_Moresby: ["", 36], Rarotonga: ["", 83], Saipan: ["49/Guam", 96], Samoa: ["49/Pago_Pago", 98], Tahiti: ["", 83], Tarawa: ["", 42], Tongatapu: ["", 80], Truk: ["49/Port_Moresby", 36], Wake: ["49/Tarawa", 42], Wallis: ["49/Tarawa", 42], Yap: ["49/Port_Moresby", 36] }, Poland: ["Europe/Warsaw", 7], Portugal: ["Europe/Lisbon", 93], PRC: ["Asia/Shanghai", 48], PST8PDT: ["America/Los_Angeles", 22], PT: ["America/Los_Angeles", 22], ROC: ["Asia/Taipei", 48], ROK: ["Asia/Seoul", 63], Singapore: ["Asia/Singapore", 34], Turkey: ["Europe/Istanbul", 40], UCT: ["Etc/UTC", 90], Universal: ["Etc/UTC", 90], US: { Alaska: ["America/Anchorage", 11], Aleutian: ["America/Adak", 10], Arizona: ["America/Phoenix", 20], Central: ["America/Chicago", 19], "East-Indiana": ["America/Indiana/Indianapolis", 21], Eastern: ["America/New_York", 21], Hawaii: ["Pacific/Honolulu", 94], "Indiana-Starke": ["America/Indiana/Knox", 19], Michigan: ["America/Detroit", 21], Mountain: ["America/Denver", 18], Pacific: ["America/Los_Angeles", 22], Samoa: ["Pacific/Pago_Pago", 98] }, UTC: ["Etc/UTC", 90], "W-SU": ["Europe/Moscow", 92], WET: ["Europe/Lisbon", 93], Zulu: ["Etc/UTC", 90] }, details: ["20260715T220651Z<n><bs><n><tz>GMT<n><of>+0000<n><ot>+0000<n><s>19700101T000000<n><es><n>", "20260715T220651Z<n><bs><n><tz>EAT<n><of>+0300<n><ot>+0300<n><s>19700101T000000<n><es><n>", "20260715T220651Z<n><bs><n><tz>CET<n><of>+0100<n><ot>+0100<n><s>19700101T000000<n><es><n>", "20260715T220651Z<n><bs><n><tz>WAT<n><of>+0100<n><ot>+0100<n><s>19700101T000000<n><es><n>", "20260715T220651Z<n><bs><n><tz>CAT<n><of>+0200<n><ot>+0200<n><s>19700101T000000<n><es><n>", "20260715T220651Z<n><bd><n><tz>EEST<n><of>+0200<n><ot>+0300<n><s>19700424T000000<n><r>FREQ=YEARLY;BYMONTH=4;BYDAY=-1FR<n><ed><n><bs><n><tz>EET<n><of>+0300<n><ot>+0200<n><s>19701030T000000<n><r>FREQ=YEARLY;BYMONTH=10;BYDAY=-1FR<n><es><n>", "20260715T220651Z<n><bs><n><tz>+00<n><of>+0000<n><ot>+0000<n><s>19700101T000000<n><es><n>", "20260715T220651Z<n><bd><n><tz>CEST<n><of>+0100<n><ot>+0200<n><s>19700329T020000<n><r>FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU<n><ed><n><bs><n><tz>CET<n><of>+0200<n><ot>+0100<n><s>19701025T030000<n><r>FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU<n><es><n>", "20260715T220651Z<n><bs><n><tz>SAST<n><of>+0200<n><ot>+0200<n><s>19700101T000000<n><es><n>", "20260715T220651Z<n><bs><n><tz>EET<n><of>+0200<n><ot>+0200<n><s>19700101T000000<n><es><n>", "20260715T220651Z<n><bd><n><tz>HDT<n><of>-1000<n><ot>-0900<n><s>19700308T020000<n><r>FREQ=YEARLY;BYMONTH=3;BYDAY=2SU<n><ed><n><bs><n><tz>HST<n><of>-0900<n><ot>-1000<n><s>19701101T020000<n><r>FREQ=YEARLY;BYMONTH=11;BYDAY=1SU<n><es><n>", "20260715T220651Z<n><bd><n><tz>AKDT<n><of>-0900<n><ot>-0800<n><s>19700308T020000<n><r>FREQ=YEARLY;BYMONTH=3;BYDAY=2SU<n><ed><n><bs><n><tz>AKST<n><of>-0800<n><ot>-0900<n><s>19701101T020000<n><r>FREQ=YEARLY;BYMONTH=11;BYDAY=1SU<n><es><n>", "20260715T220651Z<n><bs><n><tz>AST<n><of>-0400<n><ot>-0400<n><s>19700101T000000<n><es><n>", "20260715T220651Z<n><bs><n><tz>-03<n><of>-0300<n><ot>-0300<n><s>19700101T000000<n><es><n>", "20260715T220651Z<n><bs><n><tz>EST<n><of>-0500<n><ot>-0500<n><s>19700101T000000<n><es><n>", "20260715T220651Z<n><bs><n><tz>CST<n><of>-0600<n><ot>-0600<n><s>19700101T000000<n><es><n>", "20260715T220651Z<n><bs><n><tz>-04<n><of>-0400<n><ot>-0400<n><s>19700101T000000<n><es><n>", "20260715T220651Z<n><bs><n><tz>-05<n><of>-0500<n><ot>-0500<n><s>19700101T000000<n><es><n>", "20260715T220651Z<n><bd><n><tz>MDT<n><of>-0700<n><ot>-0600<n><s>19700308T020000<n><r>FREQ=YEARLY;BYMONTH=3;BYDAY=2SU<n><ed><n><bs><n><tz>MST<n><of>-0600<n><ot>-0700<n><s>19701101T020000<n><r>FREQ=YEARLY;BYMONTH=11;BYDAY=1SU<n><es><n>", "20260715T220651Z<n><bd><n><tz>CDT<n><of>-0600<n><ot>-0500<n><s>19700308T020000<n><r>FREQ=YEARLY;BYMONTH=3;BYDAY=2SU<n><ed><n><bs><n><tz>CST<n><of>-0500<n><ot>-0600<n><s>19701101T020000<n><r>FREQ=YEARLY;BYMONTH=11;BYDAY=1SU<n><es><n>", "20260715T220651Z<n><bs><n><tz>MST<n><of>-0700<n><ot>-0700<n><s>19700101T000000<n><es><n>", "20260715T220651Z<n><bd><n><tz>EDT<n><of>-0500<n><ot>-0400<n><s>19700308T020000<n><r>FREQ=YEARLY;BYMONTH=3;BYDAY=2SU<n><ed><n><bs><n><tz>EST<n><of>-0400<n><ot>-0500<n><s>19701101T020000<n><r>FREQ=YEARLY;BYMONTH=11;BYDAY=1SU<n><es><n>", "20260715T220651Z<n><bd><n><tz>PDT<n><of>-0800<n><ot>-0700<n><s>19700308T020000<n><r>FREQ=YEARLY;BYMONTH=3;BYDAY=2SU<n><ed><n><bs><n><tz>PST<n><of>-0700<n><ot>-0800<n><s>19701101T020000<n><r>FREQ=YEARLY;BYMONTH=11;BYDAY=1SU<n><es><n>", "20260715T220651Z<n><bd><n><tz>ADT<n><of>-0400<n><ot>-0300<n><s>19700308T020000<n><r>FREQ=YEARLY;BYMONTH=3;BYDAY=2SU<n><ed><n><bs><n><tz>AST<n><of>-0300<n><ot>-0400<n><s>19701101T020000<n><r>FREQ=YEARLY;BYMONTH=11;BYDAY=1SU<n><es><n>", "20260715T220651Z<n><bd><n><tz>-01<n><of>-0200<n><ot>-0100<n><s>19700328T230000<n><r>FREQ=YEARLY;BYMONTH=3;BYDAY=-1SA<n><ed><n><bs><n><tz>-02<n><of>-0100<n><ot>-0200<n><s>19701025T000000<n><r>FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU<n><es><n>", "20260715T220651Z<n><bs><n><tz>AST<n><of>-0300<n><ot>-0400<n><s>19701101T020000<n><r>FREQ=YEARLY;BYMONTH=11;BYDAY=1SU<n><es><n><bd><n><tz>ADT<n><of>-0400<n><ot>-0300<n><s>19700308T020000<n><r>FREQ=YEARLY;BYMONTH=3;BYDAY=2SU<n><ed><n>", "20260715T220651Z<n><bs><n><tz>EST<n><of>-0400<n><ot>-0500<n><s>19701101T020000<n><r>FREQ=YEARLY;BYMONTH=11;BYDAY=1SU<n><es><n><bd><n><tz>EDT<n><of>-0500<n><ot>-0400<n><s>19700308T020000<n><r>FREQ=YEARLY;BYMONTH=3;BYDAY=2SU<n><ed><n>", "20260715T220651Z<n><bs><n><tz>CST<n><of>-0400<n><ot>-0500<n><s>19701101T010000<n><r>FREQ=YEARLY;BYMONTH=11;BYDAY=1SU<n><es><n><bd><n><tz>CDT<n><of>-0500<n><ot>-0400<n><s>19700308T000000<n><r>FREQ=YEARLY;BYMONTH=3;BYDAY=2SU<n><ed><n>", "20260715T220651Z<n><bd><n><tz>-02<n><of>-0300<n><ot>-0200<n><s>19700308T020000<n><r>FREQ=YEARLY;BYMONTH=3;BYDAY=2SU<n><ed><n><bs><n><tz>-03<n><of>-0200<n><ot>-0300<n><s>19701101T020000<n><r>FREQ=YEARLY;BYMONTH=11;BYDAY=1SU<n><es><n>", "20260715T220651Z<n><bs><n><tz>-02<n><of>-0200<n><ot>-0200<n><s>19700101T000000<n><es><n>", "20260715T220651Z<n><bs><n><tz>CST<n><of>-0500<n><ot>-0600<n><s>19701101T020000<n><r>FREQ=YEARLY;BYMONTH=11;BYDAY=1SU<n><es><n><bd><n><tz>CDT<n><of>-0600<n><ot>-0500<n><s>19700308T020000<n><r>FREQ=YEARLY;BYMONTH=3;BYDAY=2SU<n><ed><n>", "20260715T220651Z<n><bs><n><tz>-04<n><of>-0300<n><ot>-0400<n><s>19700405T000000<n><r>FREQ=YEARLY;BYMONTH=4;BYDAY=1SU<n><es><n><bd><n><tz>-03<n><of>-0400<n><ot>-0300<n><s>19700906T000000<n><r>FREQ=YEARLY;BYMONTH=9;BYDAY=1SU<n><ed><n>", "20260715T220651Z<n><bs><n><tz>-02<n><of>-0100<n><ot>-0200<n><s>19701025T000000<n><r>FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU<n><es><n><bd><n><tz>-01<n><of>-0200<n><ot>-0100<n><s>19700328T230000<n><r>FREQ=YEARLY;BYMONTH=3;BYDAY=-1SA<n><ed><n>", "20260715T220651Z<n><bs><n><tz>NST<n><of>-0230<n><ot>-0330<n><s>19701101T020000<n><r>FREQ=YEARLY;BYMONTH=11;BYDAY=1SU<n><es><n><bd><n><tz>NDT<n><of>-0330<n><ot>-0230<n><s>19700308T020000<n><r>FREQ=YEARLY;BYMONTH=3;BYDAY=2SU<n><ed><n>", "20260715T220651Z<n><bs><n><tz>+08<n><of>+0800<n><ot>+0800<n><s>19700101T000000<n><es><n>", "20260715T220651Z<n><bs><n><tz>+07<n><of>+0700<n><ot>+0700<n><s>19700101T000000<n><es><n>", "20260715T220651Z<n><bs><n><tz>+10<n><of>+1000<n><ot>+1000<n><s>19700101T000000<n><es><n>", "20260715T220651Z<n><bs><n><tz>AEST<n><of>+1100<n><ot>+1000<n><s>19700405T030000<n><r>FREQ=YEARLY;BYMONTH=4;BYDAY=1SU<n><es><n><bd><n><tz>AEDT<n><of>+1000<n><ot>+1100<n><s>19701004T020000<n><r>FREQ=YEARLY;BYMONTH=10;BYDAY=1SU<n><ed><n>", "20260715T220651Z<n><bs><n><tz>+05<n><of>+0500<n><ot>+0500<n><s>19700101T000000<n><es><n>", "20260715T220651Z<n><bd><n><tz>NZDT<n><of>+1200<n><ot>+1300<n><s>19700927T020000<n><r>FREQ=YEARLY;BYMONTH=9;BYDAY=-1SU<n><ed><n><bs><n><tz>NZST<n><of>+1300<n><ot>+1200<n><s>19700405T030000<n><r>FREQ=YEARLY;BYMONTH=4;BYDAY=1SU<n><es><n>", "20260715T220651Z<n><bs><n><tz>+03<n><of>+0300<n><ot>+0300<n><s>19700101T000000<n><es><n>", "20260715T220651Z<n><bd><n><tz>+02<n><of>+0000<n><ot>+0200<n><s>19700329T010000<n><r>FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU<n><ed><n><bs><n><tz>+00<n><of>+0200<n><ot>+0000<n><s>19701025T030000<n><r>FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU<n><es><n>", "20260715T220651Z<n><bs><n><tz>+12<n><of>+1200<n><ot>+1200<n><s>19700101T000000<n><es><n>", "20260715T220651Z<n><bs><n><tz>+04<n><of>+0400<n><ot>+0400<n><s>19700101T000000<n><es><n>", "20260715T220651Z<n><bd><n><tz>EEST<n><of>+0200<n><ot>+0300<n><s>19700329T000000<n><r>FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU<n><ed><n><bs><n><tz>EET<n><of>+0300<n><ot>+0200<n><s>19701025T000000<n><r>FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU<n><es><n>", "20260715T220651Z<n><bs><n><tz>+06<n><of>+0600<n><ot>+0600<n><s>19700101T000000<n><es><n>", "20260715T220651Z<n><bs><n><tz>IST<n><of>+0530<n><ot>+0530<n><s>19700101T000000<n><es><n>", "20260715T220651Z<n><bs><n><tz>+09<n><of>+0900<n><ot>+0900<n><s>19700101T000000<n><es><n>", "20260715T220651Z<n><bs><n><tz>CST<n><of>+0800<n><ot>+0800<n><s>19700101T000000<n><es><n>", "20260715T220651Z<n><bs><n><tz>+0530<n><of>+0530<n><ot>+0530<n><s>19700101T000000<n><es><n>", "20260715T220651Z<n><bd><n><tz>EEST<n><of>+0200<n><ot>+0300<n><s>19700329T030000<n><r>FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU<n><ed><n><bs><n><tz>EET<n><of>+0300<n><ot>+0200<n><s>19701025T040000<n><r>FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU<n><es><n>", "20260715T220651Z<n><bd><n><tz>EEST<n><of>+0200<n><ot>+0300<n><s>19700328T020000<n><r>FREQ=YEARLY;BYMONTH=3;BYDAY=-1SA<n><ed><n><bs><n><tz>EET<n><of>+0300<n><ot>+0200<n><s>19701024T020000<n><r>FREQ=YEARLY;BYMONTH=10;BYDAY=-1SA<n><es><n>", "20260715T220651Z<n><bs><n><tz>HKT<n><of>+0800<n><ot>+0800<n><s>19700101T000000<n><es><n>", "20260715T220651Z<n><bs><n><tz>WIB<n><of>+0700<n><ot>+0700<n><s>19700101T000000<n><es><n>", "20260715T220651Z<n><bs><n><tz>WIT<n><of>+0900<n><ot>+0900<n><s>19700101T000000<n><es><n>", "20260715T220651Z<n><bd><n><tz>IDT<n><of>+0200<n><ot>+0300<n><s>19700327T020000<n><r>FREQ=YEARLY;BYMONTH=3;BYDAY=-1FR<n><ed><n><bs><n><tz>IST<n><of>+0300<n><ot>+0200<n><s>19701025T020000<n><r>FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU<n><es><n>", "20260715T220651Z<n><bs><n><tz>+0430<n><of>+0430<n><ot>+0430<n><s>19700101T000000<n><es><n>", "20260715T220651Z<n><bs><n><tz>PKT<n><of>+0500<n><ot>+0500<n><s>19700101T000000<n><es><n>", "20260715T220651Z<n><bs><n><tz>+0545<n><of>+0545<n><ot>+0545<n><s>19700101T000000<n><es><n>", "20260715T220651Z<n><bs><n><tz>+11<n><of>+1100<n><ot>+1100<n><s>19700101T000000<n><es><n>", "20260715T220651Z<n><bs><n><tz>WITA<n><of>+0800<n><ot>+0800<n><s>19700101T000000<n><es><n>", "20260715T220651Z<n><bs><n><tz>PST<n><of>+0800<n><ot>+0800<n><s>19700101T000000<n><es><n>", "20260715T220651Z<n><bs><n><tz>EET<n><of>+0300<n><ot>+0200<n><s>19701025T040000<n><r>FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU<n><es><n><bd><n><tz>EEST<n><of>+0200<n><ot>+0300<n><s>19700329T030000<n><r>FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU<n><ed><n>", "20260715T220651Z<n><bs><n><tz>KST<n><of>+0900<n><ot>+0900<n><s>19700101T000000<n><es><n>", "20260715T220651Z<n><bs><n><tz>+0630<n><of>+0630<n><ot>+0630<n><s>19700101T000000<n><es><n>", "20260715T220651Z<n><bs><n><tz>+0330<n><of>+0330<n><ot>+0330<n><s>19700101T000000<n><es><n>", "20260715T220651Z<n><bs><n><tz>JST<n><of>+0900<n><ot>+0900<n><s>19700101T000000<n><es><n>", "20260715T220651Z<n><bd><n><tz>+00<n><of>-0100<n><ot>+0000<n><s>19700329T000000<n><r>FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU<n><ed><n><bs><n><tz>-01<n><of>+0000<n><ot>-0100<n><s>19701025T010000<n><r>FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU<n><es><n>", "20260715T220651Z<n><bd><n><tz>WEST<n><of>+0000<n><ot>+0100<n><s>19700329T010000<n><r>FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU<n><ed><n><bs><n><tz>WET<n><of>+0100<n><ot>+0000<n><s>19701025T020000<n><r>FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU<n><es><n>", "20260715T220651Z<n><bs><n><tz>-01<n><of>-0100<n><ot>-0100<n><s>19700101T000000<n><es><n>", "20260715T220651Z<n><bs><n><tz>ACST<n><of>+1030<n><ot>+0930<n><s>19700405T030000<n><r>FREQ=YEARLY;BYMONTH=4;BYDAY=1SU<n><es><n><bd><n><tz>ACDT<n><of>+0930<n><ot>+1030<n><s>19701004T020000<n><r>FREQ=YEARLY;BYMONTH=10;BYDAY=1SU<n><ed><n>", "20260715T220651Z<n><bs><n><tz>AEST<n><of>+1000<n><ot>+1000<n><s>19700101T000000<n><es><n>", "20260715T220651Z<n><bd><n><tz>AEDT<n><of>+1000<n><ot>+1100<n><s>19701004T020000<n><r>FREQ=YEARLY;BYMONTH=10;BYDAY=1SU<n><ed><n><bs><n><tz>AEST<n><of>+1100<n><ot>+1000<n><s>19700405T030000<n><r>FREQ=YEARLY;BYMONTH=4;BYDAY=1SU<n><es><n>", "20260715T220651Z<n><bs><n><tz>ACST<n><of>+0930<n><ot>+0930<n><s>19700101T000000<n><es><n>", "20260715T220651Z<n><bs><n><tz>+0845<n><of>+0845<n><ot>+0845<n><s>19700101T000000<n><es><n>", "20260715T220651Z<n><bs><n><tz>+1030<n><of>+1100<n><ot>+1030<n><s>19700405T020000<n><r>FREQ=YEARLY;BYMONTH=4;BYDAY=1SU<n><es><n><bd><n><tz>+11<n><of>+1030<n><ot>+1100<n><s>19701004T020000<n><r>FREQ=YEARLY;BYMONTH=10;BYDAY=1SU<n><ed><n>", "20260715T220651Z<n><bs><n><tz>AWST<n><of>+0800<n><ot>+0800<n><s>19700101T000000<n><es><n>", "20260715T220651Z<n><bs><n><tz>-06<n><of>-0500<n><ot>-0600<n><s>19700404T220000<n><r>FREQ=YEARLY;BYMONTH=4;BYDAY=1SA<n><es><n><bd><n><tz>-05<n><of>-0600<n><ot>-0500<n><s>19700905T220000<n><r>FREQ=YEARLY;BYMONTH=9;BYDAY=1SA<n><ed><n>", "20260715T220651Z<n><bs><n><tz>IST<n><of>+0000<n><ot>+0100<n><s>19700329T010000<n><r>FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU<n><es><n><bd><n><tz>GMT<n><of>+0100<n><ot>+0000<n><s>19701025T020000<n><r>FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU<n><ed><n>", "20260715T220651Z<n><bs><n><tz>+01<n><of>+0100<n><ot>+0100<n><s>19700101T000000<n><es><n>", "20260715T220651Z<n><bs><n><tz>+13<n><of>+1300<n><ot>+1300<n><s>19700101T000000<n><es><n>", "20260715T220651Z<n><bs><n><tz>+14<n><of>+1400<n><ot>+1400<n><s>19700101T000000<n><es><n>", "20260715T220651Z<n><bs><n><tz>+02<n><of>+0200<n><ot>+0200<n><s>19700101T000000<n><es><n>", "20260715T220651Z<n><bs><n><tz>-10<n><of>-1000<n><ot>-1000<n><s>19700101T000000<n><es><n>", "20260715T220651Z<n><bs><n><tz>-11<n><of>-1100<n><ot>-1100<n><s>19700101T000000<n><es><n>", "20260715T220651Z<n><bs><n><tz>-12<n><of>-1200<n><ot>-1200<n><s>19700101T000000<n><es><n>", "20260715T220651Z<n><bs><n><tz>-06<n><of>-0600<n><ot>-0600<n><s>19700101T000000<n><es><n>", "20260715T220651Z<n><bs><n><tz>-07<n><of>-0700<n><ot>-0700<n><s>19700101T000000<n><es><n>", "20260715T220651Z<n><bs><n><tz>-08<n><of>-0800<n><ot>-0800<n><s>19700101T000000<n><es><n>", "20260715T220651Z<n><bs><n><tz>-09<n><of>-0900<n><ot>-0900<n><s>19700101T000000<n><es><n>", "20260715T220651Z<n><bs><n><tz>UTC<n><of>+0000<n><ot>+0000<n><s>19700101T000000<n><es><n>", "20260715T220651Z<n><bd><n><tz>BST<n><of>+0000<n><ot>+0100<n><s>19700329T010000<n><r>FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU<n><ed><n><bs><n><tz>GMT<n><of>+0100<n><ot>+0000<n><s>19701025T020000<n><r>FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU<n><es><n>", "20260715T220651Z<n><bs><n><tz>MSK<n><of>+0300<n><ot>+0300<n><s>19700101T000000<n><es><n>", "20260715T220651Z<n><bs><n><tz>WET<n><of>+0100<n><ot>+0000<n><s>19701025T020000<n><r>FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU<n><es><n><bd><n><tz>WEST<n><of>+0000<n><ot>+0100<n><s>19700329T010000<n><r>FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU<n><ed><n>", "20260715T220651Z<n><bs><n><tz>HST<n><of>-1000<n><ot>-1000<n><s>19700101T000000<n><es><n>", "20260715T220651Z<n><bd><n><tz>+1345<n><of>+1245<n><ot>+1345<n><s>19700927T024500<n><r>FREQ=YEARLY;BYMONTH=9;BYDAY=-1SU<n><ed><n><bs><n><tz>+1245<n><of>+1345<n><ot>+1245<n><s>19700405T034500<n><r>FREQ=YEARLY;BYMONTH=4;BYDAY=1SU<n><es><n>", "20260715T220651Z<n><bs><n><tz>ChST<n><of>+1000<n><ot>+1000<n><s>19700101T000000<n><es><n>", "20260715T220651Z<n><bs><n><tz>-0930<n><of>-0930<n><ot>-0930<n><s>19700101T000000<n><es><n>", "20260715T220651Z<n><bs><n><tz>SST<n><of>-1100<n><ot>-1100<n><s>19700101T000000<n><es><n>", "20260715T220651Z<n><bd><n><tz>+12<n><of>+1100<n><ot>+1200<n><s>19701004T020000<n><r>FREQ=YEARLY;BYMONTH=10;BYDAY=1SU<n><ed><n><bs><n><tz>+11<n><of>+1200<n><ot>+1100<n><s>19700405T030000<n><r>FREQ=YEARLY;BYMONTH=4;BYDAY=1SU<n><es><n>"], toplevel: ["Zulu", "WET", "W-SU", "Universal", "UTC", "UCT", "Turkey", "Singapore", "ROK", "ROC", "Portugal", "Poland", "PT", "PST8PDT", "PRC", "Navajo", "NZ", "NZ-CHAT", "MT", "MST7MDT", "MST", "MET", "Libya", "Kwajalein", "Japan", "Jamaica", "Israel", "Iran", "Iceland", "Hongkong", "HST", "Greenwich", "GMT0", "GMT", "GMT-0", "GMT+0", "GB", "GB-Eire", "Eire", "Egypt", "ET", "EST5EDT", "EST", "EET", "Cuba", "CT", "CST6CDT", "CET", "US", "Pacific", "Mexico", "Indian", "Europe", "Etc", "Chile", "Canada", "Brazil", "Australia", "Atlantic", "Asia", "Arctic", "Antarctica", "America", "Africa"] };
var Z = z2;
function R(T) {
  return T.replace(/[^+\-\w]/g, "\\$&");
}
var H2 = { "<br>": "<n>", "TZNAME:": "<tz>", "TZOFFSETFROM:": "<of>", "TZOFFSETTO:": "<ot>", "DTSTART:": "<s>", "RRULE:": "<r>", "BEGIN:DAYLIGHT": "<bd>", "END:DAYLIGHT": "<ed>", "BEGIN:STANDARD": "<bs>", "END:STANDARD": "<es>" };
function O(T) {
  for (let [Y, r] of Object.entries(H2)) T = T.replaceAll(r, Y);
  return T;
}
function P(T) {
  let Y = T.db, r = T.toplevel, s = (n, a) => {
    if (n === "") return a;
    let e = n.match(/^(\d+)\/(.+)$/);
    if (e) {
      let t = Number(e[1]), c = r.find((A, b) => b === t);
      if (c != null) return `${c}/${e[2]}`;
    }
    return n;
  }, i = {};
  for (let [n, a] of Object.entries(Y)) if (typeof a == "object" && !Array.isArray(a)) {
    i[`${n}`] = {};
    let e = a;
    for (let [t, c] of Object.entries(e)) if (typeof c == "object" && !Array.isArray(c)) {
      i[`${n}`][`${t}`] = {};
      let A = c;
      for (let [b, o] of Object.entries(A)) {
        let l = o, d = `${n}/${t}/${b}`;
        i[`${n}`][`${t}`][`${b}`] = [s(l[0], d), l[1]];
      }
    } else {
      let A = c, b = `${n}/${t}`;
      i[`${n}`][`${t}`] = [s(A[0], b), A[1]];
    }
  } else {
    let e = a;
    i[`${n}`] = [s(e[0], n), e[1]];
  }
  return i;
}
function D(T) {
  let Y = P(Z), r = T.split("/"), s;
  try {
    if (r.length === 3) {
      let n = Y[`${r[0]}`];
      if (n && !Array.isArray(n)) {
        let a = n[`${r[1]}`];
        a && !Array.isArray(a) && (s = a[`${r[2]}`]);
      }
    } else if (r.length === 2) {
      let n = Y[`${r[0]}`];
      n && !Array.isArray(n) && (s = n[`${r[1]}`]);
    } else s = Y[`${r[0]}`];
    if (s == null || !Array.isArray(s) || s.length < 2) throw new Error("Given time zone not valid.");
    let i = s;
    return [i[0], O(Z.details[i[1]])];
  } catch {
    return console.error("Given time zone not valid."), "";
  }
}
var h = z2;
function j(T, Y = false) {
  let r = D(T);
  if (typeof r == "string" || !r[1] || r[1] === "") return "";
  let s = r, i = (function() {
    return s[0] == "" ? T : s[0];
  })(), n = "TZID=" + i, a = [`BEGIN:VTIMEZONE\r
TZID:` + i + `\r
X-LIC-LOCATION:` + i + `\r
LAST-MODIFIED:` + s[1].replace(/[^\w\-:,;=+/<>]/g, "").replace(/<br>/g, `\r
`) + "END:VTIMEZONE", n];
  return Y ? JSON.stringify(a) : a;
}
function $(T = false) {
  let Y = [], s = ((n) => {
    let a = {};
    for (let [e, t] of Object.entries(n)) if (typeof t == "object" && !Array.isArray(t)) {
      a[`${e}`] = {};
      let c = t;
      for (let [A, b] of Object.entries(c)) if (typeof b == "object" && !Array.isArray(b)) {
        a[`${e}`][`${A}`] = {};
        let o = b;
        for (let [l, d] of Object.entries(o)) {
          let E = d, B = E[0].replace(new RegExp(`^${R(e)}/${R(A)}/`), `${h.toplevel.indexOf(e)}/${A}/`);
          a[`${e}`][`${A}`][`${l}`] = [B, E[1]];
        }
      } else {
        let o = b, l = o[0].replace(new RegExp(`^${R(e)}/`), `${h.toplevel.indexOf(e)}/`);
        a[`${e}`][`${A}`] = [l, o[1]];
      }
    } else {
      let c = t, A = c[0].replace(new RegExp(`^${R(e)}/`), `${h.toplevel.indexOf(e)}/`);
      a[`${e}`] = [A, c[1]];
    }
    return a;
  })(h.db), i = (n, a = "") => {
    for (let [e, t] of Object.entries(n)) typeof t == "object" && !Array.isArray(t) ? i(t, a + e + "/") : Y.push(a + e);
  };
  return i(s), T ? JSON.stringify(Y) : Y;
}

// src/calendar/render.ts
var REFRESH = "PT1H";
var MAX_ABSTRACT = 4e3;
function renderFeed(entries, ctx) {
  const zone = vtimezoneOf(ctx.config.timezone);
  const cal = W({
    prodId: { company: "seminar-announcer", product: "announce", language: "EN" },
    // A feed publishes; it is not an invitation (REQUEST) that asks for an answer.
    method: H.PUBLISH,
    name: oneLine(ctx.site.title) || ctx.site.host,
    url: safeUrl(ctx.site.baseURL),
    // The calendar-wide zone of ical-generator writes every time, DTSTAMP included, as floating local time: the
    // zone is set per event instead, and the generator only supplies the VTIMEZONE of each zone used.
    timezone: { name: null, generator: (tzid) => zone && tzid === zone.tzid ? zone.vtimezone : null }
  });
  const from = organizer(ctx.config.email.from);
  for (const { event, sequence, stamp } of entries) {
    const speakers = event.speakers.map((s) => oneLine(s.affiliation ? `${s.name} (${s.affiliation})` : s.name)).join(", ");
    const description = [speakers, renderMarkdownText(event.abstract, false).slice(0, MAX_ABSTRACT), event.permalink].filter(Boolean).join("\n\n");
    const where = [event.location, event.address].filter(Boolean).map((s) => oneLine(s)).join(", ");
    const common = {
      id: calendarUid(event, ctx.site.host),
      sequence,
      stamp,
      summary: oneLine(event.title),
      description,
      location: where || null,
      url: safeUrl(event.permalink),
      organizer: from,
      status: event.cancelled ? z.CANCELLED : z.CONFIRMED
    };
    const times = eventTimes(event);
    if (times.allDay) cal.createEvent({ ...common, allDay: true, start: times.start, end: times.end });
    else if (zone)
      cal.createEvent({
        ...common,
        timezone: zone.tzid,
        start: DateTime.fromJSDate(times.start, { zone: zone.tzid }),
        end: DateTime.fromJSDate(times.end, { zone: zone.tzid })
      });
    else cal.createEvent({ ...common, start: times.start, end: times.end });
  }
  const properties = [`X-WR-TIMEZONE:${zone?.tzid ?? "UTC"}`, `REFRESH-INTERVAL;VALUE=DURATION:${REFRESH}`, `X-PUBLISHED-TTL:${REFRESH}`];
  return withCalendarProperties(cal.toString(), properties) + "\r\n";
}
var knownZones = null;
function vtimezoneOf(zone) {
  knownZones ??= new Set($());
  if (!knownZones.has(zone)) return null;
  const block = j(zone);
  const vtimezone = Array.isArray(block) ? block[0] : null;
  const tzid = vtimezone ? /^TZID:(.+?)\r?$/m.exec(vtimezone)?.[1] : void 0;
  if (!vtimezone || !tzid || !IANAZone.isValidZone(tzid)) return null;
  if (!/TZOFFSET(FROM|TO):(?!\+0000)/.test(vtimezone)) return null;
  return { tzid, vtimezone };
}
function withCalendarProperties(ics, lines) {
  const first = ics.indexOf("\r\nBEGIN:");
  const at = first >= 0 ? first : ics.lastIndexOf("\r\nEND:VCALENDAR");
  return `${ics.slice(0, at)}\r
${lines.join("\r\n")}${ics.slice(at)}`;
}

// src/commands/calendar.ts
async function calendarCommand(opts) {
  if (opts.json && !opts.outFile) throw new ConfigError("announce calendar --json needs --out FILE: the feed itself would be stdout");
  const ctx = await readContext(opts);
  const ledger = await readLedger(ctx.config.state);
  const site = siteInfoOf(ctx.site);
  const entries = planFeed(ctx.events, ledger, ctx.site, ctx.config, opts.now);
  const ics = renderFeed(entries, { site, config: ctx.config });
  if (!opts.outFile) {
    await opts.writeRaw(ics);
    return 0;
  }
  const file = path.resolve(opts.outFile);
  if (!opts.dryRun) {
    await mkdir(path.dirname(file), { recursive: true });
    await (0, import_write_file_atomic.default)(file, ics);
  }
  const cancelled = entries.filter((e) => e.event.cancelled).length;
  if (opts.json)
    opts.out(
      JSON.stringify(
        {
          file,
          written: !opts.dryRun,
          events: entries.map((e) => ({
            id: e.event.id,
            uid: calendarUid(e.event, site.host),
            sequence: e.sequence,
            status: e.event.cancelled ? "cancelled" : "confirmed"
          }))
        },
        null,
        2
      )
    );
  else
    opts.out(
      `${opts.dryRun ? "Dry run: would write" : "Wrote"} ${file}: ${entries.length} talk${entries.length === 1 ? "" : "s"}` + (cancelled ? ` (${cancelled} cancelled)` : "") + `, the last ${ctx.config.calendar.pastDays} days and all to come.`
    );
  const url = opts.json ? null : publishedUrl(file, ctx.site.root, site.baseURL);
  if (url) {
    opts.out(`Subscribe: webcal://${url.slice(url.indexOf("://") + 3)}`);
    opts.out(`Google Calendar: https://calendar.google.com/calendar/render?cid=${encodeURIComponent(url.replace(/^https?:/, "webcal:"))}`);
  }
  return 0;
}
function publishedUrl(file, siteRoot, baseURL) {
  for (const dir of ["static", "public"]) {
    const rel = path.relative(path.join(siteRoot, dir), file);
    if (rel && !rel.startsWith("..") && !path.isAbsolute(rel)) {
      try {
        return new URL(rel.split(path.sep).map(encodeURIComponent).join("/"), baseURL.endsWith("/") ? baseURL : `${baseURL}/`).href;
      } catch {
        return null;
      }
    }
  }
  return null;
}
export {
  calendarCommand,
  publishedUrl
};
/*! Bundled license information:

timezones-ical-library/dist/mjs/index.js:
  (*!
  *  @preserve
  *
  * ++++++++++++++++++++++++++++++++++++++
  * Add to Calendar Time Zones iCal Library
  * ++++++++++++++++++++++++++++++++++++++
  *
  * Creator: Jens Kuerschner (https://jekuer.com)
  * Project: https://github.com/add2cal/timezones-ical-library
  * Version: 2.3.2
  * License: Apache-2.0
  *
  *)
*/
