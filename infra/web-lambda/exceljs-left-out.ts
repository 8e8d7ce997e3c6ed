// Stands in for exceljs in the main web server bundle (infra/lib/lambda-entries.ts): the pages
// that read or write Excel files are served by the xlsx server function, whose bundle has the
// real library (infra/lib/web-heavy-routes.ts). Reached here, a route was not routed there.
const leftOut = (): never => {
  throw new Error('exceljs is not in the main web server bundle: route this path to the xlsx server (infra/lib/web-heavy-routes.ts)');
};
export default new Proxy({}, { get: leftOut, construct: leftOut });
