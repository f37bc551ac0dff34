// Written at build time by src/plugins/contents (actions.createData), for the language being built.
declare module '@generated/skaidrumo-contents/default/contents.json' {
  import type {BookContentsData} from '@site/src/book/contents';

  const data: BookContentsData;
  export default data;
}
