// The services web talks to, over Twirp only: typed method tables for entity and identity, and
// a client type derived from them so tests can stand in for a service with plain functions.
import { everyclass } from '../../proto/generated/everyclass.js';
import type { CallContext } from '../kit/app.ts';
import type { RpcMethod, TwirpClient } from '../kit/twirp.ts';

const e = everyclass.entity.v1;
const i = everyclass.identity.v1;

const retryable = <I extends object, O extends object, OM extends O>(
  input: RpcMethod<I, O, OM>['input'],
  output: RpcMethod<I, O, OM>['output'],
): RpcMethod<I, O, OM> => ({ input, output, idempotent: true });
const once = <I extends object, O extends object, OM extends O>(
  input: RpcMethod<I, O, OM>['input'],
  output: RpcMethod<I, O, OM>['output'],
): RpcMethod<I, O, OM> => ({ input, output, idempotent: false });

export const entityMethods = {
  Search: retryable(e.SearchRequest, e.SearchResponse),
  GetStudent: retryable(e.GetRequest, e.Student),
  GetTeacher: retryable(e.GetRequest, e.Teacher),
  GetRoom: retryable(e.GetRequest, e.Room),
  GetCard: retryable(e.GetRequest, e.Card),
  GetTimetable: retryable(e.GetTimetableRequest, e.Timetable),
  ListClassmates: retryable(e.ListClassmatesRequest, e.ListClassmatesResponse),
  FreeRooms: retryable(e.FreeRoomsRequest, e.FreeRoomsResponse),
  ListSemesters: retryable(e.ListSemestersRequest, e.ListSemestersResponse),
};

/** Not part of EntityApi (pages never wait for it): read by DataVersionCache only. */
export const dataVersionMethod = retryable(e.GetDataVersionRequest, e.DataVersion);

export const identityMethods = {
  StartRegistration: once(i.StartRegistrationRequest, i.StartRegistrationResponse),
  ExchangeRegistration: once(i.ExchangeRegistrationRequest, i.ExchangeRegistrationResponse),
  CheckRegistration: retryable(i.CheckRegistrationRequest, i.CheckRegistrationResponse),
  CompleteRegistration: once(i.CompleteRegistrationRequest, i.Session),
  Login: once(i.LoginRequest, i.Session),
  GetSession: retryable(i.GetSessionRequest, i.Session),
  Logout: once(i.LogoutRequest, i.LogoutResponse),
  GetPrivacy: retryable(i.GetPrivacyRequest, i.GetPrivacyResponse),
  SetPrivacy: once(i.SetPrivacyRequest, i.Account),
  CreateCalendarToken: retryable(i.CreateCalendarTokenRequest, i.CalendarToken),
  ListCalendarTokens: retryable(i.ListCalendarTokensRequest, i.ListCalendarTokensResponse),
  RevokeCalendarToken: once(i.RevokeCalendarTokenRequest, i.RevokeCalendarTokenResponse),
  ResetCalendarTokens: once(i.ResetCalendarTokensRequest, i.ListCalendarTokensResponse),
  ViewTimetable: once(i.ViewTimetableRequest, i.ViewTimetableResponse),
  ListVisitors: retryable(i.ListVisitorsRequest, i.ListVisitorsResponse),
};

type Methods = Record<string, RpcMethod<object, object, object>>;

/** One async function per method: request in, decoded message out. */
export type Api<T extends Methods> = {
  [K in keyof T]: T[K] extends RpcMethod<infer I, infer _O, infer OM>
    ? (req: I, call?: CallContext) => Promise<OM>
    : never;
};

export type EntityApi = Api<typeof entityMethods>;
export type IdentityApi = Api<typeof identityMethods>;

export function api<T extends Methods>(client: TwirpClient, methods: T): Api<T> {
  const out: Record<string, (req: object, call?: CallContext) => Promise<object>> = {};
  for (const [name, spec] of Object.entries(methods)) {
    out[name] = (req, call) => client.call(name, spec, req, { ctx: call });
  }
  return out as Api<T>;
}

export interface Backend {
  entity: EntityApi;
  identity: IdentityApi;
}
