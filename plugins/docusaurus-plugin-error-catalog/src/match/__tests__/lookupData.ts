import type {LookupData} from '../../pageData';
import type {Candidates} from '../match';

/** Every code and guide of the built lookup data, as the matcher reads them. */
export function wholeLookup({manifest, codeShards, guideShards}: LookupData): Candidates {
  const codes = codeShards.flat();
  return {
    codes,
    guides: guideShards.flat().map((g) => ({...g, codes: g.codes.map((i) => codes[i]!)})),
    linkBase: manifest.linkBase,
    bodyFields: manifest.bodyFields,
  };
}
