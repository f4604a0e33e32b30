// Places written once before the bodies they all have: "各县区党委、政府", "兰州高新区、兰州经开区党工委、管委会" (兰州 2025),
// "各县(市、区)党委和人民政府", "城乡一体化示范区、高新区党工委和管委会" (平顶山 2018) — each place with each body.
import { ROLE_TAIL } from './unit-lists';

/** The bodies every place or zone has. */
const BODY = '(?:人民政府|政府|党委|党工委|管委会|工委|人大常委会|政协)';
/** A body written alone after a place that has one ("…党委、政府"): no unit is called 政府. */
const BARE_BODY = new RegExp(`^(${BODY})(${ROLE_TAIL})$`);
/** A place or zone with its body ("各县区党委", "兰州经开区党工委", "各县(市、区)党委"). */
const PLACE_WITH_BODY = new RegExp(`^(.{2,}?)(${BODY})$`);
/** A place or zone as such lists write it: ending in a level or a zone's word, with the levels it covers in brackets. */
const PLACE = /(?:区|县|市|旗|镇|乡|州|盟|街道|县区|县市区|开发区|高新区|经开区|新区|示范区|园区)(?:[（(〔][^）)〕]*[）)〕])?$/;
const JOINERS = ['、', '和', '及', '与'];

const joined = (text: string, a: string, b: string) => JOINERS.some((sep) => text.includes(`${a}${sep}${b}`));

/**
 * Gives each place of such a list each body: a bare body ("政府", "管委会") after a place written with its body is that
 * place's, and the places listed with 、 just before it ("兰州高新区、") have the same bodies. A list with no bare body
 * is left as it is (shareGovernment in unit-names reads "咸安区、嘉鱼县、通山县人民政府"); so are names parted by "," or
 * that end in no place ("市委宣传部、政府办" stays two).
 */
export function shareBodies(pieces: readonly string[], text: string): string[] {
  if (!pieces.some((p) => BARE_BODY.test(p))) return pieces as string[];
  const out: string[] = [];
  for (let i = 0; i < pieces.length;) {
    const m = PLACE_WITH_BODY.exec(pieces[i]);
    const bodies: string[] = m ? [m[2]] : [];
    let tail = '';
    let k = i + 1;
    if (m && PLACE.test(m[1])) {
      for (let b = BARE_BODY.exec(pieces[k] ?? ''); b && k < pieces.length && joined(text, pieces[k - 1], pieces[k]); b = BARE_BODY.exec(pieces[k] ?? '')) {
        bodies.push(b[1]);
        tail = b[2];
        k++;
        if (tail) break; // role words close the list
      }
    }
    if (!m || bodies.length < 2) {
      out.push(pieces[i]);
      i++;
      continue;
    }
    // bare places listed with 、 just before it share the bodies
    let start = out.length;
    while (start > 0 && PLACE.test(out[start - 1]) && !PLACE_WITH_BODY.test(out[start - 1])
      && text.includes(`${out[start - 1]}、${start === out.length ? pieces[i] : out[start]}`)) start--;
    const places = [...out.splice(start), m[1]];
    for (const place of places) for (const body of bodies) out.push(place + body);
    out[out.length - 1] += tail;
    i = k;
  }
  return out;
}
