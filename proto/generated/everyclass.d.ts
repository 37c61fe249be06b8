import * as $protobuf from "protobufjs";
import Long = require("long");

export namespace everyclass {

    namespace calendar {

        namespace v1 {

            class Calendar extends $protobuf.rpc.Service {
                constructor(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean);
                static create(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean): Calendar;
                createToken: everyclass.calendar.v1.Calendar.CreateToken;
                revokeToken: everyclass.calendar.v1.Calendar.RevokeToken;
            }

            namespace Calendar {
                type CreateTokenCallback = (error: (Error|null), response?: everyclass.calendar.v1.CalendarToken) => void;
                type CreateToken = {
                  (request: everyclass.calendar.v1.ICreateTokenRequest, callback: everyclass.calendar.v1.Calendar.CreateTokenCallback): void;
                  (request: everyclass.calendar.v1.ICreateTokenRequest): Promise<everyclass.calendar.v1.CalendarToken>;
                  readonly name: "CreateToken";
                  readonly path: "/everyclass.calendar.v1.Calendar/CreateToken";
                  readonly requestType: "CreateTokenRequest";
                  readonly responseType: "CalendarToken";
                  readonly requestStream: undefined;
                  readonly responseStream: undefined;
                };
                type RevokeTokenCallback = (error: (Error|null), response?: everyclass.calendar.v1.RevokeTokenResponse) => void;
                type RevokeToken = {
                  (request: everyclass.calendar.v1.IRevokeTokenRequest, callback: everyclass.calendar.v1.Calendar.RevokeTokenCallback): void;
                  (request: everyclass.calendar.v1.IRevokeTokenRequest): Promise<everyclass.calendar.v1.RevokeTokenResponse>;
                  readonly name: "RevokeToken";
                  readonly path: "/everyclass.calendar.v1.Calendar/RevokeToken";
                  readonly requestType: "RevokeTokenRequest";
                  readonly responseType: "RevokeTokenResponse";
                  readonly requestStream: undefined;
                  readonly responseStream: undefined;
                };
            }

            interface ICreateTokenRequest extends everyclass.calendar.v1.CreateTokenRequest.$Properties {
            }

