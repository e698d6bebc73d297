/**
 * How a catalog's errors reach clients, which decides what a code's status is. The transports are data that every
 * page and check reads: the range of their statuses and the URL of their status reference.
 */
export const transports = {
  http: {
    label: 'HTTP',
    statusLabel: 'HTTP status',
    statusNoun: 'an HTTP status',
    min: 100,
    max: 599,
    errorsFrom: {status: 400, rule: "an error code's status is 4xx or 5xx"},
    referenceSlug: 'http-statuses',
  },
  grpc: {
    label: 'gRPC',
    statusLabel: 'gRPC status',
    statusNoun: 'a gRPC status code',
    min: 0,
    max: 16,
    errorsFrom: {status: 1, rule: "an error code's gRPC status is 1 to 16, as 0 is OK"},
    referenceSlug: 'grpc-statuses',
  },
  // A process may end with 0 and still report something, such as a compiler's warnings.
  exit_code: {
    label: 'Exit code',
    statusLabel: 'Exit code',
    statusNoun: 'a process exit code',
    min: 0,
    max: 255,
    errorsFrom: undefined,
    referenceSlug: 'exit-codes',
  },
} as const;

export type TransportId = keyof typeof transports;
export const transportIds = Object.keys(transports) as TransportId[];

export type Transport = (typeof transports)[TransportId] & {id: TransportId};

export function transport(id: TransportId): Transport {
  return {...transports[id], id};
}

/** Why a status does not belong to the transport, or undefined when it does. */
export function statusProblem(t: Transport, status: number): string | undefined {
  return status >= t.min && status <= t.max ? undefined : `must be ${t.statusNoun} from ${t.min} to ${t.max}`;
}

/** A status as pages name it in English: `HTTP 503 Service Unavailable`, `gRPC 14 UNAVAILABLE`, `Exit code 2`. */
export function statusName(t: Transport, status: number, title?: string): string {
  return [t.label, status, title].filter((part) => part !== undefined && part !== '').join(' ');
}
