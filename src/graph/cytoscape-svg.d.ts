// cytoscape-svg ships no types: a Cytoscape extension adding `cy.svg(options)`.
declare module 'cytoscape-svg' {
  import type { Ext } from 'cytoscape';
  const register: Ext;
  export default register;
}
