// The first sentence of a summary, for the first screen of a service page ("one
// sentence of what it is"); the rest follows below it, so nothing is lost or said twice.
// A sentence ends at ".", "!" or "?" after a word of three or more letters (or a closing bracket)
// and before a capital letter: "1. jūnijam", "u. c." and "Nr. 5" do not end one.
const END = /(?<=(?:\p{L}{3,}|\)))[.!?](?=\s+[\p{Lu}“"(])/u;

export function splitFirstSentence(text: string): { first: string; rest: string } {
  const match = END.exec(text);
  if (!match) return { first: text.trim(), rest: '' };
  const cut = match.index + 1;
  return { first: text.slice(0, cut).trim(), rest: text.slice(cut).trim() };
}
