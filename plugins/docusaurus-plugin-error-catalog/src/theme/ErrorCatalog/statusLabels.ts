import {translate} from '@docusaurus/Translate';
import {usePluginData} from '@docusaurus/useGlobalData';
import type {ErrorCatalogGlobalData, TransportId} from '../../pageData';

/** How pages name the statuses of the catalog's transport: HTTP statuses, gRPC statuses or exit codes. */
export interface StatusLabels {
  /** A table column of one status per row: "HTTP". */
  column: string;
  /** A code's status: "HTTP status". */
  status: string;
  /** Several statuses: "HTTP statuses". */
  statuses: string;
  /** The index's table from statuses to codes. */
  mapping: string;
  /** A status page's title, from its number and name. */
  pageTitle: (status: string) => string;
  /** The generated status reference. */
  reference: string;
  referenceDescription: string;
  /** The index's description, from its code count and product. */
  indexDescription: (values: {count: number; product: string}) => string;
}

// One translate() call per label and transport, with literal ids, so `write-translations` finds them all.
const labels: Record<TransportId, () => StatusLabels> = {
  http: () => ({
    column: translate({id: 'errorCatalog.transport.http.column', message: 'HTTP'}),
    status: translate({id: 'errorCatalog.transport.http.status', message: 'HTTP status'}),
    statuses: translate({id: 'errorCatalog.transport.http.statuses', message: 'HTTP statuses'}),
    mapping: translate({id: 'errorCatalog.transport.http.mapping', message: 'HTTP status mapping'}),
    pageTitle: (status) => translate({id: 'errorCatalog.transport.http.pageTitle', message: 'HTTP {status} errors'}, {status}),
    reference: translate({id: 'errorCatalog.transport.http.reference', message: 'HTTP status reference'}),
    referenceDescription: translate({
      id: 'errorCatalog.transport.http.referenceDescription',
      message: 'Every HTTP status the API returns: what it means, what to check, and its codes.',
    }),
    indexDescription: (values) =>
      translate(
        {id: 'errorCatalog.transport.http.indexDescription', message: 'All {count} error codes of {product}, by category and HTTP status.'},
        values,
      ),
  }),
  grpc: () => ({
    column: translate({id: 'errorCatalog.transport.grpc.column', message: 'gRPC'}),
    status: translate({id: 'errorCatalog.transport.grpc.status', message: 'gRPC status'}),
    statuses: translate({id: 'errorCatalog.transport.grpc.statuses', message: 'gRPC statuses'}),
    mapping: translate({id: 'errorCatalog.transport.grpc.mapping', message: 'gRPC status mapping'}),
    pageTitle: (status) => translate({id: 'errorCatalog.transport.grpc.pageTitle', message: 'gRPC {status} errors'}, {status}),
    reference: translate({id: 'errorCatalog.transport.grpc.reference', message: 'gRPC status reference'}),
    referenceDescription: translate({
      id: 'errorCatalog.transport.grpc.referenceDescription',
      message: 'Every gRPC status the API returns: what it means, what to check, and its codes.',
    }),
    indexDescription: (values) =>
      translate(
        {id: 'errorCatalog.transport.grpc.indexDescription', message: 'All {count} error codes of {product}, by category and gRPC status.'},
        values,
      ),
  }),
  exit_code: () => ({
    column: translate({id: 'errorCatalog.transport.exit_code.column', message: 'Exit code'}),
    status: translate({id: 'errorCatalog.transport.exit_code.status', message: 'Exit code'}),
    statuses: translate({id: 'errorCatalog.transport.exit_code.statuses', message: 'Exit codes'}),
    mapping: translate({id: 'errorCatalog.transport.exit_code.mapping', message: 'Exit code mapping'}),
    pageTitle: (status) =>
      translate({id: 'errorCatalog.transport.exit_code.pageTitle', message: 'Errors with exit code {status}'}, {status}),
    reference: translate({id: 'errorCatalog.transport.exit_code.reference', message: 'Exit code reference'}),
    referenceDescription: translate({
      id: 'errorCatalog.transport.exit_code.referenceDescription',
      message: 'Every exit code the program ends with: what it means, what to check, and its codes.',
    }),
    indexDescription: (values) =>
      translate(
        {
          id: 'errorCatalog.transport.exit_code.indexDescription',
          message: 'All {count} error codes of {product}, by category and exit code.',
        },
        values,
      ),
  }),
};

/** The labels of this catalog's transport; a catalog without one shows no status, so any labels do. */
export function useStatusLabels(): StatusLabels {
  const {transport = 'http'} = usePluginData('docusaurus-plugin-error-catalog') as ErrorCatalogGlobalData;
  return labels[transport]();
}
