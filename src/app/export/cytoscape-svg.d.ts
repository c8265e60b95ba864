declare module 'cytoscape-svg' {
  import type cytoscape from 'cytoscape';
  const register: cytoscape.Ext;
  export default register;
}