            class CreateTokenRequest {
                constructor(p?: everyclass.calendar.v1.CreateTokenRequest.$Properties);
                $unknowns?: Uint8Array[];
                studentId: string;
                semester: string;
                static create(properties: everyclass.calendar.v1.CreateTokenRequest.$Shape): everyclass.calendar.v1.CreateTokenRequest & everyclass.calendar.v1.CreateTokenRequest.$Shape;
                static create(properties?: everyclass.calendar.v1.CreateTokenRequest.$Properties): everyclass.calendar.v1.CreateTokenRequest;
                static encode(m: everyclass.calendar.v1.CreateTokenRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static encodeDelimited(message: everyclass.calendar.v1.CreateTokenRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): everyclass.calendar.v1.CreateTokenRequest & everyclass.calendar.v1.CreateTokenRequest.$Shape;
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): everyclass.calendar.v1.CreateTokenRequest & everyclass.calendar.v1.CreateTokenRequest.$Shape;
                static verify(m: { [k: string]: any }): (string|null);
                static fromObject(d: { [k: string]: any }): everyclass.calendar.v1.CreateTokenRequest;
                static toObject(m: everyclass.calendar.v1.CreateTokenRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace CreateTokenRequest {
                interface $Properties {
                    studentId?: (string|null);
                    semester?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = everyclass.calendar.v1.CreateTokenRequest.$Properties;
            }

            interface ICalendarToken extends everyclass.calendar.v1.CalendarToken.$Properties {
            }

            class CalendarToken {
                constructor(p?: everyclass.calendar.v1.CalendarToken.$Properties);
                $unknowns?: Uint8Array[];
                token: string;
                studentId: string;
                semester: string;
                path: string;
                static create(properties: everyclass.calendar.v1.CalendarToken.$Shape): everyclass.calendar.v1.CalendarToken & everyclass.calendar.v1.CalendarToken.$Shape;
                static create(properties?: everyclass.calendar.v1.CalendarToken.$Properties): everyclass.calendar.v1.CalendarToken;
                static encode(m: everyclass.calendar.v1.CalendarToken.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static encodeDelimited(message: everyclass.calendar.v1.CalendarToken.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): everyclass.calendar.v1.CalendarToken & everyclass.calendar.v1.CalendarToken.$Shape;
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): everyclass.calendar.v1.CalendarToken & everyclass.calendar.v1.CalendarToken.$Shape;
                static verify(m: { [k: string]: any }): (string|null);
                static fromObject(d: { [k: string]: any }): everyclass.calendar.v1.CalendarToken;
                static toObject(m: everyclass.calendar.v1.CalendarToken, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace CalendarToken {
                interface $Properties {
                    token?: (string|null);
                    studentId?: (string|null);
                    semester?: (string|null);
                    path?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = everyclass.calendar.v1.CalendarToken.$Properties;
            }

            interface IRevokeTokenRequest extends everyclass.calendar.v1.RevokeTokenRequest.$Properties {
            }

            class RevokeTokenRequest {
                constructor(p?: everyclass.calendar.v1.RevokeTokenRequest.$Properties);
                $unknowns?: Uint8Array[];
                token: string;
                static create(properties: everyclass.calendar.v1.RevokeTokenRequest.$Shape): everyclass.calendar.v1.RevokeTokenRequest & everyclass.calendar.v1.RevokeTokenRequest.$Shape;
                static create(properties?: everyclass.calendar.v1.RevokeTokenRequest.$Properties): everyclass.calendar.v1.RevokeTokenRequest;
                static encode(m: everyclass.calendar.v1.RevokeTokenRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static encodeDelimited(message: everyclass.calendar.v1.RevokeTokenRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): everyclass.calendar.v1.RevokeTokenRequest & everyclass.calendar.v1.RevokeTokenRequest.$Shape;
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): everyclass.calendar.v1.RevokeTokenRequest & everyclass.calendar.v1.RevokeTokenRequest.$Shape;
                static verify(m: { [k: string]: any }): (string|null);
                static fromObject(d: { [k: string]: any }): everyclass.calendar.v1.RevokeTokenRequest;
                static toObject(m: everyclass.calendar.v1.RevokeTokenRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace RevokeTokenRequest {
                interface $Properties {
                    token?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = everyclass.calendar.v1.RevokeTokenRequest.$Properties;
            }

            interface IRevokeTokenResponse extends everyclass.calendar.v1.RevokeTokenResponse.$Properties {
            }

            class RevokeTokenResponse {
                constructor(p?: everyclass.calendar.v1.RevokeTokenResponse.$Properties);
                $unknowns?: Uint8Array[];
                static create(properties: everyclass.calendar.v1.RevokeTokenResponse.$Shape): everyclass.calendar.v1.RevokeTokenResponse & everyclass.calendar.v1.RevokeTokenResponse.$Shape;
                static create(properties?: everyclass.calendar.v1.RevokeTokenResponse.$Properties): everyclass.calendar.v1.RevokeTokenResponse;
                static encode(m: everyclass.calendar.v1.RevokeTokenResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static encodeDelimited(message: everyclass.calendar.v1.RevokeTokenResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): everyclass.calendar.v1.RevokeTokenResponse & everyclass.calendar.v1.RevokeTokenResponse.$Shape;
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): everyclass.calendar.v1.RevokeTokenResponse & everyclass.calendar.v1.RevokeTokenResponse.$Shape;
                static verify(m: { [k: string]: any }): (string|null);
                static fromObject(d: { [k: string]: any }): everyclass.calendar.v1.RevokeTokenResponse;
                static toObject(m: everyclass.calendar.v1.RevokeTokenResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace RevokeTokenResponse {
                interface $Properties {
                    $unknowns?: Uint8Array[];
                }
                type $Shape = everyclass.calendar.v1.RevokeTokenResponse.$Properties;
            }
        }
    }

    namespace entity {

        namespace v1 {

            class Entity extends $protobuf.rpc.Service {
                constructor(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean);
                static create(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean): Entity;
                search: everyclass.entity.v1.Entity.Search;
                getStudent: everyclass.entity.v1.Entity.GetStudent;
                getTeacher: everyclass.entity.v1.Entity.GetTeacher;
                getRoom: everyclass.entity.v1.Entity.GetRoom;
                getCard: everyclass.entity.v1.Entity.GetCard;
                getTimetable: everyclass.entity.v1.Entity.GetTimetable;
                listClassmates: everyclass.entity.v1.Entity.ListClassmates;
                freeRooms: everyclass.entity.v1.Entity.FreeRooms;
                listSemesters: everyclass.entity.v1.Entity.ListSemesters;
                getDataVersion: everyclass.entity.v1.Entity.GetDataVersion;
                importSemester: everyclass.entity.v1.Entity.ImportSemester;
            }

            namespace Entity {
                type SearchCallback = (error: (Error|null), response?: everyclass.entity.v1.SearchResponse) => void;
                type Search = {
                  (request: everyclass.entity.v1.ISearchRequest, callback: everyclass.entity.v1.Entity.SearchCallback): void;
                  (request: everyclass.entity.v1.ISearchRequest): Promise<everyclass.entity.v1.SearchResponse>;
                  readonly name: "Search";
                  readonly path: "/everyclass.entity.v1.Entity/Search";
                  readonly requestType: "SearchRequest";
                  readonly responseType: "SearchResponse";
                  readonly requestStream: undefined;
                  readonly responseStream: undefined;
                };
                type GetStudentCallback = (error: (Error|null), response?: everyclass.entity.v1.Student) => void;
                type GetStudent = {
                  (request: everyclass.entity.v1.IGetRequest, callback: everyclass.entity.v1.Entity.GetStudentCallback): void;
                  (request: everyclass.entity.v1.IGetRequest): Promise<everyclass.entity.v1.Student>;
                  readonly name: "GetStudent";
                  readonly path: "/everyclass.entity.v1.Entity/GetStudent";
                  readonly requestType: "GetRequest";
                  readonly responseType: "Student";
                  readonly requestStream: undefined;
                  readonly responseStream: undefined;
                };
                type GetTeacherCallback = (error: (Error|null), response?: everyclass.entity.v1.Teacher) => void;
                type GetTeacher = {
                  (request: everyclass.entity.v1.IGetRequest, callback: everyclass.entity.v1.Entity.GetTeacherCallback): void;
                  (request: everyclass.entity.v1.IGetRequest): Promise<everyclass.entity.v1.Teacher>;
                  readonly name: "GetTeacher";
                  readonly path: "/everyclass.entity.v1.Entity/GetTeacher";
                  readonly requestType: "GetRequest";
                  readonly responseType: "Teacher";
                  readonly requestStream: undefined;
                  readonly responseStream: undefined;
                };
                type GetRoomCallback = (error: (Error|null), response?: everyclass.entity.v1.Room) => void;
                type GetRoom = {
                  (request: everyclass.entity.v1.IGetRequest, callback: everyclass.entity.v1.Entity.GetRoomCallback): void;
                  (request: everyclass.entity.v1.IGetRequest): Promise<everyclass.entity.v1.Room>;
                  readonly name: "GetRoom";
                  readonly path: "/everyclass.entity.v1.Entity/GetRoom";
                  readonly requestType: "GetRequest";
                  readonly responseType: "Room";
                  readonly requestStream: undefined;
                  readonly responseStream: undefined;
                };
                type GetCardCallback = (error: (Error|null), response?: everyclass.entity.v1.Card) => void;
                type GetCard = {
                  (request: everyclass.entity.v1.IGetRequest, callback: everyclass.entity.v1.Entity.GetCardCallback): void;
                  (request: everyclass.entity.v1.IGetRequest): Promise<everyclass.entity.v1.Card>;
                  readonly name: "GetCard";
                  readonly path: "/everyclass.entity.v1.Entity/GetCard";
                  readonly requestType: "GetRequest";
                  readonly responseType: "Card";
                  readonly requestStream: undefined;
                  readonly responseStream: undefined;
                };
                type GetTimetableCallback = (error: (Error|null), response?: everyclass.entity.v1.Timetable) => void;
                type GetTimetable = {
                  (request: everyclass.entity.v1.IGetTimetableRequest, callback: everyclass.entity.v1.Entity.GetTimetableCallback): void;
                  (request: everyclass.entity.v1.IGetTimetableRequest): Promise<everyclass.entity.v1.Timetable>;
                  readonly name: "GetTimetable";
                  readonly path: "/everyclass.entity.v1.Entity/GetTimetable";
                  readonly requestType: "GetTimetableRequest";
                  readonly responseType: "Timetable";
                  readonly requestStream: undefined;
                  readonly responseStream: undefined;
                };
                type ListClassmatesCallback = (error: (Error|null), response?: everyclass.entity.v1.ListClassmatesResponse) => void;
                type ListClassmates = {
                  (request: everyclass.entity.v1.IListClassmatesRequest, callback: everyclass.entity.v1.Entity.ListClassmatesCallback): void;
                  (request: everyclass.entity.v1.IListClassmatesRequest): Promise<everyclass.entity.v1.ListClassmatesResponse>;
                  readonly name: "ListClassmates";
                  readonly path: "/everyclass.entity.v1.Entity/ListClassmates";
                  readonly requestType: "ListClassmatesRequest";
                  readonly responseType: "ListClassmatesResponse";
                  readonly requestStream: undefined;
                  readonly responseStream: undefined;
                };
                type FreeRoomsCallback = (error: (Error|null), response?: everyclass.entity.v1.FreeRoomsResponse) => void;
                type FreeRooms = {
                  (request: everyclass.entity.v1.IFreeRoomsRequest, callback: everyclass.entity.v1.Entity.FreeRoomsCallback): void;
                  (request: everyclass.entity.v1.IFreeRoomsRequest): Promise<everyclass.entity.v1.FreeRoomsResponse>;
                  readonly name: "FreeRooms";
                  readonly path: "/everyclass.entity.v1.Entity/FreeRooms";
                  readonly requestType: "FreeRoomsRequest";
                  readonly responseType: "FreeRoomsResponse";
                  readonly requestStream: undefined;
                  readonly responseStream: undefined;
                };
                type ListSemestersCallback = (error: (Error|null), response?: everyclass.entity.v1.ListSemestersResponse) => void;
                type ListSemesters = {
                  (request: everyclass.entity.v1.IListSemestersRequest, callback: everyclass.entity.v1.Entity.ListSemestersCallback): void;
                  (request: everyclass.entity.v1.IListSemestersRequest): Promise<everyclass.entity.v1.ListSemestersResponse>;
                  readonly name: "ListSemesters";
                  readonly path: "/everyclass.entity.v1.Entity/ListSemesters";
                  readonly requestType: "ListSemestersRequest";
                  readonly responseType: "ListSemestersResponse";
                  readonly requestStream: undefined;
                  readonly responseStream: undefined;
                };
                type GetDataVersionCallback = (error: (Error|null), response?: everyclass.entity.v1.DataVersion) => void;
                type GetDataVersion = {
                  (request: everyclass.entity.v1.IGetDataVersionRequest, callback: everyclass.entity.v1.Entity.GetDataVersionCallback): void;
                  (request: everyclass.entity.v1.IGetDataVersionRequest): Promise<everyclass.entity.v1.DataVersion>;
                  readonly name: "GetDataVersion";
                  readonly path: "/everyclass.entity.v1.Entity/GetDataVersion";
                  readonly requestType: "GetDataVersionRequest";
                  readonly responseType: "DataVersion";
                  readonly requestStream: undefined;
                  readonly responseStream: undefined;
                };
                type ImportSemesterCallback = (error: (Error|null), response?: everyclass.entity.v1.ImportSemesterResponse) => void;
                type ImportSemester = {
                  (request: everyclass.entity.v1.IImportSemesterRequest, callback: everyclass.entity.v1.Entity.ImportSemesterCallback): void;
                  (request: everyclass.entity.v1.IImportSemesterRequest): Promise<everyclass.entity.v1.ImportSemesterResponse>;
                  readonly name: "ImportSemester";
                  readonly path: "/everyclass.entity.v1.Entity/ImportSemester";
                  readonly requestType: "ImportSemesterRequest";
                  readonly responseType: "ImportSemesterResponse";
                  readonly requestStream: undefined;
                  readonly responseStream: undefined;
                };
            }

            enum Kind {
                KIND_UNSPECIFIED = 0,
                STUDENT = 1,
                TEACHER = 2,
                ROOM = 3,
                CARD = 4
            }

            interface IHoliday extends everyclass.entity.v1.Holiday.$Properties {
            }

            class Holiday {
                constructor(p?: everyclass.entity.v1.Holiday.$Properties);
                $unknowns?: Uint8Array[];
                date: string;
                name: string;
                makeupDate: string;
                static create(properties: everyclass.entity.v1.Holiday.$Shape): everyclass.entity.v1.Holiday & everyclass.entity.v1.Holiday.$Shape;
                static create(properties?: everyclass.entity.v1.Holiday.$Properties): everyclass.entity.v1.Holiday;
                static encode(m: everyclass.entity.v1.Holiday.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static encodeDelimited(message: everyclass.entity.v1.Holiday.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): everyclass.entity.v1.Holiday & everyclass.entity.v1.Holiday.$Shape;
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): everyclass.entity.v1.Holiday & everyclass.entity.v1.Holiday.$Shape;
                static verify(m: { [k: string]: any }): (string|null);
                static fromObject(d: { [k: string]: any }): everyclass.entity.v1.Holiday;
                static toObject(m: everyclass.entity.v1.Holiday, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace Holiday {
                interface $Properties {
                    date?: (string|null);
                    name?: (string|null);
                    makeupDate?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = everyclass.entity.v1.Holiday.$Properties;
            }

            interface ISemester extends everyclass.entity.v1.Semester.$Properties {
            }

            class Semester {
                constructor(p?: everyclass.entity.v1.Semester.$Properties);
                $unknowns?: Uint8Array[];
                name: string;
                start: string;
                holidays: everyclass.entity.v1.Holiday.$Properties[];
                weeks: number;
                static create(properties: everyclass.entity.v1.Semester.$Shape): everyclass.entity.v1.Semester & everyclass.entity.v1.Semester.$Shape;
                static create(properties?: everyclass.entity.v1.Semester.$Properties): everyclass.entity.v1.Semester;
                static encode(m: everyclass.entity.v1.Semester.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static encodeDelimited(message: everyclass.entity.v1.Semester.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): everyclass.entity.v1.Semester & everyclass.entity.v1.Semester.$Shape;
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): everyclass.entity.v1.Semester & everyclass.entity.v1.Semester.$Shape;
                static verify(m: { [k: string]: any }): (string|null);
                static fromObject(d: { [k: string]: any }): everyclass.entity.v1.Semester;
                static toObject(m: everyclass.entity.v1.Semester, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace Semester {
                interface $Properties {
                    name?: (string|null);
                    start?: (string|null);
                    holidays?: (everyclass.entity.v1.Holiday.$Properties[]|null);
                    weeks?: (number|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = everyclass.entity.v1.Semester.$Properties;
            }

            interface IRef extends everyclass.entity.v1.Ref.$Properties {
            }

            class Ref {
                constructor(p?: everyclass.entity.v1.Ref.$Properties);
                $unknowns?: Uint8Array[];
                kind: everyclass.entity.v1.Kind;
                id: string;
                code: string;
                name: string;
                detail: string;
                static create(properties: everyclass.entity.v1.Ref.$Shape): everyclass.entity.v1.Ref & everyclass.entity.v1.Ref.$Shape;
                static create(properties?: everyclass.entity.v1.Ref.$Properties): everyclass.entity.v1.Ref;
                static encode(m: everyclass.entity.v1.Ref.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static encodeDelimited(message: everyclass.entity.v1.Ref.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): everyclass.entity.v1.Ref & everyclass.entity.v1.Ref.$Shape;
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): everyclass.entity.v1.Ref & everyclass.entity.v1.Ref.$Shape;
                static verify(m: { [k: string]: any }): (string|null);
                static fromObject(d: { [k: string]: any }): everyclass.entity.v1.Ref;
                static toObject(m: everyclass.entity.v1.Ref, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace Ref {
                interface $Properties {
                    kind?: (everyclass.entity.v1.Kind|null);
                    id?: (string|null);
                    code?: (string|null);
                    name?: (string|null);
                    detail?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = everyclass.entity.v1.Ref.$Properties;
            }

            interface IStudent extends everyclass.entity.v1.Student.$Properties {
            }

            class Student {
                constructor(p?: everyclass.entity.v1.Student.$Properties);
                $unknowns?: Uint8Array[];
                id: string;
                code: string;
                name: string;
                klass: string;
                major: string;
                department: string;
                year: number;
                semesters: string[];
                static create(properties: everyclass.entity.v1.Student.$Shape): everyclass.entity.v1.Student & everyclass.entity.v1.Student.$Shape;
                static create(properties?: everyclass.entity.v1.Student.$Properties): everyclass.entity.v1.Student;
                static encode(m: everyclass.entity.v1.Student.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static encodeDelimited(message: everyclass.entity.v1.Student.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): everyclass.entity.v1.Student & everyclass.entity.v1.Student.$Shape;
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): everyclass.entity.v1.Student & everyclass.entity.v1.Student.$Shape;
                static verify(m: { [k: string]: any }): (string|null);
                static fromObject(d: { [k: string]: any }): everyclass.entity.v1.Student;
                static toObject(m: everyclass.entity.v1.Student, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace Student {
                interface $Properties {
                    id?: (string|null);
                    code?: (string|null);
                    name?: (string|null);
                    klass?: (string|null);
                    major?: (string|null);
                    department?: (string|null);
                    year?: (number|null);
                    semesters?: (string[]|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = everyclass.entity.v1.Student.$Properties;
            }

            interface ITeacher extends everyclass.entity.v1.Teacher.$Properties {
            }

            class Teacher {
                constructor(p?: everyclass.entity.v1.Teacher.$Properties);
                $unknowns?: Uint8Array[];
                id: string;
                code: string;
                name: string;
                title: string;
                department: string;
                semesters: string[];
                static create(properties: everyclass.entity.v1.Teacher.$Shape): everyclass.entity.v1.Teacher & everyclass.entity.v1.Teacher.$Shape;
                static create(properties?: everyclass.entity.v1.Teacher.$Properties): everyclass.entity.v1.Teacher;
                static encode(m: everyclass.entity.v1.Teacher.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static encodeDelimited(message: everyclass.entity.v1.Teacher.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): everyclass.entity.v1.Teacher & everyclass.entity.v1.Teacher.$Shape;
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): everyclass.entity.v1.Teacher & everyclass.entity.v1.Teacher.$Shape;
                static verify(m: { [k: string]: any }): (string|null);
                static fromObject(d: { [k: string]: any }): everyclass.entity.v1.Teacher;
                static toObject(m: everyclass.entity.v1.Teacher, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace Teacher {
                interface $Properties {
                    id?: (string|null);
                    code?: (string|null);
                    name?: (string|null);
                    title?: (string|null);
                    department?: (string|null);
                    semesters?: (string[]|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = everyclass.entity.v1.Teacher.$Properties;
            }

            interface IRoom extends everyclass.entity.v1.Room.$Properties {
            }

            class Room {
                constructor(p?: everyclass.entity.v1.Room.$Properties);
                $unknowns?: Uint8Array[];
                id: string;
                code: string;
                name: string;
                building: string;
                campus: string;
                capacity: number;
                aliases: string[];
                static create(properties: everyclass.entity.v1.Room.$Shape): everyclass.entity.v1.Room & everyclass.entity.v1.Room.$Shape;
                static create(properties?: everyclass.entity.v1.Room.$Properties): everyclass.entity.v1.Room;
                static encode(m: everyclass.entity.v1.Room.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static encodeDelimited(message: everyclass.entity.v1.Room.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): everyclass.entity.v1.Room & everyclass.entity.v1.Room.$Shape;
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): everyclass.entity.v1.Room & everyclass.entity.v1.Room.$Shape;
                static verify(m: { [k: string]: any }): (string|null);
                static fromObject(d: { [k: string]: any }): everyclass.entity.v1.Room;
                static toObject(m: everyclass.entity.v1.Room, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace Room {
                interface $Properties {
                    id?: (string|null);
                    code?: (string|null);
                    name?: (string|null);
                    building?: (string|null);
                    campus?: (string|null);
                    capacity?: (number|null);
                    aliases?: (string[]|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = everyclass.entity.v1.Room.$Properties;
            }

            interface ICard extends everyclass.entity.v1.Card.$Properties {
            }

            class Card {
                constructor(p?: everyclass.entity.v1.Card.$Properties);
                $unknowns?: Uint8Array[];
                id: string;
                code: string;
                courseCode: string;
                courseName: string;
                semester: string;
                lesson: string;
                weekday: number;
                firstPeriod: number;
                lastPeriod: number;
                weeks: number[];
                weekText: string;
                room?: (everyclass.entity.v1.Ref.$Properties|null);
                teachers: everyclass.entity.v1.Ref.$Properties[];
                studentCount: number;
                static create(properties: everyclass.entity.v1.Card.$Shape): everyclass.entity.v1.Card & everyclass.entity.v1.Card.$Shape;
                static create(properties?: everyclass.entity.v1.Card.$Properties): everyclass.entity.v1.Card;
                static encode(m: everyclass.entity.v1.Card.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static encodeDelimited(message: everyclass.entity.v1.Card.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): everyclass.entity.v1.Card & everyclass.entity.v1.Card.$Shape;
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): everyclass.entity.v1.Card & everyclass.entity.v1.Card.$Shape;
                static verify(m: { [k: string]: any }): (string|null);
                static fromObject(d: { [k: string]: any }): everyclass.entity.v1.Card;
                static toObject(m: everyclass.entity.v1.Card, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace Card {
                interface $Properties {
                    id?: (string|null);
                    code?: (string|null);
                    courseCode?: (string|null);
                    courseName?: (string|null);
                    semester?: (string|null);
                    lesson?: (string|null);
                    weekday?: (number|null);
                    firstPeriod?: (number|null);
                    lastPeriod?: (number|null);
                    weeks?: (number[]|null);
                    weekText?: (string|null);
                    room?: (everyclass.entity.v1.Ref.$Properties|null);
                    teachers?: (everyclass.entity.v1.Ref.$Properties[]|null);
                    studentCount?: (number|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = everyclass.entity.v1.Card.$Properties;
            }

            interface IGetRequest extends everyclass.entity.v1.GetRequest.$Properties {
            }

            class GetRequest {
                constructor(p?: everyclass.entity.v1.GetRequest.$Properties);
                $unknowns?: Uint8Array[];
                id: string;
                static create(properties: everyclass.entity.v1.GetRequest.$Shape): everyclass.entity.v1.GetRequest & everyclass.entity.v1.GetRequest.$Shape;
                static create(properties?: everyclass.entity.v1.GetRequest.$Properties): everyclass.entity.v1.GetRequest;
                static encode(m: everyclass.entity.v1.GetRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static encodeDelimited(message: everyclass.entity.v1.GetRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): everyclass.entity.v1.GetRequest & everyclass.entity.v1.GetRequest.$Shape;
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): everyclass.entity.v1.GetRequest & everyclass.entity.v1.GetRequest.$Shape;
                static verify(m: { [k: string]: any }): (string|null);
                static fromObject(d: { [k: string]: any }): everyclass.entity.v1.GetRequest;
                static toObject(m: everyclass.entity.v1.GetRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace GetRequest {
                interface $Properties {
                    id?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = everyclass.entity.v1.GetRequest.$Properties;
            }

            interface ISearchRequest extends everyclass.entity.v1.SearchRequest.$Properties {
            }

            class SearchRequest {
                constructor(p?: everyclass.entity.v1.SearchRequest.$Properties);
                $unknowns?: Uint8Array[];
                query: string;
                page: number;
                pageSize: number;
                kinds: everyclass.entity.v1.Kind[];
                semester: string;
                static create(properties: everyclass.entity.v1.SearchRequest.$Shape): everyclass.entity.v1.SearchRequest & everyclass.entity.v1.SearchRequest.$Shape;
                static create(properties?: everyclass.entity.v1.SearchRequest.$Properties): everyclass.entity.v1.SearchRequest;
                static encode(m: everyclass.entity.v1.SearchRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static encodeDelimited(message: everyclass.entity.v1.SearchRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): everyclass.entity.v1.SearchRequest & everyclass.entity.v1.SearchRequest.$Shape;
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): everyclass.entity.v1.SearchRequest & everyclass.entity.v1.SearchRequest.$Shape;
                static verify(m: { [k: string]: any }): (string|null);
                static fromObject(d: { [k: string]: any }): everyclass.entity.v1.SearchRequest;
                static toObject(m: everyclass.entity.v1.SearchRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace SearchRequest {
                interface $Properties {
                    query?: (string|null);
                    page?: (number|null);
                    pageSize?: (number|null);
                    kinds?: (everyclass.entity.v1.Kind[]|null);
                    semester?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = everyclass.entity.v1.SearchRequest.$Properties;
            }

            interface ISearchGroup extends everyclass.entity.v1.SearchGroup.$Properties {
            }

            class SearchGroup {
                constructor(p?: everyclass.entity.v1.SearchGroup.$Properties);
                $unknowns?: Uint8Array[];
                kind: everyclass.entity.v1.Kind;
                total: number;
                items: everyclass.entity.v1.Ref.$Properties[];
                static create(properties: everyclass.entity.v1.SearchGroup.$Shape): everyclass.entity.v1.SearchGroup & everyclass.entity.v1.SearchGroup.$Shape;
                static create(properties?: everyclass.entity.v1.SearchGroup.$Properties): everyclass.entity.v1.SearchGroup;
                static encode(m: everyclass.entity.v1.SearchGroup.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static encodeDelimited(message: everyclass.entity.v1.SearchGroup.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): everyclass.entity.v1.SearchGroup & everyclass.entity.v1.SearchGroup.$Shape;
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): everyclass.entity.v1.SearchGroup & everyclass.entity.v1.SearchGroup.$Shape;
                static verify(m: { [k: string]: any }): (string|null);
                static fromObject(d: { [k: string]: any }): everyclass.entity.v1.SearchGroup;
                static toObject(m: everyclass.entity.v1.SearchGroup, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace SearchGroup {
                interface $Properties {
                    kind?: (everyclass.entity.v1.Kind|null);
                    total?: (number|null);
                    items?: (everyclass.entity.v1.Ref.$Properties[]|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = everyclass.entity.v1.SearchGroup.$Properties;
            }

            interface ISearchResponse extends everyclass.entity.v1.SearchResponse.$Properties {
            }

            class SearchResponse {
                constructor(p?: everyclass.entity.v1.SearchResponse.$Properties);
                $unknowns?: Uint8Array[];
                groups: everyclass.entity.v1.SearchGroup.$Properties[];
                exact?: (everyclass.entity.v1.Ref.$Properties|null);
                static create(properties: everyclass.entity.v1.SearchResponse.$Shape): everyclass.entity.v1.SearchResponse & everyclass.entity.v1.SearchResponse.$Shape;
                static create(properties?: everyclass.entity.v1.SearchResponse.$Properties): everyclass.entity.v1.SearchResponse;
                static encode(m: everyclass.entity.v1.SearchResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static encodeDelimited(message: everyclass.entity.v1.SearchResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): everyclass.entity.v1.SearchResponse & everyclass.entity.v1.SearchResponse.$Shape;
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): everyclass.entity.v1.SearchResponse & everyclass.entity.v1.SearchResponse.$Shape;
                static verify(m: { [k: string]: any }): (string|null);
                static fromObject(d: { [k: string]: any }): everyclass.entity.v1.SearchResponse;
                static toObject(m: everyclass.entity.v1.SearchResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace SearchResponse {
                interface $Properties {
                    groups?: (everyclass.entity.v1.SearchGroup.$Properties[]|null);
                    exact?: (everyclass.entity.v1.Ref.$Properties|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = everyclass.entity.v1.SearchResponse.$Properties;
            }

            interface IGetTimetableRequest extends everyclass.entity.v1.GetTimetableRequest.$Properties {
            }

            class GetTimetableRequest {
                constructor(p?: everyclass.entity.v1.GetTimetableRequest.$Properties);
                $unknowns?: Uint8Array[];
                id: string;
                semester: string;
                static create(properties: everyclass.entity.v1.GetTimetableRequest.$Shape): everyclass.entity.v1.GetTimetableRequest & everyclass.entity.v1.GetTimetableRequest.$Shape;
                static create(properties?: everyclass.entity.v1.GetTimetableRequest.$Properties): everyclass.entity.v1.GetTimetableRequest;
                static encode(m: everyclass.entity.v1.GetTimetableRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static encodeDelimited(message: everyclass.entity.v1.GetTimetableRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): everyclass.entity.v1.GetTimetableRequest & everyclass.entity.v1.GetTimetableRequest.$Shape;
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): everyclass.entity.v1.GetTimetableRequest & everyclass.entity.v1.GetTimetableRequest.$Shape;
                static verify(m: { [k: string]: any }): (string|null);
                static fromObject(d: { [k: string]: any }): everyclass.entity.v1.GetTimetableRequest;
                static toObject(m: everyclass.entity.v1.GetTimetableRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace GetTimetableRequest {
                interface $Properties {
                    id?: (string|null);
                    semester?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = everyclass.entity.v1.GetTimetableRequest.$Properties;
            }

            interface ITimetable extends everyclass.entity.v1.Timetable.$Properties {
            }

            class Timetable {
                constructor(p?: everyclass.entity.v1.Timetable.$Properties);
                $unknowns?: Uint8Array[];
                owner?: (everyclass.entity.v1.Ref.$Properties|null);
                semester?: (everyclass.entity.v1.Semester.$Properties|null);
                cards: everyclass.entity.v1.Card.$Properties[];
                dataVersion: string;
                static create(properties: everyclass.entity.v1.Timetable.$Shape): everyclass.entity.v1.Timetable & everyclass.entity.v1.Timetable.$Shape;
                static create(properties?: everyclass.entity.v1.Timetable.$Properties): everyclass.entity.v1.Timetable;
                static encode(m: everyclass.entity.v1.Timetable.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static encodeDelimited(message: everyclass.entity.v1.Timetable.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): everyclass.entity.v1.Timetable & everyclass.entity.v1.Timetable.$Shape;
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): everyclass.entity.v1.Timetable & everyclass.entity.v1.Timetable.$Shape;
                static verify(m: { [k: string]: any }): (string|null);
                static fromObject(d: { [k: string]: any }): everyclass.entity.v1.Timetable;
                static toObject(m: everyclass.entity.v1.Timetable, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace Timetable {
                interface $Properties {
                    owner?: (everyclass.entity.v1.Ref.$Properties|null);
                    semester?: (everyclass.entity.v1.Semester.$Properties|null);
                    cards?: (everyclass.entity.v1.Card.$Properties[]|null);
                    dataVersion?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = everyclass.entity.v1.Timetable.$Properties;
            }

            interface IListClassmatesRequest extends everyclass.entity.v1.ListClassmatesRequest.$Properties {
            }

            class ListClassmatesRequest {
                constructor(p?: everyclass.entity.v1.ListClassmatesRequest.$Properties);
                $unknowns?: Uint8Array[];
                cardId: string;
                page: number;
                pageSize: number;
                static create(properties: everyclass.entity.v1.ListClassmatesRequest.$Shape): everyclass.entity.v1.ListClassmatesRequest & everyclass.entity.v1.ListClassmatesRequest.$Shape;
                static create(properties?: everyclass.entity.v1.ListClassmatesRequest.$Properties): everyclass.entity.v1.ListClassmatesRequest;
                static encode(m: everyclass.entity.v1.ListClassmatesRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static encodeDelimited(message: everyclass.entity.v1.ListClassmatesRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): everyclass.entity.v1.ListClassmatesRequest & everyclass.entity.v1.ListClassmatesRequest.$Shape;
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): everyclass.entity.v1.ListClassmatesRequest & everyclass.entity.v1.ListClassmatesRequest.$Shape;
                static verify(m: { [k: string]: any }): (string|null);
                static fromObject(d: { [k: string]: any }): everyclass.entity.v1.ListClassmatesRequest;
                static toObject(m: everyclass.entity.v1.ListClassmatesRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace ListClassmatesRequest {
                interface $Properties {
                    cardId?: (string|null);
                    page?: (number|null);
                    pageSize?: (number|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = everyclass.entity.v1.ListClassmatesRequest.$Properties;
            }

            interface IListClassmatesResponse extends everyclass.entity.v1.ListClassmatesResponse.$Properties {
            }

            class ListClassmatesResponse {
                constructor(p?: everyclass.entity.v1.ListClassmatesResponse.$Properties);
                $unknowns?: Uint8Array[];
                total: number;
                students: everyclass.entity.v1.Ref.$Properties[];
                static create(properties: everyclass.entity.v1.ListClassmatesResponse.$Shape): everyclass.entity.v1.ListClassmatesResponse & everyclass.entity.v1.ListClassmatesResponse.$Shape;
                static create(properties?: everyclass.entity.v1.ListClassmatesResponse.$Properties): everyclass.entity.v1.ListClassmatesResponse;
                static encode(m: everyclass.entity.v1.ListClassmatesResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static encodeDelimited(message: everyclass.entity.v1.ListClassmatesResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): everyclass.entity.v1.ListClassmatesResponse & everyclass.entity.v1.ListClassmatesResponse.$Shape;
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): everyclass.entity.v1.ListClassmatesResponse & everyclass.entity.v1.ListClassmatesResponse.$Shape;
                static verify(m: { [k: string]: any }): (string|null);
                static fromObject(d: { [k: string]: any }): everyclass.entity.v1.ListClassmatesResponse;
                static toObject(m: everyclass.entity.v1.ListClassmatesResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace ListClassmatesResponse {
                interface $Properties {
                    total?: (number|null);
                    students?: (everyclass.entity.v1.Ref.$Properties[]|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = everyclass.entity.v1.ListClassmatesResponse.$Properties;
            }

            interface IFreeRoomsRequest extends everyclass.entity.v1.FreeRoomsRequest.$Properties {
            }

            class FreeRoomsRequest {
                constructor(p?: everyclass.entity.v1.FreeRoomsRequest.$Properties);
                $unknowns?: Uint8Array[];
                semester: string;
                week: number;
                weekday: number;
                period: number;
                building: string;
                date: string;
                campus: string;
                static create(properties: everyclass.entity.v1.FreeRoomsRequest.$Shape): everyclass.entity.v1.FreeRoomsRequest & everyclass.entity.v1.FreeRoomsRequest.$Shape;
                static create(properties?: everyclass.entity.v1.FreeRoomsRequest.$Properties): everyclass.entity.v1.FreeRoomsRequest;
                static encode(m: everyclass.entity.v1.FreeRoomsRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static encodeDelimited(message: everyclass.entity.v1.FreeRoomsRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): everyclass.entity.v1.FreeRoomsRequest & everyclass.entity.v1.FreeRoomsRequest.$Shape;
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): everyclass.entity.v1.FreeRoomsRequest & everyclass.entity.v1.FreeRoomsRequest.$Shape;
                static verify(m: { [k: string]: any }): (string|null);
                static fromObject(d: { [k: string]: any }): everyclass.entity.v1.FreeRoomsRequest;
                static toObject(m: everyclass.entity.v1.FreeRoomsRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace FreeRoomsRequest {
                interface $Properties {
                    semester?: (string|null);
                    week?: (number|null);
                    weekday?: (number|null);
                    period?: (number|null);
                    building?: (string|null);
                    date?: (string|null);
                    campus?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = everyclass.entity.v1.FreeRoomsRequest.$Properties;
            }

            interface IFreeRoomsResponse extends everyclass.entity.v1.FreeRoomsResponse.$Properties {
            }

            class FreeRoomsResponse {
                constructor(p?: everyclass.entity.v1.FreeRoomsResponse.$Properties);
                $unknowns?: Uint8Array[];
                rooms: everyclass.entity.v1.Room.$Properties[];
                date: string;
                week: number;
                weekday: number;
                holiday: string;
                makeupFor: everyclass.entity.v1.Holiday.$Properties[];
                static create(properties: everyclass.entity.v1.FreeRoomsResponse.$Shape): everyclass.entity.v1.FreeRoomsResponse & everyclass.entity.v1.FreeRoomsResponse.$Shape;
                static create(properties?: everyclass.entity.v1.FreeRoomsResponse.$Properties): everyclass.entity.v1.FreeRoomsResponse;
                static encode(m: everyclass.entity.v1.FreeRoomsResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static encodeDelimited(message: everyclass.entity.v1.FreeRoomsResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): everyclass.entity.v1.FreeRoomsResponse & everyclass.entity.v1.FreeRoomsResponse.$Shape;
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): everyclass.entity.v1.FreeRoomsResponse & everyclass.entity.v1.FreeRoomsResponse.$Shape;
                static verify(m: { [k: string]: any }): (string|null);
                static fromObject(d: { [k: string]: any }): everyclass.entity.v1.FreeRoomsResponse;
                static toObject(m: everyclass.entity.v1.FreeRoomsResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace FreeRoomsResponse {
                interface $Properties {
                    rooms?: (everyclass.entity.v1.Room.$Properties[]|null);
                    date?: (string|null);
                    week?: (number|null);
                    weekday?: (number|null);
                    holiday?: (string|null);
                    makeupFor?: (everyclass.entity.v1.Holiday.$Properties[]|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = everyclass.entity.v1.FreeRoomsResponse.$Properties;
            }

            interface IListSemestersRequest extends everyclass.entity.v1.ListSemestersRequest.$Properties {
            }

            class ListSemestersRequest {
                constructor(p?: everyclass.entity.v1.ListSemestersRequest.$Properties);
                $unknowns?: Uint8Array[];
                static create(properties: everyclass.entity.v1.ListSemestersRequest.$Shape): everyclass.entity.v1.ListSemestersRequest & everyclass.entity.v1.ListSemestersRequest.$Shape;
                static create(properties?: everyclass.entity.v1.ListSemestersRequest.$Properties): everyclass.entity.v1.ListSemestersRequest;
                static encode(m: everyclass.entity.v1.ListSemestersRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static encodeDelimited(message: everyclass.entity.v1.ListSemestersRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): everyclass.entity.v1.ListSemestersRequest & everyclass.entity.v1.ListSemestersRequest.$Shape;
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): everyclass.entity.v1.ListSemestersRequest & everyclass.entity.v1.ListSemestersRequest.$Shape;
                static verify(m: { [k: string]: any }): (string|null);
                static fromObject(d: { [k: string]: any }): everyclass.entity.v1.ListSemestersRequest;
                static toObject(m: everyclass.entity.v1.ListSemestersRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace ListSemestersRequest {
                interface $Properties {
                    $unknowns?: Uint8Array[];
                }
                type $Shape = everyclass.entity.v1.ListSemestersRequest.$Properties;
            }

            interface IListSemestersResponse extends everyclass.entity.v1.ListSemestersResponse.$Properties {
            }

            class ListSemestersResponse {
                constructor(p?: everyclass.entity.v1.ListSemestersResponse.$Properties);
                $unknowns?: Uint8Array[];
                semesters: everyclass.entity.v1.Semester.$Properties[];
                static create(properties: everyclass.entity.v1.ListSemestersResponse.$Shape): everyclass.entity.v1.ListSemestersResponse & everyclass.entity.v1.ListSemestersResponse.$Shape;
                static create(properties?: everyclass.entity.v1.ListSemestersResponse.$Properties): everyclass.entity.v1.ListSemestersResponse;
                static encode(m: everyclass.entity.v1.ListSemestersResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static encodeDelimited(message: everyclass.entity.v1.ListSemestersResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): everyclass.entity.v1.ListSemestersResponse & everyclass.entity.v1.ListSemestersResponse.$Shape;
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): everyclass.entity.v1.ListSemestersResponse & everyclass.entity.v1.ListSemestersResponse.$Shape;
                static verify(m: { [k: string]: any }): (string|null);
                static fromObject(d: { [k: string]: any }): everyclass.entity.v1.ListSemestersResponse;
                static toObject(m: everyclass.entity.v1.ListSemestersResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace ListSemestersResponse {
                interface $Properties {
                    semesters?: (everyclass.entity.v1.Semester.$Properties[]|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = everyclass.entity.v1.ListSemestersResponse.$Properties;
            }

            interface IGetDataVersionRequest extends everyclass.entity.v1.GetDataVersionRequest.$Properties {
            }

            class GetDataVersionRequest {
                constructor(p?: everyclass.entity.v1.GetDataVersionRequest.$Properties);
                $unknowns?: Uint8Array[];
                static create(properties: everyclass.entity.v1.GetDataVersionRequest.$Shape): everyclass.entity.v1.GetDataVersionRequest & everyclass.entity.v1.GetDataVersionRequest.$Shape;
                static create(properties?: everyclass.entity.v1.GetDataVersionRequest.$Properties): everyclass.entity.v1.GetDataVersionRequest;
                static encode(m: everyclass.entity.v1.GetDataVersionRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static encodeDelimited(message: everyclass.entity.v1.GetDataVersionRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): everyclass.entity.v1.GetDataVersionRequest & everyclass.entity.v1.GetDataVersionRequest.$Shape;
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): everyclass.entity.v1.GetDataVersionRequest & everyclass.entity.v1.GetDataVersionRequest.$Shape;
                static verify(m: { [k: string]: any }): (string|null);
                static fromObject(d: { [k: string]: any }): everyclass.entity.v1.GetDataVersionRequest;
                static toObject(m: everyclass.entity.v1.GetDataVersionRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace GetDataVersionRequest {
                interface $Properties {
                    $unknowns?: Uint8Array[];
                }
                type $Shape = everyclass.entity.v1.GetDataVersionRequest.$Properties;
            }

            interface IDataVersion extends everyclass.entity.v1.DataVersion.$Properties {
            }

            class DataVersion {
                constructor(p?: everyclass.entity.v1.DataVersion.$Properties);
                $unknowns?: Uint8Array[];
                version: string;
                updatedAt: string;
                static create(properties: everyclass.entity.v1.DataVersion.$Shape): everyclass.entity.v1.DataVersion & everyclass.entity.v1.DataVersion.$Shape;
                static create(properties?: everyclass.entity.v1.DataVersion.$Properties): everyclass.entity.v1.DataVersion;
                static encode(m: everyclass.entity.v1.DataVersion.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static encodeDelimited(message: everyclass.entity.v1.DataVersion.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): everyclass.entity.v1.DataVersion & everyclass.entity.v1.DataVersion.$Shape;
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): everyclass.entity.v1.DataVersion & everyclass.entity.v1.DataVersion.$Shape;
                static verify(m: { [k: string]: any }): (string|null);
                static fromObject(d: { [k: string]: any }): everyclass.entity.v1.DataVersion;
                static toObject(m: everyclass.entity.v1.DataVersion, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace DataVersion {
                interface $Properties {
                    version?: (string|null);
                    updatedAt?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = everyclass.entity.v1.DataVersion.$Properties;
            }

            interface IStudentRecord extends everyclass.entity.v1.StudentRecord.$Properties {
            }

            class StudentRecord {
                constructor(p?: everyclass.entity.v1.StudentRecord.$Properties);
                $unknowns?: Uint8Array[];
                code: string;
                name: string;
                klass: string;
                major: string;
                department: string;
                year: number;
                static create(properties: everyclass.entity.v1.StudentRecord.$Shape): everyclass.entity.v1.StudentRecord & everyclass.entity.v1.StudentRecord.$Shape;
                static create(properties?: everyclass.entity.v1.StudentRecord.$Properties): everyclass.entity.v1.StudentRecord;
                static encode(m: everyclass.entity.v1.StudentRecord.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static encodeDelimited(message: everyclass.entity.v1.StudentRecord.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): everyclass.entity.v1.StudentRecord & everyclass.entity.v1.StudentRecord.$Shape;
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): everyclass.entity.v1.StudentRecord & everyclass.entity.v1.StudentRecord.$Shape;
                static verify(m: { [k: string]: any }): (string|null);
                static fromObject(d: { [k: string]: any }): everyclass.entity.v1.StudentRecord;
                static toObject(m: everyclass.entity.v1.StudentRecord, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace StudentRecord {
                interface $Properties {
                    code?: (string|null);
                    name?: (string|null);
                    klass?: (string|null);
                    major?: (string|null);
                    department?: (string|null);
                    year?: (number|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = everyclass.entity.v1.StudentRecord.$Properties;
            }

            interface ITeacherRecord extends everyclass.entity.v1.TeacherRecord.$Properties {
            }

            class TeacherRecord {
                constructor(p?: everyclass.entity.v1.TeacherRecord.$Properties);
                $unknowns?: Uint8Array[];
                code: string;
                name: string;
                title: string;
                department: string;
                static create(properties: everyclass.entity.v1.TeacherRecord.$Shape): everyclass.entity.v1.TeacherRecord & everyclass.entity.v1.TeacherRecord.$Shape;
                static create(properties?: everyclass.entity.v1.TeacherRecord.$Properties): everyclass.entity.v1.TeacherRecord;
                static encode(m: everyclass.entity.v1.TeacherRecord.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static encodeDelimited(message: everyclass.entity.v1.TeacherRecord.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): everyclass.entity.v1.TeacherRecord & everyclass.entity.v1.TeacherRecord.$Shape;
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): everyclass.entity.v1.TeacherRecord & everyclass.entity.v1.TeacherRecord.$Shape;
                static verify(m: { [k: string]: any }): (string|null);
                static fromObject(d: { [k: string]: any }): everyclass.entity.v1.TeacherRecord;
                static toObject(m: everyclass.entity.v1.TeacherRecord, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace TeacherRecord {
                interface $Properties {
                    code?: (string|null);
                    name?: (string|null);
                    title?: (string|null);
                    department?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = everyclass.entity.v1.TeacherRecord.$Properties;
            }

            interface IRoomRecord extends everyclass.entity.v1.RoomRecord.$Properties {
            }

            class RoomRecord {
                constructor(p?: everyclass.entity.v1.RoomRecord.$Properties);
                $unknowns?: Uint8Array[];
                code: string;
                name: string;
                building: string;
                campus: string;
                capacity: number;
                aliases: string[];
                static create(properties: everyclass.entity.v1.RoomRecord.$Shape): everyclass.entity.v1.RoomRecord & everyclass.entity.v1.RoomRecord.$Shape;
                static create(properties?: everyclass.entity.v1.RoomRecord.$Properties): everyclass.entity.v1.RoomRecord;
                static encode(m: everyclass.entity.v1.RoomRecord.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static encodeDelimited(message: everyclass.entity.v1.RoomRecord.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): everyclass.entity.v1.RoomRecord & everyclass.entity.v1.RoomRecord.$Shape;
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): everyclass.entity.v1.RoomRecord & everyclass.entity.v1.RoomRecord.$Shape;
                static verify(m: { [k: string]: any }): (string|null);
                static fromObject(d: { [k: string]: any }): everyclass.entity.v1.RoomRecord;
                static toObject(m: everyclass.entity.v1.RoomRecord, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace RoomRecord {
                interface $Properties {
                    code?: (string|null);
                    name?: (string|null);
                    building?: (string|null);
                    campus?: (string|null);
                    capacity?: (number|null);
                    aliases?: (string[]|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = everyclass.entity.v1.RoomRecord.$Properties;
            }

            interface ICardRecord extends everyclass.entity.v1.CardRecord.$Properties {
            }

            class CardRecord {
                constructor(p?: everyclass.entity.v1.CardRecord.$Properties);
                $unknowns?: Uint8Array[];
                code: string;
                courseCode: string;
                courseName: string;
                lesson: string;
                weeks: string;
                roomCode: string;
                teacherCodes: string[];
                static create(properties: everyclass.entity.v1.CardRecord.$Shape): everyclass.entity.v1.CardRecord & everyclass.entity.v1.CardRecord.$Shape;
                static create(properties?: everyclass.entity.v1.CardRecord.$Properties): everyclass.entity.v1.CardRecord;
                static encode(m: everyclass.entity.v1.CardRecord.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static encodeDelimited(message: everyclass.entity.v1.CardRecord.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): everyclass.entity.v1.CardRecord & everyclass.entity.v1.CardRecord.$Shape;
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): everyclass.entity.v1.CardRecord & everyclass.entity.v1.CardRecord.$Shape;
                static verify(m: { [k: string]: any }): (string|null);
                static fromObject(d: { [k: string]: any }): everyclass.entity.v1.CardRecord;
                static toObject(m: everyclass.entity.v1.CardRecord, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace CardRecord {
                interface $Properties {
                    code?: (string|null);
                    courseCode?: (string|null);
                    courseName?: (string|null);
                    lesson?: (string|null);
                    weeks?: (string|null);
                    roomCode?: (string|null);
                    teacherCodes?: (string[]|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = everyclass.entity.v1.CardRecord.$Properties;
            }

            interface IEnrollmentRecord extends everyclass.entity.v1.EnrollmentRecord.$Properties {
            }

            class EnrollmentRecord {
                constructor(p?: everyclass.entity.v1.EnrollmentRecord.$Properties);
                $unknowns?: Uint8Array[];
                studentCode: string;
                cardCode: string;
                static create(properties: everyclass.entity.v1.EnrollmentRecord.$Shape): everyclass.entity.v1.EnrollmentRecord & everyclass.entity.v1.EnrollmentRecord.$Shape;
                static create(properties?: everyclass.entity.v1.EnrollmentRecord.$Properties): everyclass.entity.v1.EnrollmentRecord;
                static encode(m: everyclass.entity.v1.EnrollmentRecord.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static encodeDelimited(message: everyclass.entity.v1.EnrollmentRecord.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): everyclass.entity.v1.EnrollmentRecord & everyclass.entity.v1.EnrollmentRecord.$Shape;
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): everyclass.entity.v1.EnrollmentRecord & everyclass.entity.v1.EnrollmentRecord.$Shape;
                static verify(m: { [k: string]: any }): (string|null);
                static fromObject(d: { [k: string]: any }): everyclass.entity.v1.EnrollmentRecord;
                static toObject(m: everyclass.entity.v1.EnrollmentRecord, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace EnrollmentRecord {
                interface $Properties {
                    studentCode?: (string|null);
                    cardCode?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = everyclass.entity.v1.EnrollmentRecord.$Properties;
            }

            interface IRosterRecord extends everyclass.entity.v1.RosterRecord.$Properties {
            }

            class RosterRecord {
                constructor(p?: everyclass.entity.v1.RosterRecord.$Properties);
                $unknowns?: Uint8Array[];
                cardCode: string;
                studentCodes: string[];
                static create(properties: everyclass.entity.v1.RosterRecord.$Shape): everyclass.entity.v1.RosterRecord & everyclass.entity.v1.RosterRecord.$Shape;
                static create(properties?: everyclass.entity.v1.RosterRecord.$Properties): everyclass.entity.v1.RosterRecord;
                static encode(m: everyclass.entity.v1.RosterRecord.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static encodeDelimited(message: everyclass.entity.v1.RosterRecord.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): everyclass.entity.v1.RosterRecord & everyclass.entity.v1.RosterRecord.$Shape;
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): everyclass.entity.v1.RosterRecord & everyclass.entity.v1.RosterRecord.$Shape;
                static verify(m: { [k: string]: any }): (string|null);
                static fromObject(d: { [k: string]: any }): everyclass.entity.v1.RosterRecord;
                static toObject(m: everyclass.entity.v1.RosterRecord, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace RosterRecord {
                interface $Properties {
                    cardCode?: (string|null);
                    studentCodes?: (string[]|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = everyclass.entity.v1.RosterRecord.$Properties;
            }

            interface IImportSemesterRequest extends everyclass.entity.v1.ImportSemesterRequest.$Properties {
            }

            class ImportSemesterRequest {
                constructor(p?: everyclass.entity.v1.ImportSemesterRequest.$Properties);
                $unknowns?: Uint8Array[];
                semester?: (everyclass.entity.v1.Semester.$Properties|null);
                students: everyclass.entity.v1.StudentRecord.$Properties[];
                teachers: everyclass.entity.v1.TeacherRecord.$Properties[];
                rooms: everyclass.entity.v1.RoomRecord.$Properties[];
                cards: everyclass.entity.v1.CardRecord.$Properties[];
                enrollments: everyclass.entity.v1.EnrollmentRecord.$Properties[];
                rosters: everyclass.entity.v1.RosterRecord.$Properties[];
                static create(properties: everyclass.entity.v1.ImportSemesterRequest.$Shape): everyclass.entity.v1.ImportSemesterRequest & everyclass.entity.v1.ImportSemesterRequest.$Shape;
                static create(properties?: everyclass.entity.v1.ImportSemesterRequest.$Properties): everyclass.entity.v1.ImportSemesterRequest;
                static encode(m: everyclass.entity.v1.ImportSemesterRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static encodeDelimited(message: everyclass.entity.v1.ImportSemesterRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): everyclass.entity.v1.ImportSemesterRequest & everyclass.entity.v1.ImportSemesterRequest.$Shape;
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): everyclass.entity.v1.ImportSemesterRequest & everyclass.entity.v1.ImportSemesterRequest.$Shape;
                static verify(m: { [k: string]: any }): (string|null);
                static fromObject(d: { [k: string]: any }): everyclass.entity.v1.ImportSemesterRequest;
                static toObject(m: everyclass.entity.v1.ImportSemesterRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace ImportSemesterRequest {
                interface $Properties {
                    semester?: (everyclass.entity.v1.Semester.$Properties|null);
                    students?: (everyclass.entity.v1.StudentRecord.$Properties[]|null);
                    teachers?: (everyclass.entity.v1.TeacherRecord.$Properties[]|null);
                    rooms?: (everyclass.entity.v1.RoomRecord.$Properties[]|null);
                    cards?: (everyclass.entity.v1.CardRecord.$Properties[]|null);
                    enrollments?: (everyclass.entity.v1.EnrollmentRecord.$Properties[]|null);
                    rosters?: (everyclass.entity.v1.RosterRecord.$Properties[]|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = everyclass.entity.v1.ImportSemesterRequest.$Properties;
            }

            interface IImportSemesterResponse extends everyclass.entity.v1.ImportSemesterResponse.$Properties {
            }

            class ImportSemesterResponse {
                constructor(p?: everyclass.entity.v1.ImportSemesterResponse.$Properties);
                $unknowns?: Uint8Array[];
                students: number;
                teachers: number;
                rooms: number;
                cards: number;
                enrollments: number;
                dataVersion: string;
                rosters: number;
                static create(properties: everyclass.entity.v1.ImportSemesterResponse.$Shape): everyclass.entity.v1.ImportSemesterResponse & everyclass.entity.v1.ImportSemesterResponse.$Shape;
                static create(properties?: everyclass.entity.v1.ImportSemesterResponse.$Properties): everyclass.entity.v1.ImportSemesterResponse;
                static encode(m: everyclass.entity.v1.ImportSemesterResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static encodeDelimited(message: everyclass.entity.v1.ImportSemesterResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): everyclass.entity.v1.ImportSemesterResponse & everyclass.entity.v1.ImportSemesterResponse.$Shape;
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): everyclass.entity.v1.ImportSemesterResponse & everyclass.entity.v1.ImportSemesterResponse.$Shape;
                static verify(m: { [k: string]: any }): (string|null);
                static fromObject(d: { [k: string]: any }): everyclass.entity.v1.ImportSemesterResponse;
                static toObject(m: everyclass.entity.v1.ImportSemesterResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace ImportSemesterResponse {
                interface $Properties {
                    students?: (number|null);
                    teachers?: (number|null);
                    rooms?: (number|null);
                    cards?: (number|null);
                    enrollments?: (number|null);
                    dataVersion?: (string|null);
                    rosters?: (number|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = everyclass.entity.v1.ImportSemesterResponse.$Properties;
            }
        }
    }

    namespace identity {

        namespace v1 {

            class Identity extends $protobuf.rpc.Service {
                constructor(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean);
                static create(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean): Identity;
                startRegistration: everyclass.identity.v1.Identity.StartRegistration;
                exchangeRegistration: everyclass.identity.v1.Identity.ExchangeRegistration;
                checkRegistration: everyclass.identity.v1.Identity.CheckRegistration;
                completeRegistration: everyclass.identity.v1.Identity.CompleteRegistration;
                login: everyclass.identity.v1.Identity.Login;
                getSession: everyclass.identity.v1.Identity.GetSession;
                logout: everyclass.identity.v1.Identity.Logout;
                getPrivacy: everyclass.identity.v1.Identity.GetPrivacy;
                setPrivacy: everyclass.identity.v1.Identity.SetPrivacy;
                createCalendarToken: everyclass.identity.v1.Identity.CreateCalendarToken;
                listCalendarTokens: everyclass.identity.v1.Identity.ListCalendarTokens;
                revokeCalendarToken: everyclass.identity.v1.Identity.RevokeCalendarToken;
                resetCalendarTokens: everyclass.identity.v1.Identity.ResetCalendarTokens;
                resolveCalendarToken: everyclass.identity.v1.Identity.ResolveCalendarToken;
                recordView: everyclass.identity.v1.Identity.RecordView;
                viewTimetable: everyclass.identity.v1.Identity.ViewTimetable;
                listVisitors: everyclass.identity.v1.Identity.ListVisitors;
                createFeedLink: everyclass.identity.v1.Identity.CreateFeedLink;
                checkVisibility: everyclass.identity.v1.Identity.CheckVisibility;
                requestAccess: everyclass.identity.v1.Identity.RequestAccess;
                listAccessRequests: everyclass.identity.v1.Identity.ListAccessRequests;
                answerAccessRequest: everyclass.identity.v1.Identity.AnswerAccessRequest;
            }

            namespace Identity {
                type StartRegistrationCallback = (error: (Error|null), response?: everyclass.identity.v1.StartRegistrationResponse) => void;
                type StartRegistration = {
                  (request: everyclass.identity.v1.IStartRegistrationRequest, callback: everyclass.identity.v1.Identity.StartRegistrationCallback): void;
                  (request: everyclass.identity.v1.IStartRegistrationRequest): Promise<everyclass.identity.v1.StartRegistrationResponse>;
                  readonly name: "StartRegistration";
                  readonly path: "/everyclass.identity.v1.Identity/StartRegistration";
                  readonly requestType: "StartRegistrationRequest";
                  readonly responseType: "StartRegistrationResponse";
                  readonly requestStream: undefined;
                  readonly responseStream: undefined;
                };
                type ExchangeRegistrationCallback = (error: (Error|null), response?: everyclass.identity.v1.ExchangeRegistrationResponse) => void;
                type ExchangeRegistration = {
                  (request: everyclass.identity.v1.IExchangeRegistrationRequest, callback: everyclass.identity.v1.Identity.ExchangeRegistrationCallback): void;
                  (request: everyclass.identity.v1.IExchangeRegistrationRequest): Promise<everyclass.identity.v1.ExchangeRegistrationResponse>;
                  readonly name: "ExchangeRegistration";
                  readonly path: "/everyclass.identity.v1.Identity/ExchangeRegistration";
                  readonly requestType: "ExchangeRegistrationRequest";
                  readonly responseType: "ExchangeRegistrationResponse";
                  readonly requestStream: undefined;
                  readonly responseStream: undefined;
                };
                type CheckRegistrationCallback = (error: (Error|null), response?: everyclass.identity.v1.CheckRegistrationResponse) => void;
                type CheckRegistration = {
                  (request: everyclass.identity.v1.ICheckRegistrationRequest, callback: everyclass.identity.v1.Identity.CheckRegistrationCallback): void;
                  (request: everyclass.identity.v1.ICheckRegistrationRequest): Promise<everyclass.identity.v1.CheckRegistrationResponse>;
                  readonly name: "CheckRegistration";
                  readonly path: "/everyclass.identity.v1.Identity/CheckRegistration";
                  readonly requestType: "CheckRegistrationRequest";
                  readonly responseType: "CheckRegistrationResponse";
                  readonly requestStream: undefined;
                  readonly responseStream: undefined;
                };
                type CompleteRegistrationCallback = (error: (Error|null), response?: everyclass.identity.v1.Session) => void;
                type CompleteRegistration = {
                  (request: everyclass.identity.v1.ICompleteRegistrationRequest, callback: everyclass.identity.v1.Identity.CompleteRegistrationCallback): void;
                  (request: everyclass.identity.v1.ICompleteRegistrationRequest): Promise<everyclass.identity.v1.Session>;
                  readonly name: "CompleteRegistration";
                  readonly path: "/everyclass.identity.v1.Identity/CompleteRegistration";
                  readonly requestType: "CompleteRegistrationRequest";
                  readonly responseType: "Session";
                  readonly requestStream: undefined;
                  readonly responseStream: undefined;
                };
                type LoginCallback = (error: (Error|null), response?: everyclass.identity.v1.Session) => void;
                type Login = {
                  (request: everyclass.identity.v1.ILoginRequest, callback: everyclass.identity.v1.Identity.LoginCallback): void;
                  (request: everyclass.identity.v1.ILoginRequest): Promise<everyclass.identity.v1.Session>;
                  readonly name: "Login";
                  readonly path: "/everyclass.identity.v1.Identity/Login";
                  readonly requestType: "LoginRequest";
                  readonly responseType: "Session";
                  readonly requestStream: undefined;
                  readonly responseStream: undefined;
                };
                type GetSessionCallback = (error: (Error|null), response?: everyclass.identity.v1.Session) => void;
                type GetSession = {
                  (request: everyclass.identity.v1.IGetSessionRequest, callback: everyclass.identity.v1.Identity.GetSessionCallback): void;
                  (request: everyclass.identity.v1.IGetSessionRequest): Promise<everyclass.identity.v1.Session>;
                  readonly name: "GetSession";
                  readonly path: "/everyclass.identity.v1.Identity/GetSession";
                  readonly requestType: "GetSessionRequest";
                  readonly responseType: "Session";
                  readonly requestStream: undefined;
                  readonly responseStream: undefined;
                };
                type LogoutCallback = (error: (Error|null), response?: everyclass.identity.v1.LogoutResponse) => void;
                type Logout = {
                  (request: everyclass.identity.v1.ILogoutRequest, callback: everyclass.identity.v1.Identity.LogoutCallback): void;
                  (request: everyclass.identity.v1.ILogoutRequest): Promise<everyclass.identity.v1.LogoutResponse>;
                  readonly name: "Logout";
                  readonly path: "/everyclass.identity.v1.Identity/Logout";
                  readonly requestType: "LogoutRequest";
                  readonly responseType: "LogoutResponse";
                  readonly requestStream: undefined;
                  readonly responseStream: undefined;
                };
                type GetPrivacyCallback = (error: (Error|null), response?: everyclass.identity.v1.GetPrivacyResponse) => void;
                type GetPrivacy = {
                  (request: everyclass.identity.v1.IGetPrivacyRequest, callback: everyclass.identity.v1.Identity.GetPrivacyCallback): void;
                  (request: everyclass.identity.v1.IGetPrivacyRequest): Promise<everyclass.identity.v1.GetPrivacyResponse>;
                  readonly name: "GetPrivacy";
                  readonly path: "/everyclass.identity.v1.Identity/GetPrivacy";
                  readonly requestType: "GetPrivacyRequest";
                  readonly responseType: "GetPrivacyResponse";
                  readonly requestStream: undefined;
                  readonly responseStream: undefined;
                };
                type SetPrivacyCallback = (error: (Error|null), response?: everyclass.identity.v1.Account) => void;
                type SetPrivacy = {
                  (request: everyclass.identity.v1.ISetPrivacyRequest, callback: everyclass.identity.v1.Identity.SetPrivacyCallback): void;
                  (request: everyclass.identity.v1.ISetPrivacyRequest): Promise<everyclass.identity.v1.Account>;
                  readonly name: "SetPrivacy";
                  readonly path: "/everyclass.identity.v1.Identity/SetPrivacy";
                  readonly requestType: "SetPrivacyRequest";
                  readonly responseType: "Account";
                  readonly requestStream: undefined;
                  readonly responseStream: undefined;
                };
                type CreateCalendarTokenCallback = (error: (Error|null), response?: everyclass.identity.v1.CalendarToken) => void;
                type CreateCalendarToken = {
                  (request: everyclass.identity.v1.ICreateCalendarTokenRequest, callback: everyclass.identity.v1.Identity.CreateCalendarTokenCallback): void;
                  (request: everyclass.identity.v1.ICreateCalendarTokenRequest): Promise<everyclass.identity.v1.CalendarToken>;
                  readonly name: "CreateCalendarToken";
                  readonly path: "/everyclass.identity.v1.Identity/CreateCalendarToken";
                  readonly requestType: "CreateCalendarTokenRequest";
                  readonly responseType: "CalendarToken";
                  readonly requestStream: undefined;
                  readonly responseStream: undefined;
                };
                type ListCalendarTokensCallback = (error: (Error|null), response?: everyclass.identity.v1.ListCalendarTokensResponse) => void;
                type ListCalendarTokens = {
                  (request: everyclass.identity.v1.IListCalendarTokensRequest, callback: everyclass.identity.v1.Identity.ListCalendarTokensCallback): void;
                  (request: everyclass.identity.v1.IListCalendarTokensRequest): Promise<everyclass.identity.v1.ListCalendarTokensResponse>;
                  readonly name: "ListCalendarTokens";
                  readonly path: "/everyclass.identity.v1.Identity/ListCalendarTokens";
                  readonly requestType: "ListCalendarTokensRequest";
                  readonly responseType: "ListCalendarTokensResponse";
                  readonly requestStream: undefined;
                  readonly responseStream: undefined;
                };
                type RevokeCalendarTokenCallback = (error: (Error|null), response?: everyclass.identity.v1.RevokeCalendarTokenResponse) => void;
                type RevokeCalendarToken = {
                  (request: everyclass.identity.v1.IRevokeCalendarTokenRequest, callback: everyclass.identity.v1.Identity.RevokeCalendarTokenCallback): void;
                  (request: everyclass.identity.v1.IRevokeCalendarTokenRequest): Promise<everyclass.identity.v1.RevokeCalendarTokenResponse>;
                  readonly name: "RevokeCalendarToken";
                  readonly path: "/everyclass.identity.v1.Identity/RevokeCalendarToken";
                  readonly requestType: "RevokeCalendarTokenRequest";
                  readonly responseType: "RevokeCalendarTokenResponse";
                  readonly requestStream: undefined;
                  readonly responseStream: undefined;
                };
                type ResetCalendarTokensCallback = (error: (Error|null), response?: everyclass.identity.v1.ListCalendarTokensResponse) => void;
                type ResetCalendarTokens = {
                  (request: everyclass.identity.v1.IResetCalendarTokensRequest, callback: everyclass.identity.v1.Identity.ResetCalendarTokensCallback): void;
                  (request: everyclass.identity.v1.IResetCalendarTokensRequest): Promise<everyclass.identity.v1.ListCalendarTokensResponse>;
                  readonly name: "ResetCalendarTokens";
                  readonly path: "/everyclass.identity.v1.Identity/ResetCalendarTokens";
                  readonly requestType: "ResetCalendarTokensRequest";
                  readonly responseType: "ListCalendarTokensResponse";
                  readonly requestStream: undefined;
                  readonly responseStream: undefined;
                };
                type ResolveCalendarTokenCallback = (error: (Error|null), response?: everyclass.identity.v1.ResolveCalendarTokenResponse) => void;
                type ResolveCalendarToken = {
                  (request: everyclass.identity.v1.IResolveCalendarTokenRequest, callback: everyclass.identity.v1.Identity.ResolveCalendarTokenCallback): void;
                  (request: everyclass.identity.v1.IResolveCalendarTokenRequest): Promise<everyclass.identity.v1.ResolveCalendarTokenResponse>;
                  readonly name: "ResolveCalendarToken";
                  readonly path: "/everyclass.identity.v1.Identity/ResolveCalendarToken";
                  readonly requestType: "ResolveCalendarTokenRequest";
                  readonly responseType: "ResolveCalendarTokenResponse";
                  readonly requestStream: undefined;
                  readonly responseStream: undefined;
                };
                type RecordViewCallback = (error: (Error|null), response?: everyclass.identity.v1.RecordViewResponse) => void;
                type RecordView = {
                  (request: everyclass.identity.v1.IRecordViewRequest, callback: everyclass.identity.v1.Identity.RecordViewCallback): void;
                  (request: everyclass.identity.v1.IRecordViewRequest): Promise<everyclass.identity.v1.RecordViewResponse>;
                  readonly name: "RecordView";
                  readonly path: "/everyclass.identity.v1.Identity/RecordView";
                  readonly requestType: "RecordViewRequest";
                  readonly responseType: "RecordViewResponse";
                  readonly requestStream: undefined;
                  readonly responseStream: undefined;
                };
                type ViewTimetableCallback = (error: (Error|null), response?: everyclass.identity.v1.ViewTimetableResponse) => void;
                type ViewTimetable = {
                  (request: everyclass.identity.v1.IViewTimetableRequest, callback: everyclass.identity.v1.Identity.ViewTimetableCallback): void;
                  (request: everyclass.identity.v1.IViewTimetableRequest): Promise<everyclass.identity.v1.ViewTimetableResponse>;
                  readonly name: "ViewTimetable";
                  readonly path: "/everyclass.identity.v1.Identity/ViewTimetable";
                  readonly requestType: "ViewTimetableRequest";
                  readonly responseType: "ViewTimetableResponse";
                  readonly requestStream: undefined;
                  readonly responseStream: undefined;
                };
                type ListVisitorsCallback = (error: (Error|null), response?: everyclass.identity.v1.ListVisitorsResponse) => void;
                type ListVisitors = {
                  (request: everyclass.identity.v1.IListVisitorsRequest, callback: everyclass.identity.v1.Identity.ListVisitorsCallback): void;
                  (request: everyclass.identity.v1.IListVisitorsRequest): Promise<everyclass.identity.v1.ListVisitorsResponse>;
                  readonly name: "ListVisitors";
                  readonly path: "/everyclass.identity.v1.Identity/ListVisitors";
                  readonly requestType: "ListVisitorsRequest";
                  readonly responseType: "ListVisitorsResponse";
                  readonly requestStream: undefined;
                  readonly responseStream: undefined;
                };
                type CreateFeedLinkCallback = (error: (Error|null), response?: everyclass.identity.v1.FeedLink) => void;
                type CreateFeedLink = {
                  (request: everyclass.identity.v1.ICreateFeedLinkRequest, callback: everyclass.identity.v1.Identity.CreateFeedLinkCallback): void;
                  (request: everyclass.identity.v1.ICreateFeedLinkRequest): Promise<everyclass.identity.v1.FeedLink>;
                  readonly name: "CreateFeedLink";
                  readonly path: "/everyclass.identity.v1.Identity/CreateFeedLink";
                  readonly requestType: "CreateFeedLinkRequest";
                  readonly responseType: "FeedLink";
                  readonly requestStream: undefined;
                  readonly responseStream: undefined;
                };
                type CheckVisibilityCallback = (error: (Error|null), response?: everyclass.identity.v1.CheckVisibilityResponse) => void;
                type CheckVisibility = {
                  (request: everyclass.identity.v1.ICheckVisibilityRequest, callback: everyclass.identity.v1.Identity.CheckVisibilityCallback): void;
                  (request: everyclass.identity.v1.ICheckVisibilityRequest): Promise<everyclass.identity.v1.CheckVisibilityResponse>;
                  readonly name: "CheckVisibility";
                  readonly path: "/everyclass.identity.v1.Identity/CheckVisibility";
                  readonly requestType: "CheckVisibilityRequest";
                  readonly responseType: "CheckVisibilityResponse";
                  readonly requestStream: undefined;
                  readonly responseStream: undefined;
                };
                type RequestAccessCallback = (error: (Error|null), response?: everyclass.identity.v1.AccessRequest) => void;
                type RequestAccess = {
                  (request: everyclass.identity.v1.IRequestAccessRequest, callback: everyclass.identity.v1.Identity.RequestAccessCallback): void;
                  (request: everyclass.identity.v1.IRequestAccessRequest): Promise<everyclass.identity.v1.AccessRequest>;
                  readonly name: "RequestAccess";
                  readonly path: "/everyclass.identity.v1.Identity/RequestAccess";
                  readonly requestType: "RequestAccessRequest";
                  readonly responseType: "AccessRequest";
                  readonly requestStream: undefined;
                  readonly responseStream: undefined;
                };
                type ListAccessRequestsCallback = (error: (Error|null), response?: everyclass.identity.v1.ListAccessRequestsResponse) => void;
                type ListAccessRequests = {
                  (request: everyclass.identity.v1.IListAccessRequestsRequest, callback: everyclass.identity.v1.Identity.ListAccessRequestsCallback): void;
                  (request: everyclass.identity.v1.IListAccessRequestsRequest): Promise<everyclass.identity.v1.ListAccessRequestsResponse>;
                  readonly name: "ListAccessRequests";
                  readonly path: "/everyclass.identity.v1.Identity/ListAccessRequests";
                  readonly requestType: "ListAccessRequestsRequest";
                  readonly responseType: "ListAccessRequestsResponse";
                  readonly requestStream: undefined;
                  readonly responseStream: undefined;
                };
                type AnswerAccessRequestCallback = (error: (Error|null), response?: everyclass.identity.v1.AccessRequest) => void;
                type AnswerAccessRequest = {
                  (request: everyclass.identity.v1.IAnswerAccessRequestRequest, callback: everyclass.identity.v1.Identity.AnswerAccessRequestCallback): void;
                  (request: everyclass.identity.v1.IAnswerAccessRequestRequest): Promise<everyclass.identity.v1.AccessRequest>;
                  readonly name: "AnswerAccessRequest";
                  readonly path: "/everyclass.identity.v1.Identity/AnswerAccessRequest";
                  readonly requestType: "AnswerAccessRequestRequest";
                  readonly responseType: "AccessRequest";
                  readonly requestStream: undefined;
                  readonly responseStream: undefined;
                };
            }

            enum PrivacyLevel {
                PUBLIC = 0,
                LOGGED_IN = 1,
                PRIVATE = 2
            }

            interface IAccount extends everyclass.identity.v1.Account.$Properties {
            }

            class Account {
                constructor(p?: everyclass.identity.v1.Account.$Properties);
                $unknowns?: Uint8Array[];
                studentId: string;
                studentCode: string;
                name: string;
                privacy: everyclass.identity.v1.PrivacyLevel;
                static create(properties: everyclass.identity.v1.Account.$Shape): everyclass.identity.v1.Account & everyclass.identity.v1.Account.$Shape;
                static create(properties?: everyclass.identity.v1.Account.$Properties): everyclass.identity.v1.Account;
                static encode(m: everyclass.identity.v1.Account.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static encodeDelimited(message: everyclass.identity.v1.Account.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): everyclass.identity.v1.Account & everyclass.identity.v1.Account.$Shape;
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): everyclass.identity.v1.Account & everyclass.identity.v1.Account.$Shape;
                static verify(m: { [k: string]: any }): (string|null);
                static fromObject(d: { [k: string]: any }): everyclass.identity.v1.Account;
                static toObject(m: everyclass.identity.v1.Account, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace Account {
                interface $Properties {
                    studentId?: (string|null);
                    studentCode?: (string|null);
                    name?: (string|null);
                    privacy?: (everyclass.identity.v1.PrivacyLevel|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = everyclass.identity.v1.Account.$Properties;
            }

            interface ISession extends everyclass.identity.v1.Session.$Properties {
            }

            class Session {
                constructor(p?: everyclass.identity.v1.Session.$Properties);
                $unknowns?: Uint8Array[];
                token: string;
                account?: (everyclass.identity.v1.Account.$Properties|null);
                expiresAt: string;
                static create(properties: everyclass.identity.v1.Session.$Shape): everyclass.identity.v1.Session & everyclass.identity.v1.Session.$Shape;
                static create(properties?: everyclass.identity.v1.Session.$Properties): everyclass.identity.v1.Session;
                static encode(m: everyclass.identity.v1.Session.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static encodeDelimited(message: everyclass.identity.v1.Session.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): everyclass.identity.v1.Session & everyclass.identity.v1.Session.$Shape;
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): everyclass.identity.v1.Session & everyclass.identity.v1.Session.$Shape;
                static verify(m: { [k: string]: any }): (string|null);
                static fromObject(d: { [k: string]: any }): everyclass.identity.v1.Session;
                static toObject(m: everyclass.identity.v1.Session, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace Session {
                interface $Properties {
                    token?: (string|null);
                    account?: (everyclass.identity.v1.Account.$Properties|null);
                    expiresAt?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = everyclass.identity.v1.Session.$Properties;
            }

            interface IStartRegistrationRequest extends everyclass.identity.v1.StartRegistrationRequest.$Properties {
            }

            class StartRegistrationRequest {
                constructor(p?: everyclass.identity.v1.StartRegistrationRequest.$Properties);
                $unknowns?: Uint8Array[];
                studentId: string;
                clientAddress: string;
                static create(properties: everyclass.identity.v1.StartRegistrationRequest.$Shape): everyclass.identity.v1.StartRegistrationRequest & everyclass.identity.v1.StartRegistrationRequest.$Shape;
                static create(properties?: everyclass.identity.v1.StartRegistrationRequest.$Properties): everyclass.identity.v1.StartRegistrationRequest;
                static encode(m: everyclass.identity.v1.StartRegistrationRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static encodeDelimited(message: everyclass.identity.v1.StartRegistrationRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): everyclass.identity.v1.StartRegistrationRequest & everyclass.identity.v1.StartRegistrationRequest.$Shape;
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): everyclass.identity.v1.StartRegistrationRequest & everyclass.identity.v1.StartRegistrationRequest.$Shape;
                static verify(m: { [k: string]: any }): (string|null);
                static fromObject(d: { [k: string]: any }): everyclass.identity.v1.StartRegistrationRequest;
                static toObject(m: everyclass.identity.v1.StartRegistrationRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace StartRegistrationRequest {
                interface $Properties {
                    studentId?: (string|null);
                    clientAddress?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = everyclass.identity.v1.StartRegistrationRequest.$Properties;
            }

            interface IStartRegistrationResponse extends everyclass.identity.v1.StartRegistrationResponse.$Properties {
            }

            class StartRegistrationResponse {
                constructor(p?: everyclass.identity.v1.StartRegistrationResponse.$Properties);
                $unknowns?: Uint8Array[];
                email: string;
                static create(properties: everyclass.identity.v1.StartRegistrationResponse.$Shape): everyclass.identity.v1.StartRegistrationResponse & everyclass.identity.v1.StartRegistrationResponse.$Shape;
                static create(properties?: everyclass.identity.v1.StartRegistrationResponse.$Properties): everyclass.identity.v1.StartRegistrationResponse;
                static encode(m: everyclass.identity.v1.StartRegistrationResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static encodeDelimited(message: everyclass.identity.v1.StartRegistrationResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): everyclass.identity.v1.StartRegistrationResponse & everyclass.identity.v1.StartRegistrationResponse.$Shape;
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): everyclass.identity.v1.StartRegistrationResponse & everyclass.identity.v1.StartRegistrationResponse.$Shape;
                static verify(m: { [k: string]: any }): (string|null);
                static fromObject(d: { [k: string]: any }): everyclass.identity.v1.StartRegistrationResponse;
                static toObject(m: everyclass.identity.v1.StartRegistrationResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace StartRegistrationResponse {
                interface $Properties {
                    email?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = everyclass.identity.v1.StartRegistrationResponse.$Properties;
            }

            interface IExchangeRegistrationRequest extends everyclass.identity.v1.ExchangeRegistrationRequest.$Properties {
            }

            class ExchangeRegistrationRequest {
                constructor(p?: everyclass.identity.v1.ExchangeRegistrationRequest.$Properties);
                $unknowns?: Uint8Array[];
                token: string;
                static create(properties: everyclass.identity.v1.ExchangeRegistrationRequest.$Shape): everyclass.identity.v1.ExchangeRegistrationRequest & everyclass.identity.v1.ExchangeRegistrationRequest.$Shape;
                static create(properties?: everyclass.identity.v1.ExchangeRegistrationRequest.$Properties): everyclass.identity.v1.ExchangeRegistrationRequest;
                static encode(m: everyclass.identity.v1.ExchangeRegistrationRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static encodeDelimited(message: everyclass.identity.v1.ExchangeRegistrationRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): everyclass.identity.v1.ExchangeRegistrationRequest & everyclass.identity.v1.ExchangeRegistrationRequest.$Shape;
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): everyclass.identity.v1.ExchangeRegistrationRequest & everyclass.identity.v1.ExchangeRegistrationRequest.$Shape;
                static verify(m: { [k: string]: any }): (string|null);
                static fromObject(d: { [k: string]: any }): everyclass.identity.v1.ExchangeRegistrationRequest;
                static toObject(m: everyclass.identity.v1.ExchangeRegistrationRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace ExchangeRegistrationRequest {
                interface $Properties {
                    token?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = everyclass.identity.v1.ExchangeRegistrationRequest.$Properties;
            }

            interface IExchangeRegistrationResponse extends everyclass.identity.v1.ExchangeRegistrationResponse.$Properties {
            }

            class ExchangeRegistrationResponse {
                constructor(p?: everyclass.identity.v1.ExchangeRegistrationResponse.$Properties);
                $unknowns?: Uint8Array[];
                formToken: string;
                account?: (everyclass.identity.v1.Account.$Properties|null);
                expiresAt: string;
                static create(properties: everyclass.identity.v1.ExchangeRegistrationResponse.$Shape): everyclass.identity.v1.ExchangeRegistrationResponse & everyclass.identity.v1.ExchangeRegistrationResponse.$Shape;
                static create(properties?: everyclass.identity.v1.ExchangeRegistrationResponse.$Properties): everyclass.identity.v1.ExchangeRegistrationResponse;
                static encode(m: everyclass.identity.v1.ExchangeRegistrationResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static encodeDelimited(message: everyclass.identity.v1.ExchangeRegistrationResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): everyclass.identity.v1.ExchangeRegistrationResponse & everyclass.identity.v1.ExchangeRegistrationResponse.$Shape;
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): everyclass.identity.v1.ExchangeRegistrationResponse & everyclass.identity.v1.ExchangeRegistrationResponse.$Shape;
                static verify(m: { [k: string]: any }): (string|null);
                static fromObject(d: { [k: string]: any }): everyclass.identity.v1.ExchangeRegistrationResponse;
                static toObject(m: everyclass.identity.v1.ExchangeRegistrationResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace ExchangeRegistrationResponse {
                interface $Properties {
                    formToken?: (string|null);
                    account?: (everyclass.identity.v1.Account.$Properties|null);
                    expiresAt?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = everyclass.identity.v1.ExchangeRegistrationResponse.$Properties;
            }

            interface ICheckRegistrationRequest extends everyclass.identity.v1.CheckRegistrationRequest.$Properties {
            }

            class CheckRegistrationRequest {
                constructor(p?: everyclass.identity.v1.CheckRegistrationRequest.$Properties);
                $unknowns?: Uint8Array[];
                token: string;
                static create(properties: everyclass.identity.v1.CheckRegistrationRequest.$Shape): everyclass.identity.v1.CheckRegistrationRequest & everyclass.identity.v1.CheckRegistrationRequest.$Shape;
                static create(properties?: everyclass.identity.v1.CheckRegistrationRequest.$Properties): everyclass.identity.v1.CheckRegistrationRequest;
                static encode(m: everyclass.identity.v1.CheckRegistrationRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static encodeDelimited(message: everyclass.identity.v1.CheckRegistrationRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): everyclass.identity.v1.CheckRegistrationRequest & everyclass.identity.v1.CheckRegistrationRequest.$Shape;
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): everyclass.identity.v1.CheckRegistrationRequest & everyclass.identity.v1.CheckRegistrationRequest.$Shape;
                static verify(m: { [k: string]: any }): (string|null);
                static fromObject(d: { [k: string]: any }): everyclass.identity.v1.CheckRegistrationRequest;
                static toObject(m: everyclass.identity.v1.CheckRegistrationRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace CheckRegistrationRequest {
                interface $Properties {
                    token?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = everyclass.identity.v1.CheckRegistrationRequest.$Properties;
            }

            interface ICheckRegistrationResponse extends everyclass.identity.v1.CheckRegistrationResponse.$Properties {
            }

            class CheckRegistrationResponse {
                constructor(p?: everyclass.identity.v1.CheckRegistrationResponse.$Properties);
                $unknowns?: Uint8Array[];
                account?: (everyclass.identity.v1.Account.$Properties|null);
                static create(properties: everyclass.identity.v1.CheckRegistrationResponse.$Shape): everyclass.identity.v1.CheckRegistrationResponse & everyclass.identity.v1.CheckRegistrationResponse.$Shape;
                static create(properties?: everyclass.identity.v1.CheckRegistrationResponse.$Properties): everyclass.identity.v1.CheckRegistrationResponse;
                static encode(m: everyclass.identity.v1.CheckRegistrationResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static encodeDelimited(message: everyclass.identity.v1.CheckRegistrationResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): everyclass.identity.v1.CheckRegistrationResponse & everyclass.identity.v1.CheckRegistrationResponse.$Shape;
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): everyclass.identity.v1.CheckRegistrationResponse & everyclass.identity.v1.CheckRegistrationResponse.$Shape;
                static verify(m: { [k: string]: any }): (string|null);
                static fromObject(d: { [k: string]: any }): everyclass.identity.v1.CheckRegistrationResponse;
                static toObject(m: everyclass.identity.v1.CheckRegistrationResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace CheckRegistrationResponse {
                interface $Properties {
                    account?: (everyclass.identity.v1.Account.$Properties|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = everyclass.identity.v1.CheckRegistrationResponse.$Properties;
            }

            interface ICompleteRegistrationRequest extends everyclass.identity.v1.CompleteRegistrationRequest.$Properties {
            }

            class CompleteRegistrationRequest {
                constructor(p?: everyclass.identity.v1.CompleteRegistrationRequest.$Properties);
                $unknowns?: Uint8Array[];
                token: string;
                password: string;
                static create(properties: everyclass.identity.v1.CompleteRegistrationRequest.$Shape): everyclass.identity.v1.CompleteRegistrationRequest & everyclass.identity.v1.CompleteRegistrationRequest.$Shape;
                static create(properties?: everyclass.identity.v1.CompleteRegistrationRequest.$Properties): everyclass.identity.v1.CompleteRegistrationRequest;
                static encode(m: everyclass.identity.v1.CompleteRegistrationRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static encodeDelimited(message: everyclass.identity.v1.CompleteRegistrationRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): everyclass.identity.v1.CompleteRegistrationRequest & everyclass.identity.v1.CompleteRegistrationRequest.$Shape;
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): everyclass.identity.v1.CompleteRegistrationRequest & everyclass.identity.v1.CompleteRegistrationRequest.$Shape;
                static verify(m: { [k: string]: any }): (string|null);
                static fromObject(d: { [k: string]: any }): everyclass.identity.v1.CompleteRegistrationRequest;
                static toObject(m: everyclass.identity.v1.CompleteRegistrationRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace CompleteRegistrationRequest {
                interface $Properties {
                    token?: (string|null);
                    password?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = everyclass.identity.v1.CompleteRegistrationRequest.$Properties;
            }

            interface ILoginRequest extends everyclass.identity.v1.LoginRequest.$Properties {
            }

            class LoginRequest {
                constructor(p?: everyclass.identity.v1.LoginRequest.$Properties);
                $unknowns?: Uint8Array[];
                studentCode: string;
                password: string;
                clientAddress: string;
                static create(properties: everyclass.identity.v1.LoginRequest.$Shape): everyclass.identity.v1.LoginRequest & everyclass.identity.v1.LoginRequest.$Shape;
                static create(properties?: everyclass.identity.v1.LoginRequest.$Properties): everyclass.identity.v1.LoginRequest;
                static encode(m: everyclass.identity.v1.LoginRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static encodeDelimited(message: everyclass.identity.v1.LoginRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): everyclass.identity.v1.LoginRequest & everyclass.identity.v1.LoginRequest.$Shape;
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): everyclass.identity.v1.LoginRequest & everyclass.identity.v1.LoginRequest.$Shape;
                static verify(m: { [k: string]: any }): (string|null);
                static fromObject(d: { [k: string]: any }): everyclass.identity.v1.LoginRequest;
                static toObject(m: everyclass.identity.v1.LoginRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace LoginRequest {
                interface $Properties {
                    studentCode?: (string|null);
                    password?: (string|null);
                    clientAddress?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = everyclass.identity.v1.LoginRequest.$Properties;
            }

            interface IGetSessionRequest extends everyclass.identity.v1.GetSessionRequest.$Properties {
            }

            class GetSessionRequest {
                constructor(p?: everyclass.identity.v1.GetSessionRequest.$Properties);
                $unknowns?: Uint8Array[];
                session: string;
                static create(properties: everyclass.identity.v1.GetSessionRequest.$Shape): everyclass.identity.v1.GetSessionRequest & everyclass.identity.v1.GetSessionRequest.$Shape;
                static create(properties?: everyclass.identity.v1.GetSessionRequest.$Properties): everyclass.identity.v1.GetSessionRequest;
                static encode(m: everyclass.identity.v1.GetSessionRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static encodeDelimited(message: everyclass.identity.v1.GetSessionRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): everyclass.identity.v1.GetSessionRequest & everyclass.identity.v1.GetSessionRequest.$Shape;
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): everyclass.identity.v1.GetSessionRequest & everyclass.identity.v1.GetSessionRequest.$Shape;
                static verify(m: { [k: string]: any }): (string|null);
                static fromObject(d: { [k: string]: any }): everyclass.identity.v1.GetSessionRequest;
                static toObject(m: everyclass.identity.v1.GetSessionRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace GetSessionRequest {
                interface $Properties {
                    session?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = everyclass.identity.v1.GetSessionRequest.$Properties;
            }

            interface ILogoutRequest extends everyclass.identity.v1.LogoutRequest.$Properties {
            }

            class LogoutRequest {
                constructor(p?: everyclass.identity.v1.LogoutRequest.$Properties);
                $unknowns?: Uint8Array[];
                session: string;
                static create(properties: everyclass.identity.v1.LogoutRequest.$Shape): everyclass.identity.v1.LogoutRequest & everyclass.identity.v1.LogoutRequest.$Shape;
                static create(properties?: everyclass.identity.v1.LogoutRequest.$Properties): everyclass.identity.v1.LogoutRequest;
                static encode(m: everyclass.identity.v1.LogoutRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static encodeDelimited(message: everyclass.identity.v1.LogoutRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): everyclass.identity.v1.LogoutRequest & everyclass.identity.v1.LogoutRequest.$Shape;
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): everyclass.identity.v1.LogoutRequest & everyclass.identity.v1.LogoutRequest.$Shape;
                static verify(m: { [k: string]: any }): (string|null);
                static fromObject(d: { [k: string]: any }): everyclass.identity.v1.LogoutRequest;
                static toObject(m: everyclass.identity.v1.LogoutRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace LogoutRequest {
                interface $Properties {
                    session?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = everyclass.identity.v1.LogoutRequest.$Properties;
            }

            interface ILogoutResponse extends everyclass.identity.v1.LogoutResponse.$Properties {
            }

            class LogoutResponse {
                constructor(p?: everyclass.identity.v1.LogoutResponse.$Properties);
                $unknowns?: Uint8Array[];
                static create(properties: everyclass.identity.v1.LogoutResponse.$Shape): everyclass.identity.v1.LogoutResponse & everyclass.identity.v1.LogoutResponse.$Shape;
                static create(properties?: everyclass.identity.v1.LogoutResponse.$Properties): everyclass.identity.v1.LogoutResponse;
                static encode(m: everyclass.identity.v1.LogoutResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static encodeDelimited(message: everyclass.identity.v1.LogoutResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): everyclass.identity.v1.LogoutResponse & everyclass.identity.v1.LogoutResponse.$Shape;
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): everyclass.identity.v1.LogoutResponse & everyclass.identity.v1.LogoutResponse.$Shape;
                static verify(m: { [k: string]: any }): (string|null);
                static fromObject(d: { [k: string]: any }): everyclass.identity.v1.LogoutResponse;
                static toObject(m: everyclass.identity.v1.LogoutResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace LogoutResponse {
                interface $Properties {
                    $unknowns?: Uint8Array[];
                }
                type $Shape = everyclass.identity.v1.LogoutResponse.$Properties;
            }

            interface IGetPrivacyRequest extends everyclass.identity.v1.GetPrivacyRequest.$Properties {
            }

            class GetPrivacyRequest {
                constructor(p?: everyclass.identity.v1.GetPrivacyRequest.$Properties);
                $unknowns?: Uint8Array[];
                studentIds: string[];
                static create(properties: everyclass.identity.v1.GetPrivacyRequest.$Shape): everyclass.identity.v1.GetPrivacyRequest & everyclass.identity.v1.GetPrivacyRequest.$Shape;
                static create(properties?: everyclass.identity.v1.GetPrivacyRequest.$Properties): everyclass.identity.v1.GetPrivacyRequest;
                static encode(m: everyclass.identity.v1.GetPrivacyRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static encodeDelimited(message: everyclass.identity.v1.GetPrivacyRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): everyclass.identity.v1.GetPrivacyRequest & everyclass.identity.v1.GetPrivacyRequest.$Shape;
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): everyclass.identity.v1.GetPrivacyRequest & everyclass.identity.v1.GetPrivacyRequest.$Shape;
                static verify(m: { [k: string]: any }): (string|null);
                static fromObject(d: { [k: string]: any }): everyclass.identity.v1.GetPrivacyRequest;
                static toObject(m: everyclass.identity.v1.GetPrivacyRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace GetPrivacyRequest {
                interface $Properties {
                    studentIds?: (string[]|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = everyclass.identity.v1.GetPrivacyRequest.$Properties;
            }

            interface IGetPrivacyResponse extends everyclass.identity.v1.GetPrivacyResponse.$Properties {
            }

            class GetPrivacyResponse {
                constructor(p?: everyclass.identity.v1.GetPrivacyResponse.$Properties);
                $unknowns?: Uint8Array[];
                levels: { [k: string]: everyclass.identity.v1.PrivacyLevel };
                static create(properties: everyclass.identity.v1.GetPrivacyResponse.$Shape): everyclass.identity.v1.GetPrivacyResponse & everyclass.identity.v1.GetPrivacyResponse.$Shape;
                static create(properties?: everyclass.identity.v1.GetPrivacyResponse.$Properties): everyclass.identity.v1.GetPrivacyResponse;
                static encode(m: everyclass.identity.v1.GetPrivacyResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static encodeDelimited(message: everyclass.identity.v1.GetPrivacyResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): everyclass.identity.v1.GetPrivacyResponse & everyclass.identity.v1.GetPrivacyResponse.$Shape;
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): everyclass.identity.v1.GetPrivacyResponse & everyclass.identity.v1.GetPrivacyResponse.$Shape;
                static verify(m: { [k: string]: any }): (string|null);
                static fromObject(d: { [k: string]: any }): everyclass.identity.v1.GetPrivacyResponse;
                static toObject(m: everyclass.identity.v1.GetPrivacyResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace GetPrivacyResponse {
                interface $Properties {
                    levels?: ({ [k: string]: everyclass.identity.v1.PrivacyLevel }|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = everyclass.identity.v1.GetPrivacyResponse.$Properties;
            }

            interface ISetPrivacyRequest extends everyclass.identity.v1.SetPrivacyRequest.$Properties {
            }

            class SetPrivacyRequest {
                constructor(p?: everyclass.identity.v1.SetPrivacyRequest.$Properties);
                $unknowns?: Uint8Array[];
                session: string;
                privacy: everyclass.identity.v1.PrivacyLevel;
                static create(properties: everyclass.identity.v1.SetPrivacyRequest.$Shape): everyclass.identity.v1.SetPrivacyRequest & everyclass.identity.v1.SetPrivacyRequest.$Shape;
                static create(properties?: everyclass.identity.v1.SetPrivacyRequest.$Properties): everyclass.identity.v1.SetPrivacyRequest;
                static encode(m: everyclass.identity.v1.SetPrivacyRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static encodeDelimited(message: everyclass.identity.v1.SetPrivacyRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): everyclass.identity.v1.SetPrivacyRequest & everyclass.identity.v1.SetPrivacyRequest.$Shape;
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): everyclass.identity.v1.SetPrivacyRequest & everyclass.identity.v1.SetPrivacyRequest.$Shape;
                static verify(m: { [k: string]: any }): (string|null);
                static fromObject(d: { [k: string]: any }): everyclass.identity.v1.SetPrivacyRequest;
                static toObject(m: everyclass.identity.v1.SetPrivacyRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace SetPrivacyRequest {
                interface $Properties {
                    session?: (string|null);
                    privacy?: (everyclass.identity.v1.PrivacyLevel|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = everyclass.identity.v1.SetPrivacyRequest.$Properties;
            }

            interface ICalendarToken extends everyclass.identity.v1.CalendarToken.$Properties {
            }

            class CalendarToken {
                constructor(p?: everyclass.identity.v1.CalendarToken.$Properties);
                $unknowns?: Uint8Array[];
                id: string;
                token: string;
                semester: string;
                path: string;
                createdAt: string;
                static create(properties: everyclass.identity.v1.CalendarToken.$Shape): everyclass.identity.v1.CalendarToken & everyclass.identity.v1.CalendarToken.$Shape;
                static create(properties?: everyclass.identity.v1.CalendarToken.$Properties): everyclass.identity.v1.CalendarToken;
                static encode(m: everyclass.identity.v1.CalendarToken.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static encodeDelimited(message: everyclass.identity.v1.CalendarToken.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): everyclass.identity.v1.CalendarToken & everyclass.identity.v1.CalendarToken.$Shape;
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): everyclass.identity.v1.CalendarToken & everyclass.identity.v1.CalendarToken.$Shape;
                static verify(m: { [k: string]: any }): (string|null);
                static fromObject(d: { [k: string]: any }): everyclass.identity.v1.CalendarToken;
                static toObject(m: everyclass.identity.v1.CalendarToken, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace CalendarToken {
                interface $Properties {
                    id?: (string|null);
                    token?: (string|null);
                    semester?: (string|null);
                    path?: (string|null);
                    createdAt?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = everyclass.identity.v1.CalendarToken.$Properties;
            }

            interface ICreateCalendarTokenRequest extends everyclass.identity.v1.CreateCalendarTokenRequest.$Properties {
            }

            class CreateCalendarTokenRequest {
                constructor(p?: everyclass.identity.v1.CreateCalendarTokenRequest.$Properties);
                $unknowns?: Uint8Array[];
                session: string;
                semester: string;
                static create(properties: everyclass.identity.v1.CreateCalendarTokenRequest.$Shape): everyclass.identity.v1.CreateCalendarTokenRequest & everyclass.identity.v1.CreateCalendarTokenRequest.$Shape;
                static create(properties?: everyclass.identity.v1.CreateCalendarTokenRequest.$Properties): everyclass.identity.v1.CreateCalendarTokenRequest;
                static encode(m: everyclass.identity.v1.CreateCalendarTokenRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static encodeDelimited(message: everyclass.identity.v1.CreateCalendarTokenRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): everyclass.identity.v1.CreateCalendarTokenRequest & everyclass.identity.v1.CreateCalendarTokenRequest.$Shape;
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): everyclass.identity.v1.CreateCalendarTokenRequest & everyclass.identity.v1.CreateCalendarTokenRequest.$Shape;
                static verify(m: { [k: string]: any }): (string|null);
                static fromObject(d: { [k: string]: any }): everyclass.identity.v1.CreateCalendarTokenRequest;
                static toObject(m: everyclass.identity.v1.CreateCalendarTokenRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace CreateCalendarTokenRequest {
                interface $Properties {
                    session?: (string|null);
                    semester?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = everyclass.identity.v1.CreateCalendarTokenRequest.$Properties;
            }

            interface IListCalendarTokensRequest extends everyclass.identity.v1.ListCalendarTokensRequest.$Properties {
            }

            class ListCalendarTokensRequest {
                constructor(p?: everyclass.identity.v1.ListCalendarTokensRequest.$Properties);
                $unknowns?: Uint8Array[];
                session: string;
                static create(properties: everyclass.identity.v1.ListCalendarTokensRequest.$Shape): everyclass.identity.v1.ListCalendarTokensRequest & everyclass.identity.v1.ListCalendarTokensRequest.$Shape;
                static create(properties?: everyclass.identity.v1.ListCalendarTokensRequest.$Properties): everyclass.identity.v1.ListCalendarTokensRequest;
                static encode(m: everyclass.identity.v1.ListCalendarTokensRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static encodeDelimited(message: everyclass.identity.v1.ListCalendarTokensRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): everyclass.identity.v1.ListCalendarTokensRequest & everyclass.identity.v1.ListCalendarTokensRequest.$Shape;
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): everyclass.identity.v1.ListCalendarTokensRequest & everyclass.identity.v1.ListCalendarTokensRequest.$Shape;
                static verify(m: { [k: string]: any }): (string|null);
                static fromObject(d: { [k: string]: any }): everyclass.identity.v1.ListCalendarTokensRequest;
                static toObject(m: everyclass.identity.v1.ListCalendarTokensRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace ListCalendarTokensRequest {
                interface $Properties {
                    session?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = everyclass.identity.v1.ListCalendarTokensRequest.$Properties;
            }

            interface IListCalendarTokensResponse extends everyclass.identity.v1.ListCalendarTokensResponse.$Properties {
            }

            class ListCalendarTokensResponse {
                constructor(p?: everyclass.identity.v1.ListCalendarTokensResponse.$Properties);
                $unknowns?: Uint8Array[];
                tokens: everyclass.identity.v1.CalendarToken.$Properties[];
                static create(properties: everyclass.identity.v1.ListCalendarTokensResponse.$Shape): everyclass.identity.v1.ListCalendarTokensResponse & everyclass.identity.v1.ListCalendarTokensResponse.$Shape;
                static create(properties?: everyclass.identity.v1.ListCalendarTokensResponse.$Properties): everyclass.identity.v1.ListCalendarTokensResponse;
                static encode(m: everyclass.identity.v1.ListCalendarTokensResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static encodeDelimited(message: everyclass.identity.v1.ListCalendarTokensResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): everyclass.identity.v1.ListCalendarTokensResponse & everyclass.identity.v1.ListCalendarTokensResponse.$Shape;
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): everyclass.identity.v1.ListCalendarTokensResponse & everyclass.identity.v1.ListCalendarTokensResponse.$Shape;
                static verify(m: { [k: string]: any }): (string|null);
                static fromObject(d: { [k: string]: any }): everyclass.identity.v1.ListCalendarTokensResponse;
                static toObject(m: everyclass.identity.v1.ListCalendarTokensResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace ListCalendarTokensResponse {
                interface $Properties {
                    tokens?: (everyclass.identity.v1.CalendarToken.$Properties[]|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = everyclass.identity.v1.ListCalendarTokensResponse.$Properties;
            }

            interface IRevokeCalendarTokenRequest extends everyclass.identity.v1.RevokeCalendarTokenRequest.$Properties {
            }

            class RevokeCalendarTokenRequest {
                constructor(p?: everyclass.identity.v1.RevokeCalendarTokenRequest.$Properties);
                $unknowns?: Uint8Array[];
                session: string;
                id: string;
                static create(properties: everyclass.identity.v1.RevokeCalendarTokenRequest.$Shape): everyclass.identity.v1.RevokeCalendarTokenRequest & everyclass.identity.v1.RevokeCalendarTokenRequest.$Shape;
                static create(properties?: everyclass.identity.v1.RevokeCalendarTokenRequest.$Properties): everyclass.identity.v1.RevokeCalendarTokenRequest;
                static encode(m: everyclass.identity.v1.RevokeCalendarTokenRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static encodeDelimited(message: everyclass.identity.v1.RevokeCalendarTokenRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): everyclass.identity.v1.RevokeCalendarTokenRequest & everyclass.identity.v1.RevokeCalendarTokenRequest.$Shape;
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): everyclass.identity.v1.RevokeCalendarTokenRequest & everyclass.identity.v1.RevokeCalendarTokenRequest.$Shape;
                static verify(m: { [k: string]: any }): (string|null);
                static fromObject(d: { [k: string]: any }): everyclass.identity.v1.RevokeCalendarTokenRequest;
                static toObject(m: everyclass.identity.v1.RevokeCalendarTokenRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace RevokeCalendarTokenRequest {
                interface $Properties {
                    session?: (string|null);
                    id?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = everyclass.identity.v1.RevokeCalendarTokenRequest.$Properties;
            }

            interface IRevokeCalendarTokenResponse extends everyclass.identity.v1.RevokeCalendarTokenResponse.$Properties {
            }

            class RevokeCalendarTokenResponse {
                constructor(p?: everyclass.identity.v1.RevokeCalendarTokenResponse.$Properties);
                $unknowns?: Uint8Array[];
                static create(properties: everyclass.identity.v1.RevokeCalendarTokenResponse.$Shape): everyclass.identity.v1.RevokeCalendarTokenResponse & everyclass.identity.v1.RevokeCalendarTokenResponse.$Shape;
                static create(properties?: everyclass.identity.v1.RevokeCalendarTokenResponse.$Properties): everyclass.identity.v1.RevokeCalendarTokenResponse;
                static encode(m: everyclass.identity.v1.RevokeCalendarTokenResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static encodeDelimited(message: everyclass.identity.v1.RevokeCalendarTokenResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): everyclass.identity.v1.RevokeCalendarTokenResponse & everyclass.identity.v1.RevokeCalendarTokenResponse.$Shape;
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): everyclass.identity.v1.RevokeCalendarTokenResponse & everyclass.identity.v1.RevokeCalendarTokenResponse.$Shape;
                static verify(m: { [k: string]: any }): (string|null);
                static fromObject(d: { [k: string]: any }): everyclass.identity.v1.RevokeCalendarTokenResponse;
                static toObject(m: everyclass.identity.v1.RevokeCalendarTokenResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace RevokeCalendarTokenResponse {
                interface $Properties {
                    $unknowns?: Uint8Array[];
                }
                type $Shape = everyclass.identity.v1.RevokeCalendarTokenResponse.$Properties;
            }

            interface IResetCalendarTokensRequest extends everyclass.identity.v1.ResetCalendarTokensRequest.$Properties {
            }

            class ResetCalendarTokensRequest {
                constructor(p?: everyclass.identity.v1.ResetCalendarTokensRequest.$Properties);
                $unknowns?: Uint8Array[];
                session: string;
                static create(properties: everyclass.identity.v1.ResetCalendarTokensRequest.$Shape): everyclass.identity.v1.ResetCalendarTokensRequest & everyclass.identity.v1.ResetCalendarTokensRequest.$Shape;
                static create(properties?: everyclass.identity.v1.ResetCalendarTokensRequest.$Properties): everyclass.identity.v1.ResetCalendarTokensRequest;
                static encode(m: everyclass.identity.v1.ResetCalendarTokensRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static encodeDelimited(message: everyclass.identity.v1.ResetCalendarTokensRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): everyclass.identity.v1.ResetCalendarTokensRequest & everyclass.identity.v1.ResetCalendarTokensRequest.$Shape;
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): everyclass.identity.v1.ResetCalendarTokensRequest & everyclass.identity.v1.ResetCalendarTokensRequest.$Shape;
                static verify(m: { [k: string]: any }): (string|null);
                static fromObject(d: { [k: string]: any }): everyclass.identity.v1.ResetCalendarTokensRequest;
                static toObject(m: everyclass.identity.v1.ResetCalendarTokensRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace ResetCalendarTokensRequest {
                interface $Properties {
                    session?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = everyclass.identity.v1.ResetCalendarTokensRequest.$Properties;
            }

            interface IResolveCalendarTokenRequest extends everyclass.identity.v1.ResolveCalendarTokenRequest.$Properties {
            }

            class ResolveCalendarTokenRequest {
                constructor(p?: everyclass.identity.v1.ResolveCalendarTokenRequest.$Properties);
                $unknowns?: Uint8Array[];
                token: string;
                static create(properties: everyclass.identity.v1.ResolveCalendarTokenRequest.$Shape): everyclass.identity.v1.ResolveCalendarTokenRequest & everyclass.identity.v1.ResolveCalendarTokenRequest.$Shape;
                static create(properties?: everyclass.identity.v1.ResolveCalendarTokenRequest.$Properties): everyclass.identity.v1.ResolveCalendarTokenRequest;
                static encode(m: everyclass.identity.v1.ResolveCalendarTokenRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static encodeDelimited(message: everyclass.identity.v1.ResolveCalendarTokenRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): everyclass.identity.v1.ResolveCalendarTokenRequest & everyclass.identity.v1.ResolveCalendarTokenRequest.$Shape;
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): everyclass.identity.v1.ResolveCalendarTokenRequest & everyclass.identity.v1.ResolveCalendarTokenRequest.$Shape;
                static verify(m: { [k: string]: any }): (string|null);
                static fromObject(d: { [k: string]: any }): everyclass.identity.v1.ResolveCalendarTokenRequest;
                static toObject(m: everyclass.identity.v1.ResolveCalendarTokenRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace ResolveCalendarTokenRequest {
                interface $Properties {
                    token?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = everyclass.identity.v1.ResolveCalendarTokenRequest.$Properties;
            }

            interface IResolveCalendarTokenResponse extends everyclass.identity.v1.ResolveCalendarTokenResponse.$Properties {
            }

            class ResolveCalendarTokenResponse {
                constructor(p?: everyclass.identity.v1.ResolveCalendarTokenResponse.$Properties);
                $unknowns?: Uint8Array[];
                studentId: string;
                semester: string;
                hidden: boolean;
                static create(properties: everyclass.identity.v1.ResolveCalendarTokenResponse.$Shape): everyclass.identity.v1.ResolveCalendarTokenResponse & everyclass.identity.v1.ResolveCalendarTokenResponse.$Shape;
                static create(properties?: everyclass.identity.v1.ResolveCalendarTokenResponse.$Properties): everyclass.identity.v1.ResolveCalendarTokenResponse;
                static encode(m: everyclass.identity.v1.ResolveCalendarTokenResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static encodeDelimited(message: everyclass.identity.v1.ResolveCalendarTokenResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): everyclass.identity.v1.ResolveCalendarTokenResponse & everyclass.identity.v1.ResolveCalendarTokenResponse.$Shape;
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): everyclass.identity.v1.ResolveCalendarTokenResponse & everyclass.identity.v1.ResolveCalendarTokenResponse.$Shape;
                static verify(m: { [k: string]: any }): (string|null);
                static fromObject(d: { [k: string]: any }): everyclass.identity.v1.ResolveCalendarTokenResponse;
                static toObject(m: everyclass.identity.v1.ResolveCalendarTokenResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace ResolveCalendarTokenResponse {
                interface $Properties {
                    studentId?: (string|null);
                    semester?: (string|null);
                    hidden?: (boolean|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = everyclass.identity.v1.ResolveCalendarTokenResponse.$Properties;
            }

            interface IRecordViewRequest extends everyclass.identity.v1.RecordViewRequest.$Properties {
            }

            class RecordViewRequest {
                constructor(p?: everyclass.identity.v1.RecordViewRequest.$Properties);
                $unknowns?: Uint8Array[];
                studentId: string;
                session: string;
                static create(properties: everyclass.identity.v1.RecordViewRequest.$Shape): everyclass.identity.v1.RecordViewRequest & everyclass.identity.v1.RecordViewRequest.$Shape;
                static create(properties?: everyclass.identity.v1.RecordViewRequest.$Properties): everyclass.identity.v1.RecordViewRequest;
                static encode(m: everyclass.identity.v1.RecordViewRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static encodeDelimited(message: everyclass.identity.v1.RecordViewRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): everyclass.identity.v1.RecordViewRequest & everyclass.identity.v1.RecordViewRequest.$Shape;
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): everyclass.identity.v1.RecordViewRequest & everyclass.identity.v1.RecordViewRequest.$Shape;
                static verify(m: { [k: string]: any }): (string|null);
                static fromObject(d: { [k: string]: any }): everyclass.identity.v1.RecordViewRequest;
                static toObject(m: everyclass.identity.v1.RecordViewRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace RecordViewRequest {
                interface $Properties {
                    studentId?: (string|null);
                    session?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = everyclass.identity.v1.RecordViewRequest.$Properties;
            }

            interface IRecordViewResponse extends everyclass.identity.v1.RecordViewResponse.$Properties {
            }

            class RecordViewResponse {
                constructor(p?: everyclass.identity.v1.RecordViewResponse.$Properties);
                $unknowns?: Uint8Array[];
                static create(properties: everyclass.identity.v1.RecordViewResponse.$Shape): everyclass.identity.v1.RecordViewResponse & everyclass.identity.v1.RecordViewResponse.$Shape;
                static create(properties?: everyclass.identity.v1.RecordViewResponse.$Properties): everyclass.identity.v1.RecordViewResponse;
                static encode(m: everyclass.identity.v1.RecordViewResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static encodeDelimited(message: everyclass.identity.v1.RecordViewResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): everyclass.identity.v1.RecordViewResponse & everyclass.identity.v1.RecordViewResponse.$Shape;
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): everyclass.identity.v1.RecordViewResponse & everyclass.identity.v1.RecordViewResponse.$Shape;
                static verify(m: { [k: string]: any }): (string|null);
                static fromObject(d: { [k: string]: any }): everyclass.identity.v1.RecordViewResponse;
                static toObject(m: everyclass.identity.v1.RecordViewResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace RecordViewResponse {
                interface $Properties {
                    $unknowns?: Uint8Array[];
                }
                type $Shape = everyclass.identity.v1.RecordViewResponse.$Properties;
            }

            interface IViewTimetableRequest extends everyclass.identity.v1.ViewTimetableRequest.$Properties {
            }

            class ViewTimetableRequest {
                constructor(p?: everyclass.identity.v1.ViewTimetableRequest.$Properties);
                $unknowns?: Uint8Array[];
                studentId: string;
                session: string;
                static create(properties: everyclass.identity.v1.ViewTimetableRequest.$Shape): everyclass.identity.v1.ViewTimetableRequest & everyclass.identity.v1.ViewTimetableRequest.$Shape;
                static create(properties?: everyclass.identity.v1.ViewTimetableRequest.$Properties): everyclass.identity.v1.ViewTimetableRequest;
                static encode(m: everyclass.identity.v1.ViewTimetableRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static encodeDelimited(message: everyclass.identity.v1.ViewTimetableRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): everyclass.identity.v1.ViewTimetableRequest & everyclass.identity.v1.ViewTimetableRequest.$Shape;
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): everyclass.identity.v1.ViewTimetableRequest & everyclass.identity.v1.ViewTimetableRequest.$Shape;
                static verify(m: { [k: string]: any }): (string|null);
                static fromObject(d: { [k: string]: any }): everyclass.identity.v1.ViewTimetableRequest;
                static toObject(m: everyclass.identity.v1.ViewTimetableRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace ViewTimetableRequest {
                interface $Properties {
                    studentId?: (string|null);
                    session?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = everyclass.identity.v1.ViewTimetableRequest.$Properties;
            }

            interface IViewTimetableResponse extends everyclass.identity.v1.ViewTimetableResponse.$Properties {
            }

            class ViewTimetableResponse {
                constructor(p?: everyclass.identity.v1.ViewTimetableResponse.$Properties);
                $unknowns?: Uint8Array[];
                viewer?: (everyclass.identity.v1.Account.$Properties|null);
                privacy: everyclass.identity.v1.PrivacyLevel;
                granted: boolean;
                request: everyclass.identity.v1.AccessStatus;
                static create(properties: everyclass.identity.v1.ViewTimetableResponse.$Shape): everyclass.identity.v1.ViewTimetableResponse & everyclass.identity.v1.ViewTimetableResponse.$Shape;
                static create(properties?: everyclass.identity.v1.ViewTimetableResponse.$Properties): everyclass.identity.v1.ViewTimetableResponse;
                static encode(m: everyclass.identity.v1.ViewTimetableResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static encodeDelimited(message: everyclass.identity.v1.ViewTimetableResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): everyclass.identity.v1.ViewTimetableResponse & everyclass.identity.v1.ViewTimetableResponse.$Shape;
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): everyclass.identity.v1.ViewTimetableResponse & everyclass.identity.v1.ViewTimetableResponse.$Shape;
                static verify(m: { [k: string]: any }): (string|null);
                static fromObject(d: { [k: string]: any }): everyclass.identity.v1.ViewTimetableResponse;
                static toObject(m: everyclass.identity.v1.ViewTimetableResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace ViewTimetableResponse {
                interface $Properties {
                    viewer?: (everyclass.identity.v1.Account.$Properties|null);
                    privacy?: (everyclass.identity.v1.PrivacyLevel|null);
                    granted?: (boolean|null);
                    request?: (everyclass.identity.v1.AccessStatus|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = everyclass.identity.v1.ViewTimetableResponse.$Properties;
            }

            interface IListVisitorsRequest extends everyclass.identity.v1.ListVisitorsRequest.$Properties {
            }

            class ListVisitorsRequest {
                constructor(p?: everyclass.identity.v1.ListVisitorsRequest.$Properties);
                $unknowns?: Uint8Array[];
                session: string;
                limit: number;
                static create(properties: everyclass.identity.v1.ListVisitorsRequest.$Shape): everyclass.identity.v1.ListVisitorsRequest & everyclass.identity.v1.ListVisitorsRequest.$Shape;
                static create(properties?: everyclass.identity.v1.ListVisitorsRequest.$Properties): everyclass.identity.v1.ListVisitorsRequest;
                static encode(m: everyclass.identity.v1.ListVisitorsRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static encodeDelimited(message: everyclass.identity.v1.ListVisitorsRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): everyclass.identity.v1.ListVisitorsRequest & everyclass.identity.v1.ListVisitorsRequest.$Shape;
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): everyclass.identity.v1.ListVisitorsRequest & everyclass.identity.v1.ListVisitorsRequest.$Shape;
                static verify(m: { [k: string]: any }): (string|null);
                static fromObject(d: { [k: string]: any }): everyclass.identity.v1.ListVisitorsRequest;
                static toObject(m: everyclass.identity.v1.ListVisitorsRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace ListVisitorsRequest {
                interface $Properties {
                    session?: (string|null);
                    limit?: (number|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = everyclass.identity.v1.ListVisitorsRequest.$Properties;
            }

            interface IVisitor extends everyclass.identity.v1.Visitor.$Properties {
            }

            class Visitor {
                constructor(p?: everyclass.identity.v1.Visitor.$Properties);
                $unknowns?: Uint8Array[];
                studentId: string;
                name: string;
                lastSeenAt: string;
                count: number;
                static create(properties: everyclass.identity.v1.Visitor.$Shape): everyclass.identity.v1.Visitor & everyclass.identity.v1.Visitor.$Shape;
                static create(properties?: everyclass.identity.v1.Visitor.$Properties): everyclass.identity.v1.Visitor;
                static encode(m: everyclass.identity.v1.Visitor.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static encodeDelimited(message: everyclass.identity.v1.Visitor.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): everyclass.identity.v1.Visitor & everyclass.identity.v1.Visitor.$Shape;
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): everyclass.identity.v1.Visitor & everyclass.identity.v1.Visitor.$Shape;
                static verify(m: { [k: string]: any }): (string|null);
                static fromObject(d: { [k: string]: any }): everyclass.identity.v1.Visitor;
                static toObject(m: everyclass.identity.v1.Visitor, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace Visitor {
                interface $Properties {
                    studentId?: (string|null);
                    name?: (string|null);
                    lastSeenAt?: (string|null);
                    count?: (number|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = everyclass.identity.v1.Visitor.$Properties;
            }

            interface IListVisitorsResponse extends everyclass.identity.v1.ListVisitorsResponse.$Properties {
            }

            class ListVisitorsResponse {
                constructor(p?: everyclass.identity.v1.ListVisitorsResponse.$Properties);
                $unknowns?: Uint8Array[];
                visitors: everyclass.identity.v1.Visitor.$Properties[];
                anonymousCount: number;
                static create(properties: everyclass.identity.v1.ListVisitorsResponse.$Shape): everyclass.identity.v1.ListVisitorsResponse & everyclass.identity.v1.ListVisitorsResponse.$Shape;
                static create(properties?: everyclass.identity.v1.ListVisitorsResponse.$Properties): everyclass.identity.v1.ListVisitorsResponse;
                static encode(m: everyclass.identity.v1.ListVisitorsResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static encodeDelimited(message: everyclass.identity.v1.ListVisitorsResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): everyclass.identity.v1.ListVisitorsResponse & everyclass.identity.v1.ListVisitorsResponse.$Shape;
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): everyclass.identity.v1.ListVisitorsResponse & everyclass.identity.v1.ListVisitorsResponse.$Shape;
                static verify(m: { [k: string]: any }): (string|null);
                static fromObject(d: { [k: string]: any }): everyclass.identity.v1.ListVisitorsResponse;
                static toObject(m: everyclass.identity.v1.ListVisitorsResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace ListVisitorsResponse {
                interface $Properties {
                    visitors?: (everyclass.identity.v1.Visitor.$Properties[]|null);
                    anonymousCount?: (number|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = everyclass.identity.v1.ListVisitorsResponse.$Properties;
            }

            interface ICreateFeedLinkRequest extends everyclass.identity.v1.CreateFeedLinkRequest.$Properties {
            }

            class CreateFeedLinkRequest {
                constructor(p?: everyclass.identity.v1.CreateFeedLinkRequest.$Properties);
                $unknowns?: Uint8Array[];
                session: string;
                ownerId: string;
                semester: string;
                static create(properties: everyclass.identity.v1.CreateFeedLinkRequest.$Shape): everyclass.identity.v1.CreateFeedLinkRequest & everyclass.identity.v1.CreateFeedLinkRequest.$Shape;
                static create(properties?: everyclass.identity.v1.CreateFeedLinkRequest.$Properties): everyclass.identity.v1.CreateFeedLinkRequest;
                static encode(m: everyclass.identity.v1.CreateFeedLinkRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static encodeDelimited(message: everyclass.identity.v1.CreateFeedLinkRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): everyclass.identity.v1.CreateFeedLinkRequest & everyclass.identity.v1.CreateFeedLinkRequest.$Shape;
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): everyclass.identity.v1.CreateFeedLinkRequest & everyclass.identity.v1.CreateFeedLinkRequest.$Shape;
                static verify(m: { [k: string]: any }): (string|null);
                static fromObject(d: { [k: string]: any }): everyclass.identity.v1.CreateFeedLinkRequest;
                static toObject(m: everyclass.identity.v1.CreateFeedLinkRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace CreateFeedLinkRequest {
                interface $Properties {
                    session?: (string|null);
                    ownerId?: (string|null);
                    semester?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = everyclass.identity.v1.CreateFeedLinkRequest.$Properties;
            }

            interface IFeedLink extends everyclass.identity.v1.FeedLink.$Properties {
            }

            class FeedLink {
                constructor(p?: everyclass.identity.v1.FeedLink.$Properties);
                $unknowns?: Uint8Array[];
                token: string;
                path: string;
                static create(properties: everyclass.identity.v1.FeedLink.$Shape): everyclass.identity.v1.FeedLink & everyclass.identity.v1.FeedLink.$Shape;
                static create(properties?: everyclass.identity.v1.FeedLink.$Properties): everyclass.identity.v1.FeedLink;
                static encode(m: everyclass.identity.v1.FeedLink.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static encodeDelimited(message: everyclass.identity.v1.FeedLink.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): everyclass.identity.v1.FeedLink & everyclass.identity.v1.FeedLink.$Shape;
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): everyclass.identity.v1.FeedLink & everyclass.identity.v1.FeedLink.$Shape;
                static verify(m: { [k: string]: any }): (string|null);
                static fromObject(d: { [k: string]: any }): everyclass.identity.v1.FeedLink;
                static toObject(m: everyclass.identity.v1.FeedLink, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace FeedLink {
                interface $Properties {
                    token?: (string|null);
                    path?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = everyclass.identity.v1.FeedLink.$Properties;
            }

            interface ICheckVisibilityRequest extends everyclass.identity.v1.CheckVisibilityRequest.$Properties {
            }

            class CheckVisibilityRequest {
                constructor(p?: everyclass.identity.v1.CheckVisibilityRequest.$Properties);
                $unknowns?: Uint8Array[];
                session: string;
                studentIds: string[];
                static create(properties: everyclass.identity.v1.CheckVisibilityRequest.$Shape): everyclass.identity.v1.CheckVisibilityRequest & everyclass.identity.v1.CheckVisibilityRequest.$Shape;
                static create(properties?: everyclass.identity.v1.CheckVisibilityRequest.$Properties): everyclass.identity.v1.CheckVisibilityRequest;
                static encode(m: everyclass.identity.v1.CheckVisibilityRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static encodeDelimited(message: everyclass.identity.v1.CheckVisibilityRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): everyclass.identity.v1.CheckVisibilityRequest & everyclass.identity.v1.CheckVisibilityRequest.$Shape;
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): everyclass.identity.v1.CheckVisibilityRequest & everyclass.identity.v1.CheckVisibilityRequest.$Shape;
                static verify(m: { [k: string]: any }): (string|null);
                static fromObject(d: { [k: string]: any }): everyclass.identity.v1.CheckVisibilityRequest;
                static toObject(m: everyclass.identity.v1.CheckVisibilityRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace CheckVisibilityRequest {
                interface $Properties {
                    session?: (string|null);
                    studentIds?: (string[]|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = everyclass.identity.v1.CheckVisibilityRequest.$Properties;
            }

            interface ICheckVisibilityResponse extends everyclass.identity.v1.CheckVisibilityResponse.$Properties {
            }

            class CheckVisibilityResponse {
                constructor(p?: everyclass.identity.v1.CheckVisibilityResponse.$Properties);
                $unknowns?: Uint8Array[];
                visible: { [k: string]: boolean };
                static create(properties: everyclass.identity.v1.CheckVisibilityResponse.$Shape): everyclass.identity.v1.CheckVisibilityResponse & everyclass.identity.v1.CheckVisibilityResponse.$Shape;
                static create(properties?: everyclass.identity.v1.CheckVisibilityResponse.$Properties): everyclass.identity.v1.CheckVisibilityResponse;
                static encode(m: everyclass.identity.v1.CheckVisibilityResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static encodeDelimited(message: everyclass.identity.v1.CheckVisibilityResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): everyclass.identity.v1.CheckVisibilityResponse & everyclass.identity.v1.CheckVisibilityResponse.$Shape;
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): everyclass.identity.v1.CheckVisibilityResponse & everyclass.identity.v1.CheckVisibilityResponse.$Shape;
                static verify(m: { [k: string]: any }): (string|null);
                static fromObject(d: { [k: string]: any }): everyclass.identity.v1.CheckVisibilityResponse;
                static toObject(m: everyclass.identity.v1.CheckVisibilityResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace CheckVisibilityResponse {
                interface $Properties {
                    visible?: ({ [k: string]: boolean }|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = everyclass.identity.v1.CheckVisibilityResponse.$Properties;
            }

            enum AccessStatus {
                NONE = 0,
                PENDING = 1,
                ACCEPTED = 2,
                DECLINED = 3
            }

            interface IAccessRequest extends everyclass.identity.v1.AccessRequest.$Properties {
            }

            class AccessRequest {
                constructor(p?: everyclass.identity.v1.AccessRequest.$Properties);
                $unknowns?: Uint8Array[];
                askerId: string;
                askerName: string;
                ownerId: string;
                status: everyclass.identity.v1.AccessStatus;
                createdAt: string;
                static create(properties: everyclass.identity.v1.AccessRequest.$Shape): everyclass.identity.v1.AccessRequest & everyclass.identity.v1.AccessRequest.$Shape;
                static create(properties?: everyclass.identity.v1.AccessRequest.$Properties): everyclass.identity.v1.AccessRequest;
                static encode(m: everyclass.identity.v1.AccessRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static encodeDelimited(message: everyclass.identity.v1.AccessRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): everyclass.identity.v1.AccessRequest & everyclass.identity.v1.AccessRequest.$Shape;
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): everyclass.identity.v1.AccessRequest & everyclass.identity.v1.AccessRequest.$Shape;
                static verify(m: { [k: string]: any }): (string|null);
                static fromObject(d: { [k: string]: any }): everyclass.identity.v1.AccessRequest;
                static toObject(m: everyclass.identity.v1.AccessRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace AccessRequest {
                interface $Properties {
                    askerId?: (string|null);
                    askerName?: (string|null);
                    ownerId?: (string|null);
                    status?: (everyclass.identity.v1.AccessStatus|null);
                    createdAt?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = everyclass.identity.v1.AccessRequest.$Properties;
            }

            interface IRequestAccessRequest extends everyclass.identity.v1.RequestAccessRequest.$Properties {
            }

            class RequestAccessRequest {
                constructor(p?: everyclass.identity.v1.RequestAccessRequest.$Properties);
                $unknowns?: Uint8Array[];
                session: string;
                ownerId: string;
                static create(properties: everyclass.identity.v1.RequestAccessRequest.$Shape): everyclass.identity.v1.RequestAccessRequest & everyclass.identity.v1.RequestAccessRequest.$Shape;
                static create(properties?: everyclass.identity.v1.RequestAccessRequest.$Properties): everyclass.identity.v1.RequestAccessRequest;
                static encode(m: everyclass.identity.v1.RequestAccessRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static encodeDelimited(message: everyclass.identity.v1.RequestAccessRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): everyclass.identity.v1.RequestAccessRequest & everyclass.identity.v1.RequestAccessRequest.$Shape;
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): everyclass.identity.v1.RequestAccessRequest & everyclass.identity.v1.RequestAccessRequest.$Shape;
                static verify(m: { [k: string]: any }): (string|null);
                static fromObject(d: { [k: string]: any }): everyclass.identity.v1.RequestAccessRequest;
                static toObject(m: everyclass.identity.v1.RequestAccessRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace RequestAccessRequest {
                interface $Properties {
                    session?: (string|null);
                    ownerId?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = everyclass.identity.v1.RequestAccessRequest.$Properties;
            }

            interface IListAccessRequestsRequest extends everyclass.identity.v1.ListAccessRequestsRequest.$Properties {
            }

            class ListAccessRequestsRequest {
                constructor(p?: everyclass.identity.v1.ListAccessRequestsRequest.$Properties);
                $unknowns?: Uint8Array[];
                session: string;
                static create(properties: everyclass.identity.v1.ListAccessRequestsRequest.$Shape): everyclass.identity.v1.ListAccessRequestsRequest & everyclass.identity.v1.ListAccessRequestsRequest.$Shape;
                static create(properties?: everyclass.identity.v1.ListAccessRequestsRequest.$Properties): everyclass.identity.v1.ListAccessRequestsRequest;
                static encode(m: everyclass.identity.v1.ListAccessRequestsRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static encodeDelimited(message: everyclass.identity.v1.ListAccessRequestsRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): everyclass.identity.v1.ListAccessRequestsRequest & everyclass.identity.v1.ListAccessRequestsRequest.$Shape;
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): everyclass.identity.v1.ListAccessRequestsRequest & everyclass.identity.v1.ListAccessRequestsRequest.$Shape;
                static verify(m: { [k: string]: any }): (string|null);
                static fromObject(d: { [k: string]: any }): everyclass.identity.v1.ListAccessRequestsRequest;
                static toObject(m: everyclass.identity.v1.ListAccessRequestsRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace ListAccessRequestsRequest {
                interface $Properties {
                    session?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = everyclass.identity.v1.ListAccessRequestsRequest.$Properties;
            }

            interface IListAccessRequestsResponse extends everyclass.identity.v1.ListAccessRequestsResponse.$Properties {
            }

            class ListAccessRequestsResponse {
                constructor(p?: everyclass.identity.v1.ListAccessRequestsResponse.$Properties);
                $unknowns?: Uint8Array[];
                requests: everyclass.identity.v1.AccessRequest.$Properties[];
                static create(properties: everyclass.identity.v1.ListAccessRequestsResponse.$Shape): everyclass.identity.v1.ListAccessRequestsResponse & everyclass.identity.v1.ListAccessRequestsResponse.$Shape;
                static create(properties?: everyclass.identity.v1.ListAccessRequestsResponse.$Properties): everyclass.identity.v1.ListAccessRequestsResponse;
                static encode(m: everyclass.identity.v1.ListAccessRequestsResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static encodeDelimited(message: everyclass.identity.v1.ListAccessRequestsResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): everyclass.identity.v1.ListAccessRequestsResponse & everyclass.identity.v1.ListAccessRequestsResponse.$Shape;
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): everyclass.identity.v1.ListAccessRequestsResponse & everyclass.identity.v1.ListAccessRequestsResponse.$Shape;
                static verify(m: { [k: string]: any }): (string|null);
                static fromObject(d: { [k: string]: any }): everyclass.identity.v1.ListAccessRequestsResponse;
                static toObject(m: everyclass.identity.v1.ListAccessRequestsResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace ListAccessRequestsResponse {
                interface $Properties {
                    requests?: (everyclass.identity.v1.AccessRequest.$Properties[]|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = everyclass.identity.v1.ListAccessRequestsResponse.$Properties;
            }

            enum AccessAnswer {
                ACCESS_ANSWER_UNSPECIFIED = 0,
                ACCEPT = 1,
                DECLINE = 2,
                REVOKE = 3
            }

            interface IAnswerAccessRequestRequest extends everyclass.identity.v1.AnswerAccessRequestRequest.$Properties {
            }

            class AnswerAccessRequestRequest {
                constructor(p?: everyclass.identity.v1.AnswerAccessRequestRequest.$Properties);
                $unknowns?: Uint8Array[];
                session: string;
                askerId: string;
                answer: everyclass.identity.v1.AccessAnswer;
                static create(properties: everyclass.identity.v1.AnswerAccessRequestRequest.$Shape): everyclass.identity.v1.AnswerAccessRequestRequest & everyclass.identity.v1.AnswerAccessRequestRequest.$Shape;
                static create(properties?: everyclass.identity.v1.AnswerAccessRequestRequest.$Properties): everyclass.identity.v1.AnswerAccessRequestRequest;
                static encode(m: everyclass.identity.v1.AnswerAccessRequestRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static encodeDelimited(message: everyclass.identity.v1.AnswerAccessRequestRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): everyclass.identity.v1.AnswerAccessRequestRequest & everyclass.identity.v1.AnswerAccessRequestRequest.$Shape;
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): everyclass.identity.v1.AnswerAccessRequestRequest & everyclass.identity.v1.AnswerAccessRequestRequest.$Shape;
                static verify(m: { [k: string]: any }): (string|null);
                static fromObject(d: { [k: string]: any }): everyclass.identity.v1.AnswerAccessRequestRequest;
                static toObject(m: everyclass.identity.v1.AnswerAccessRequestRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace AnswerAccessRequestRequest {
                interface $Properties {
                    session?: (string|null);
                    askerId?: (string|null);
                    answer?: (everyclass.identity.v1.AccessAnswer|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = everyclass.identity.v1.AnswerAccessRequestRequest.$Properties;
            }
        }
    }
}
