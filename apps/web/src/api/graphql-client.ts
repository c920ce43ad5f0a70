import { graphql } from '../gql';
import type { TypedDocumentString } from '../gql/graphql';

/** A GraphQL error as the api answers it (apps/api/src/graphql/format-errors.ts): a code and field messages. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: string | undefined,
    readonly fields: { field: string; message: string }[] = [],
  ) {
    super(message);
  }
}

interface GraphqlResponse<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string; fields?: { field: string; message: string }[] } }[];
}

export const SessionFieldsDocument = graphql(`
  fragment SessionFields on AuthPayload {
    accessToken
    refreshToken
    user {
      id
      displayName
      email
      role
      organisation {
        id
        kind
        legalName
      }
    }
  }
`);

const RefreshSessionDocument = graphql(`
  mutation RefreshSession($refreshToken: String!) {
    refreshSession(input: { refreshToken: $refreshToken }) {
      ...SessionFields
    }
  }
`);

const LogoutDocument = graphql(`
  mutation Logout($refreshToken: String!) {
    logout(input: { refreshToken: $refreshToken })
  }
`);

export interface SessionPayload {
  accessToken: string;
  refreshToken: string;
  user: SessionUser;
}

export interface SessionUser {
  id: string;
  displayName: string;
  email: string;
  role: string;
  organisation: { id: string; kind: 'ASSOCIATION' | 'CLIENT' | 'PROVIDER'; legalName: string };
}

/**
 * The refresh token lives in this tab's sessionStorage so a reload keeps the session; the api rotates it on
 * every use and revokes the whole family when one is used twice, so tabs must not share it (localStorage would
 * let two tabs race). The access token is short-lived and stays in memory.
 */
const REFRESH_TOKEN_KEY = 'assay.refreshToken';

/**
 * A small fetch-based client for the api's /graphql. It sends the access token, and when the api answers
 * UNAUTHENTICATED to a request that carried one (it expired), it rotates the refresh token once — one rotation
 * shared by every request that needs it — and retries; when that fails the session ends.
 */
export class GraphqlClient {
  private accessToken: string | null = null;
  private refreshing: Promise<SessionPayload | null> | null = null;
  private listener: (user: SessionUser | null) => void = () => undefined;

  constructor(private readonly endpoint = '/graphql') {}

  /** Told the user whenever the session starts, is refreshed or ends. */
  onSessionChange(listener: (user: SessionUser | null) => void): void {
    this.listener = listener;
  }

  get hasStoredSession(): boolean {
    return sessionStorage.getItem(REFRESH_TOKEN_KEY) !== null;
  }

  /** The Authorization header for the api's REST routes (evidence, certificates, scorecard files); null when signed out. */
  get authorization(): string | null {
    return this.accessToken ? `Bearer ${this.accessToken}` : null;
  }

  startSession(payload: SessionPayload): SessionUser {
    this.accessToken = payload.accessToken;
    sessionStorage.setItem(REFRESH_TOKEN_KEY, payload.refreshToken);
    this.listener(payload.user);
    return payload.user;
  }

  async request<R, V>(document: TypedDocumentString<R, V>, ...[variables]: V extends Record<string, never> ? [] | [V] : [V]): Promise<R> {
    const sentToken = this.accessToken;
    let body = await this.post(document, variables, sentToken);
    if (sentToken && firstCode(body) === 'UNAUTHENTICATED') {
      const renewed = await this.refresh();
      if (!renewed) throw new ApiError('Your session has ended; sign in again.', 'UNAUTHENTICATED');
      body = await this.post(document, variables, this.accessToken);
    }
    return unwrap(body);
  }

  /**
   * A plain HTTP request to the api's REST routes (evidence and certificate downloads, the queue dashboard's
   * session) with the session's bearer token, renewed once like a GraphQL request when the api answers 401. Only
   * the URL's path is used: the api's public base URL may name another host than the one serving this app, and
   * the token must go to this origin only.
   */
  async fetchWithSession(url: string, init: RequestInit = {}): Promise<Response> {
    const { pathname, search } = new URL(url, window.location.origin);
    const send = () =>
      fetch(pathname + search, { ...init, headers: { ...(init.headers as Record<string, string> | undefined), ...(this.accessToken ? { authorization: `Bearer ${this.accessToken}` } : {}) } });
    const sentToken = this.accessToken;
    const response = await send();
    if (response.status !== 401 || !sentToken) return response;
    return (await this.refresh()) ? send() : response;
  }

  /** Rotates the stored refresh token; null (and signed out) when the api refuses it. */
  refresh(): Promise<SessionPayload | null> {
    this.refreshing ??= this.rotate().finally(() => {
      this.refreshing = null;
    });
    return this.refreshing;
  }

  async signOut(): Promise<void> {
    const refreshToken = sessionStorage.getItem(REFRESH_TOKEN_KEY);
    this.endSession();
    // Revoking on the server is a courtesy: the local session is gone whatever it answers.
    if (refreshToken) await this.post(LogoutDocument, { refreshToken }, null).catch(() => undefined);
  }

  private async rotate(): Promise<SessionPayload | null> {
    const refreshToken = sessionStorage.getItem(REFRESH_TOKEN_KEY);
    if (!refreshToken) return null;
    const body = await this.post(RefreshSessionDocument, { refreshToken }, null).catch(() => null);
    const payload = body?.data?.refreshSession;
    if (!payload) {
      this.endSession();
      return null;
    }
    this.startSession(payload);
    return payload;
  }

  private endSession(): void {
    this.accessToken = null;
    sessionStorage.removeItem(REFRESH_TOKEN_KEY);
    this.listener(null);
  }

  private async post<R, V>(document: TypedDocumentString<R, V>, variables: V | undefined, token: string | null): Promise<GraphqlResponse<R>> {
    const response = await fetch(this.endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query: document.toString(), variables: variables ?? {} }),
    });
    try {
      return (await response.json()) as GraphqlResponse<R>;
    } catch {
      throw new ApiError(`The server answered ${response.status} without a GraphQL response`, 'SERVER_ERROR');
    }
  }
}

function firstCode(body: GraphqlResponse<unknown>): string | undefined {
  return body.errors?.[0]?.extensions?.code;
}

function unwrap<R>(body: GraphqlResponse<R>): R {
  const error = body.errors?.[0];
  if (error) throw new ApiError(error.message, error.extensions?.code, error.extensions?.fields);
  if (!body.data) throw new ApiError('The server answered without data', 'SERVER_ERROR');
  return body.data;
}

export const client = new GraphqlClient();
