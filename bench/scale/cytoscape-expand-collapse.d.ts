// cytoscape-expand-collapse ships no types: a Cytoscape extension adding `cy.expandCollapse()`.
declare module 'cytoscape-expand-collapse' {
  import type { Ext } from 'cytoscape';
  const register: Ext;
  export default register;
}
