// Filler words of questions in Latvian, English, Russian and Ukrainian ("kur var dabūt …",
// "how do I …", "как оформить …", "як отримати …"): the search ignores them, so they neither
// match a service by accident (short words match the start of many words) nor dilute the words
// that carry the meaning. Written plainly here and folded once, as queries are.
import { fold } from './fold.ts';

const LATVIAN = `un vai ar par uz no pie pēc lai ka kā kur kas ko kad kāds kāda kādi kādu kuru kura kurš kuri
  kurā kurās kurām es man mani manu mans mana manam manai manas mūsu mums mēs tu tev tevi jūs jums jūsu viņš viņa
  viņam viņai viņu savs sava savu savam savai ir nav bija būs esmu esam var varu varam varat vajag vajadzētu
  vajadzīgs vajadzīga nepieciešams nepieciešama gribu gribam gribētu grib jādara darīt dabūt saņemt iegūt kārtot
  noformēt ta tas tā to tie tās šis šī šo tur te šeit arī bet jo ne tikai vēl jau ja kāpēc kādēļ lūdzu paldies
  labdien sveiki palīdziet palīdzēt uzzināt zināt vēlos vēlētos sakiet pateikt`;

const ENGLISH = `a an the i me my mine we us our you your he she him his her it its they them their this that these
  those to of in on at for from with by about into as and or but if so is am are was were be been being do does
  did doing have has had can could should would will shall may might must how what where when which who whom why
  want wants need needs get getting got please there here just also any some need`;

const RUSSIAN = `и в во на с со к ко по о об от до за из у для про как что где когда куда откуда мне меня мой моя моё
  мои я мы нам нас наш наша вы вам вас ваш он она они его её их ему ей это этот эта эти то тот не нет да ли же бы
  можно нужно надо нужен нужна хочу хотим хочется какой какая какие каких или а но при через уже там тут
  здесь есть был была были буду будет пожалуйста подскажите скажите получить оформить сделать`;

const UKRAINIAN = `і й та в у на з із зі до від по про за для як що де коли куди мені мене мій моя моє мої я ми нам нас
  наш наша ви вам вас ваш він вона вони його її їх йому їй це цей ця ці те той не ні так чи ж би можна треба
  потрібно потрібен потрібна хочу хочемо який яка які або а але при через вже там тут є був була були буду
  буде будь ласка підкажіть скажіть отримати оформити зробити`;

/** Folded stop words of the four languages. */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  [LATVIAN, ENGLISH, RUSSIAN, UKRAINIAN].flatMap((list) => fold(list).split(' ')),
);
