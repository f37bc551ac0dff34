import React, {type ReactNode} from 'react';
import SearchBox from '@site/src/components/Search/SearchBox';

/** The navbar's search (the classic theme renders this for the navbar item `{type: 'search'}`). */
export default function SearchBar(): ReactNode {
  return <SearchBox variant="navbar" />;
}
