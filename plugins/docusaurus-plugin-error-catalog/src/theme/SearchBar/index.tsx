// The navbar's `{type: 'search'}` item: the Pagefind box, so a site needs no swizzle to get search.
export {default} from '../ErrorSearchBar';
