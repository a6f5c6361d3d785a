// Modules the build makes (build/graphData.ts).
declare module 'virtual:graph-data' {
  const data: import('../model/snapshot').BundledData;
  export default data;
}
