// 是否采用/采用情况 as offices and clerks write it — 是, √, 已刊发, "被皖西日报采用" — one home for the ledger and returned forms.

/** Adopted: 是, √, 已采用, and the words of publishing (已刊发, 已录用, 已播出 …). */
export const ADOPTED_YES = /^(是|已?采用|已?被采用|√|✓|✔|y|yes|true|1|已?刊发|已?刊登|已?发表|已?录用|已?播出|已?刊载)$/i;
/** Not adopted: 否, ×, 未采用 … */
export const ADOPTED_NO = /^(否|未采用|不采用|未被采用|未刊发|未录用|未刊登|未发表|未播出|×|✗|✘|n|no|false|0)$/i;

const VERB = '(?:采用|刊发|刊登|刊载|录用|播出|发表|转载)';
/** "皖西日报未采用", "人民网没有刊发": not adopted, whoever is named. */
const NAMED_NO = new RegExp(`^.{1,40}?(?:未|不|没有?)被?${VERB}$`, 'u');
/** "被皖西日报采用", "六安发布刊发", "《皖西日报》第3版刊登": adopted, by the outlet named. */
const NAMED_YES = new RegExp(`^(?:已?被)?\\s*(.{2,40}?)\\s*(?:第\\s*\\d+\\s*[版期])?\\s*(?:已)?${VERB}$`, 'u');

/** What a 是否采用 cell says: adopted or not, and the outlet it names ("被皖西日报采用" → 皖西日报); null when it says neither. */
export function readAdoption(text: string): { readonly adopted: boolean; readonly outlet?: string } | null {
  const t = text.trim();
  if (ADOPTED_YES.test(t)) return { adopted: true };
  if (ADOPTED_NO.test(t) || NAMED_NO.test(t)) return { adopted: false };
  const m = NAMED_YES.exec(t);
  if (!m) return null;
  const outlet = m[1].replace(/^《(.+)》$/u, '$1').trim();
  return outlet === '' ? { adopted: true } : { adopted: true, outlet };
}
