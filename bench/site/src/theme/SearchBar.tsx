// The navbar's search slot: the error-catalog plugin's Pagefind search box.
export {default} from '@theme/ErrorSearchBar';
