/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $TypeError = $util.global.TypeError, $String = $util.global.String, $Array = $util.global.Array, $Number = $util.global.Number;

// Exported root namespace
const $root = $protobuf.roots["default"] || ($protobuf.roots["default"] = {});

export const everyclass = $root.everyclass = (() => {

    /**
     * Namespace everyclass.
     * @exports everyclass
     * @namespace
     */
    const everyclass = {};

    everyclass.calendar = (function() {

        /**
         * Namespace calendar.
         * @memberof everyclass
         * @namespace
         */
        const calendar = {};

        calendar.v1 = (function() {

            /**
             * Namespace v1.
             * @memberof everyclass.calendar
             * @namespace
             */
            const v1 = {};

            v1.Calendar = (function() {

                /**
                 * Constructs a new Calendar service.
                 * @memberof everyclass.calendar.v1
                 * @classdesc Represents a Calendar
                 * @extends $protobuf.rpc.Service
                 * @constructor
                 * @param {$protobuf.RPCImpl} rpcImpl RPC implementation
                 * @param {boolean} [requestDelimited=false] Whether requests are length-delimited
                 * @param {boolean} [responseDelimited=false] Whether responses are length-delimited
                 */
                const Calendar = function(rpcImpl, requestDelimited, responseDelimited) {
                    $protobuf.rpc.Service.call(this, rpcImpl, requestDelimited, responseDelimited);
                };

                $Object.defineProperty(Calendar.prototype = $Object.create($protobuf.rpc.Service.prototype), "constructor", { value: Calendar, writable: true, enumerable: false, configurable: true });

                /**
                 * Creates new Calendar service using the specified rpc implementation.
                 * @function create
                 * @memberof everyclass.calendar.v1.Calendar
                 * @static
                 * @param {$protobuf.RPCImpl} rpcImpl RPC implementation
                 * @param {boolean} [requestDelimited=false] Whether requests are length-delimited
                 * @param {boolean} [responseDelimited=false] Whether responses are length-delimited
                 * @returns {Calendar} RPC service. Useful where requests and/or responses are streamed.
                 */
                Calendar.create = function(rpcImpl, requestDelimited, responseDelimited) {
                    return new this(rpcImpl, requestDelimited, responseDelimited);
                };

                /**
                 * Callback as used by {@link everyclass.calendar.v1.Calendar#createToken}.
                 * @memberof everyclass.calendar.v1.Calendar
                 * @typedef CreateTokenCallback
                 * @type {function}
                 * @param {Error|null} error Error, if any
                 * @param {everyclass.calendar.v1.CalendarToken} [response] CalendarToken
                 */

                /**
                 * Calls CreateToken.
                 * @memberof everyclass.calendar.v1.Calendar
                 * @typedef CreateToken
                 * @type {{
                 *   (request: everyclass.calendar.v1.ICreateTokenRequest, callback: everyclass.calendar.v1.Calendar.CreateTokenCallback): void;
                 *   (request: everyclass.calendar.v1.ICreateTokenRequest): Promise<everyclass.calendar.v1.CalendarToken>;
                 *   readonly name: "CreateToken";
                 *   readonly path: "/everyclass.calendar.v1.Calendar/CreateToken";
                 *   readonly requestType: "CreateTokenRequest";
                 *   readonly responseType: "CalendarToken";
                 *   readonly requestStream: undefined;
                 *   readonly responseStream: undefined;
                 * }}
                 */

                /**
                 * Calls CreateToken.
                 * @name everyclass.calendar.v1.Calendar#createToken
                 * @type {everyclass.calendar.v1.Calendar.CreateToken}
                 */
                $Object.defineProperties(Calendar.prototype.createToken = function(request, callback) {
                    return $protobuf.rpc.Service.prototype.rpcCall.call(this, Calendar.prototype.createToken, $root.everyclass.calendar.v1.CreateTokenRequest, $root.everyclass.calendar.v1.CalendarToken, request, callback);
                }, {
                    name: { value: "CreateToken" },
                    path: { value: "/everyclass.calendar.v1.Calendar/CreateToken" },
                    requestType: { value: "CreateTokenRequest" },
                    responseType: { value: "CalendarToken" },
                    requestStream: { value: $undefined },
                    responseStream: { value: $undefined }
                });

                /**
                 * Callback as used by {@link everyclass.calendar.v1.Calendar#revokeToken}.
                 * @memberof everyclass.calendar.v1.Calendar
                 * @typedef RevokeTokenCallback
                 * @type {function}
                 * @param {Error|null} error Error, if any
                 * @param {everyclass.calendar.v1.RevokeTokenResponse} [response] RevokeTokenResponse
                 */

                /**
                 * Calls RevokeToken.
                 * @memberof everyclass.calendar.v1.Calendar
                 * @typedef RevokeToken
                 * @type {{
                 *   (request: everyclass.calendar.v1.IRevokeTokenRequest, callback: everyclass.calendar.v1.Calendar.RevokeTokenCallback): void;
                 *   (request: everyclass.calendar.v1.IRevokeTokenRequest): Promise<everyclass.calendar.v1.RevokeTokenResponse>;
                 *   readonly name: "RevokeToken";
                 *   readonly path: "/everyclass.calendar.v1.Calendar/RevokeToken";
                 *   readonly requestType: "RevokeTokenRequest";
                 *   readonly responseType: "RevokeTokenResponse";
                 *   readonly requestStream: undefined;
                 *   readonly responseStream: undefined;
                 * }}
                 */

                /**
                 * Calls RevokeToken.
                 * @name everyclass.calendar.v1.Calendar#revokeToken
                 * @type {everyclass.calendar.v1.Calendar.RevokeToken}
                 */
                $Object.defineProperties(Calendar.prototype.revokeToken = function(request, callback) {
                    return $protobuf.rpc.Service.prototype.rpcCall.call(this, Calendar.prototype.revokeToken, $root.everyclass.calendar.v1.RevokeTokenRequest, $root.everyclass.calendar.v1.RevokeTokenResponse, request, callback);
                }, {
                    name: { value: "RevokeToken" },
                    path: { value: "/everyclass.calendar.v1.Calendar/RevokeToken" },
                    requestType: { value: "RevokeTokenRequest" },
                    responseType: { value: "RevokeTokenResponse" },
                    requestStream: { value: $undefined },
                    responseStream: { value: $undefined }
                });

                return Calendar;
            })();

            v1.CreateTokenRequest = (function() {

                /**
                 * Properties of a CreateTokenRequest.
                 * @typedef {Object} everyclass.calendar.v1.CreateTokenRequest.$Properties
                 * @property {string|null} [studentId] CreateTokenRequest studentId
                 * @property {string|null} [semester] CreateTokenRequest semester
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a CreateTokenRequest.
                 * @memberof everyclass.calendar.v1
                 * @interface ICreateTokenRequest
                 * @augments everyclass.calendar.v1.CreateTokenRequest.$Properties
                 * @deprecated Use everyclass.calendar.v1.CreateTokenRequest.$Properties instead.
                 */

                /**
                 * Shape of a CreateTokenRequest.
                 * @typedef {everyclass.calendar.v1.CreateTokenRequest.$Properties} everyclass.calendar.v1.CreateTokenRequest.$Shape
                 */

                /**
                 * Constructs a new CreateTokenRequest.
                 * @memberof everyclass.calendar.v1
                 * @classdesc Represents a CreateTokenRequest.
                 * @constructor
                 * @param {everyclass.calendar.v1.CreateTokenRequest.$Properties=} [p] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const CreateTokenRequest = function (p) {
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                /**
                 * CreateTokenRequest studentId.
                 * @member {string} studentId
                 * @memberof everyclass.calendar.v1.CreateTokenRequest
                 * @instance
                 */
                CreateTokenRequest.prototype.studentId = "";

                /**
                 * CreateTokenRequest semester.
                 * @member {string} semester
                 * @memberof everyclass.calendar.v1.CreateTokenRequest
                 * @instance
                 */
                CreateTokenRequest.prototype.semester = "";

                /**
                 * Creates a new CreateTokenRequest instance using the specified properties.
                 * @function create
                 * @memberof everyclass.calendar.v1.CreateTokenRequest
                 * @static
                 * @param {everyclass.calendar.v1.CreateTokenRequest.$Properties=} [properties] Properties to set
                 * @returns {everyclass.calendar.v1.CreateTokenRequest} CreateTokenRequest instance
                 * @type {{
                 *   (properties: everyclass.calendar.v1.CreateTokenRequest.$Shape): everyclass.calendar.v1.CreateTokenRequest & everyclass.calendar.v1.CreateTokenRequest.$Shape;
                 *   (properties?: everyclass.calendar.v1.CreateTokenRequest.$Properties): everyclass.calendar.v1.CreateTokenRequest;
                 * }}
                 */
                CreateTokenRequest.create = function(properties) {
                    return new CreateTokenRequest(properties);
                };

                /**
                 * Encodes the specified CreateTokenRequest message. Does not implicitly {@link everyclass.calendar.v1.CreateTokenRequest.verify|verify} messages.
                 * @function encode
                 * @memberof everyclass.calendar.v1.CreateTokenRequest
                 * @static
                 * @param {everyclass.calendar.v1.CreateTokenRequest.$Properties} m CreateTokenRequest message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                CreateTokenRequest.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.studentId != null && $Object.hasOwnProperty.call(m, "studentId") && m.studentId !== "")
                        w.uint32(/* id 1, wireType 2 =*/10).string(m.studentId);
                    if (m.semester != null && $Object.hasOwnProperty.call(m, "semester") && m.semester !== "")
                        w.uint32(/* id 2, wireType 2 =*/18).string(m.semester);
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                /**
                 * Encodes the specified CreateTokenRequest message, length delimited. Does not implicitly {@link everyclass.calendar.v1.CreateTokenRequest.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof everyclass.calendar.v1.CreateTokenRequest
                 * @static
                 * @param {everyclass.calendar.v1.CreateTokenRequest.$Properties} message CreateTokenRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                CreateTokenRequest.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a CreateTokenRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof everyclass.calendar.v1.CreateTokenRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {everyclass.calendar.v1.CreateTokenRequest & everyclass.calendar.v1.CreateTokenRequest.$Shape} CreateTokenRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                CreateTokenRequest.decode = function (r, l, z, q, g) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (q === $undefined)
                        q = 0;
                    if (q > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var c, m, v;
                    if (l === $undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw $RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = g || new $root.everyclass.calendar.v1.CreateTokenRequest();
                    while (r.pos < c) {
                        var s = r.pos;
                        var t = r.tag();
                        if (t === z) {
                            z = $undefined;
                            break;
                        }
                        var u = t & 7;
                        switch (t >>>= 3) {
                        case 1: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.studentId = v;
                                else
                                    delete m.studentId;
                                continue;
                            }
                        case 2: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.semester = v;
                                else
                                    delete m.semester;
                                continue;
                            }
                        }
                        r.skipType(u, q, t);
                        if (!r.discardUnknown) {
                            $util.makeProp(m, "$unknowns", false);
                            (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                        }
                    }
                    if (l !== $undefined) {
                        if (r.pos !== c)
                            throw $RangeError("index out of range");
                        r.len = l;
                    }
                    if (z !== $undefined)
                        throw $Error("missing end group");
                    return m;
                };

                /**
                 * Decodes a CreateTokenRequest message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof everyclass.calendar.v1.CreateTokenRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {everyclass.calendar.v1.CreateTokenRequest & everyclass.calendar.v1.CreateTokenRequest.$Shape} CreateTokenRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                CreateTokenRequest.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a CreateTokenRequest message.
                 * @function verify
                 * @memberof everyclass.calendar.v1.CreateTokenRequest
                 * @static
                 * @param {Object.<string,*>} m Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                CreateTokenRequest.verify = function (m, q) {
                    if (typeof m !== "object" || m === null)
                        return "object expected";
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        return "max depth exceeded";
                    if (m.studentId != null && $Object.hasOwnProperty.call(m, "studentId")) {
                        if (!$util.isString(m.studentId))
                            return "studentId: string expected";
                    }
                    if (m.semester != null && $Object.hasOwnProperty.call(m, "semester")) {
                        if (!$util.isString(m.semester))
                            return "semester: string expected";
                    }
                    return null;
                };

                /**
                 * Creates a CreateTokenRequest message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof everyclass.calendar.v1.CreateTokenRequest
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {everyclass.calendar.v1.CreateTokenRequest} CreateTokenRequest
                 */
                CreateTokenRequest.fromObject = function (d, q) {
                    if (d instanceof $root.everyclass.calendar.v1.CreateTokenRequest)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".everyclass.calendar.v1.CreateTokenRequest: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.everyclass.calendar.v1.CreateTokenRequest();
                    if (d.studentId != null) {
                        if (typeof d.studentId !== "string" || d.studentId.length) {
                            m.studentId = $String(d.studentId);
                        }
                    }
                    if (d.semester != null) {
                        if (typeof d.semester !== "string" || d.semester.length) {
                            m.semester = $String(d.semester);
                        }
                    }
                    return m;
                };

                /**
                 * Creates a plain object from a CreateTokenRequest message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof everyclass.calendar.v1.CreateTokenRequest
                 * @static
                 * @param {everyclass.calendar.v1.CreateTokenRequest} m CreateTokenRequest
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                CreateTokenRequest.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        d.studentId = "";
                        d.semester = "";
                    }
                    if (m.studentId != null && $Object.hasOwnProperty.call(m, "studentId")) {
                        d.studentId = m.studentId;
                    }
                    if (m.semester != null && $Object.hasOwnProperty.call(m, "semester")) {
                        d.semester = m.semester;
                    }
                    return d;
                };

                /**
                 * Converts this CreateTokenRequest to JSON.
                 * @function toJSON
                 * @memberof everyclass.calendar.v1.CreateTokenRequest
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                CreateTokenRequest.prototype.toJSON = function() {
                    return CreateTokenRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for CreateTokenRequest
                 * @function getTypeUrl
                 * @memberof everyclass.calendar.v1.CreateTokenRequest
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                CreateTokenRequest.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/everyclass.calendar.v1.CreateTokenRequest";
                };

                return CreateTokenRequest;
            })();

            v1.CalendarToken = (function() {

                /**
                 * Properties of a CalendarToken.
                 * @typedef {Object} everyclass.calendar.v1.CalendarToken.$Properties
                 * @property {string|null} [token] CalendarToken token
                 * @property {string|null} [studentId] CalendarToken studentId
                 * @property {string|null} [semester] CalendarToken semester
                 * @property {string|null} [path] CalendarToken path
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a CalendarToken.
                 * @memberof everyclass.calendar.v1
                 * @interface ICalendarToken
                 * @augments everyclass.calendar.v1.CalendarToken.$Properties
                 * @deprecated Use everyclass.calendar.v1.CalendarToken.$Properties instead.
                 */

                /**
                 * Shape of a CalendarToken.
                 * @typedef {everyclass.calendar.v1.CalendarToken.$Properties} everyclass.calendar.v1.CalendarToken.$Shape
                 */

                /**
                 * Constructs a new CalendarToken.
                 * @memberof everyclass.calendar.v1
                 * @classdesc Represents a CalendarToken.
                 * @constructor
                 * @param {everyclass.calendar.v1.CalendarToken.$Properties=} [p] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const CalendarToken = function (p) {
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                /**
                 * CalendarToken token.
                 * @member {string} token
                 * @memberof everyclass.calendar.v1.CalendarToken
                 * @instance
                 */
                CalendarToken.prototype.token = "";

                /**
                 * CalendarToken studentId.
                 * @member {string} studentId
                 * @memberof everyclass.calendar.v1.CalendarToken
                 * @instance
                 */
                CalendarToken.prototype.studentId = "";

                /**
                 * CalendarToken semester.
                 * @member {string} semester
                 * @memberof everyclass.calendar.v1.CalendarToken
                 * @instance
                 */
                CalendarToken.prototype.semester = "";

                /**
                 * CalendarToken path.
                 * @member {string} path
                 * @memberof everyclass.calendar.v1.CalendarToken
                 * @instance
                 */
                CalendarToken.prototype.path = "";

                /**
                 * Creates a new CalendarToken instance using the specified properties.
                 * @function create
                 * @memberof everyclass.calendar.v1.CalendarToken
                 * @static
                 * @param {everyclass.calendar.v1.CalendarToken.$Properties=} [properties] Properties to set
                 * @returns {everyclass.calendar.v1.CalendarToken} CalendarToken instance
                 * @type {{
                 *   (properties: everyclass.calendar.v1.CalendarToken.$Shape): everyclass.calendar.v1.CalendarToken & everyclass.calendar.v1.CalendarToken.$Shape;
                 *   (properties?: everyclass.calendar.v1.CalendarToken.$Properties): everyclass.calendar.v1.CalendarToken;
                 * }}
                 */
                CalendarToken.create = function(properties) {
                    return new CalendarToken(properties);
                };

                /**
                 * Encodes the specified CalendarToken message. Does not implicitly {@link everyclass.calendar.v1.CalendarToken.verify|verify} messages.
                 * @function encode
                 * @memberof everyclass.calendar.v1.CalendarToken
                 * @static
                 * @param {everyclass.calendar.v1.CalendarToken.$Properties} m CalendarToken message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                CalendarToken.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.token != null && $Object.hasOwnProperty.call(m, "token") && m.token !== "")
                        w.uint32(/* id 1, wireType 2 =*/10).string(m.token);
                    if (m.studentId != null && $Object.hasOwnProperty.call(m, "studentId") && m.studentId !== "")
                        w.uint32(/* id 2, wireType 2 =*/18).string(m.studentId);
                    if (m.semester != null && $Object.hasOwnProperty.call(m, "semester") && m.semester !== "")
                        w.uint32(/* id 3, wireType 2 =*/26).string(m.semester);
                    if (m.path != null && $Object.hasOwnProperty.call(m, "path") && m.path !== "")
                        w.uint32(/* id 4, wireType 2 =*/34).string(m.path);
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                /**
                 * Encodes the specified CalendarToken message, length delimited. Does not implicitly {@link everyclass.calendar.v1.CalendarToken.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof everyclass.calendar.v1.CalendarToken
                 * @static
                 * @param {everyclass.calendar.v1.CalendarToken.$Properties} message CalendarToken message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                CalendarToken.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a CalendarToken message from the specified reader or buffer.
                 * @function decode
                 * @memberof everyclass.calendar.v1.CalendarToken
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {everyclass.calendar.v1.CalendarToken & everyclass.calendar.v1.CalendarToken.$Shape} CalendarToken
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                CalendarToken.decode = function (r, l, z, q, g) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (q === $undefined)
                        q = 0;
                    if (q > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var c, m, v;
                    if (l === $undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw $RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = g || new $root.everyclass.calendar.v1.CalendarToken();
                    while (r.pos < c) {
                        var s = r.pos;
                        var t = r.tag();
                        if (t === z) {
                            z = $undefined;
                            break;
                        }
                        var u = t & 7;
                        switch (t >>>= 3) {
                        case 1: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.token = v;
                                else
                                    delete m.token;
                                continue;
                            }
                        case 2: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.studentId = v;
                                else
                                    delete m.studentId;
                                continue;
                            }
                        case 3: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.semester = v;
                                else
                                    delete m.semester;
                                continue;
                            }
                        case 4: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.path = v;
                                else
                                    delete m.path;
                                continue;
                            }
                        }
                        r.skipType(u, q, t);
                        if (!r.discardUnknown) {
                            $util.makeProp(m, "$unknowns", false);
                            (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                        }
                    }
                    if (l !== $undefined) {
                        if (r.pos !== c)
                            throw $RangeError("index out of range");
                        r.len = l;
                    }
                    if (z !== $undefined)
                        throw $Error("missing end group");
                    return m;
                };

                /**
                 * Decodes a CalendarToken message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof everyclass.calendar.v1.CalendarToken
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {everyclass.calendar.v1.CalendarToken & everyclass.calendar.v1.CalendarToken.$Shape} CalendarToken
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                CalendarToken.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a CalendarToken message.
                 * @function verify
                 * @memberof everyclass.calendar.v1.CalendarToken
                 * @static
                 * @param {Object.<string,*>} m Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                CalendarToken.verify = function (m, q) {
                    if (typeof m !== "object" || m === null)
                        return "object expected";
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        return "max depth exceeded";
                    if (m.token != null && $Object.hasOwnProperty.call(m, "token")) {
                        if (!$util.isString(m.token))
                            return "token: string expected";
                    }
                    if (m.studentId != null && $Object.hasOwnProperty.call(m, "studentId")) {
                        if (!$util.isString(m.studentId))
                            return "studentId: string expected";
                    }
                    if (m.semester != null && $Object.hasOwnProperty.call(m, "semester")) {
                        if (!$util.isString(m.semester))
                            return "semester: string expected";
                    }
                    if (m.path != null && $Object.hasOwnProperty.call(m, "path")) {
                        if (!$util.isString(m.path))
                            return "path: string expected";
                    }
                    return null;
                };

                /**
                 * Creates a CalendarToken message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof everyclass.calendar.v1.CalendarToken
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {everyclass.calendar.v1.CalendarToken} CalendarToken
                 */
                CalendarToken.fromObject = function (d, q) {
                    if (d instanceof $root.everyclass.calendar.v1.CalendarToken)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".everyclass.calendar.v1.CalendarToken: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.everyclass.calendar.v1.CalendarToken();
                    if (d.token != null) {
                        if (typeof d.token !== "string" || d.token.length) {
                            m.token = $String(d.token);
                        }
                    }
                    if (d.studentId != null) {
                        if (typeof d.studentId !== "string" || d.studentId.length) {
                            m.studentId = $String(d.studentId);
                        }
                    }
                    if (d.semester != null) {
                        if (typeof d.semester !== "string" || d.semester.length) {
                            m.semester = $String(d.semester);
                        }
                    }
                    if (d.path != null) {
                        if (typeof d.path !== "string" || d.path.length) {
                            m.path = $String(d.path);
                        }
                    }
                    return m;
                };

                /**
                 * Creates a plain object from a CalendarToken message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof everyclass.calendar.v1.CalendarToken
                 * @static
                 * @param {everyclass.calendar.v1.CalendarToken} m CalendarToken
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                CalendarToken.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        d.token = "";
                        d.studentId = "";
                        d.semester = "";
                        d.path = "";
                    }
                    if (m.token != null && $Object.hasOwnProperty.call(m, "token")) {
                        d.token = m.token;
                    }
                    if (m.studentId != null && $Object.hasOwnProperty.call(m, "studentId")) {
                        d.studentId = m.studentId;
                    }
                    if (m.semester != null && $Object.hasOwnProperty.call(m, "semester")) {
                        d.semester = m.semester;
                    }
                    if (m.path != null && $Object.hasOwnProperty.call(m, "path")) {
                        d.path = m.path;
                    }
                    return d;
                };

                /**
                 * Converts this CalendarToken to JSON.
                 * @function toJSON
                 * @memberof everyclass.calendar.v1.CalendarToken
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                CalendarToken.prototype.toJSON = function() {
                    return CalendarToken.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for CalendarToken
                 * @function getTypeUrl
                 * @memberof everyclass.calendar.v1.CalendarToken
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                CalendarToken.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/everyclass.calendar.v1.CalendarToken";
                };

                return CalendarToken;
            })();

            v1.RevokeTokenRequest = (function() {

                /**
                 * Properties of a RevokeTokenRequest.
                 * @typedef {Object} everyclass.calendar.v1.RevokeTokenRequest.$Properties
                 * @property {string|null} [token] RevokeTokenRequest token
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a RevokeTokenRequest.
                 * @memberof everyclass.calendar.v1
                 * @interface IRevokeTokenRequest
                 * @augments everyclass.calendar.v1.RevokeTokenRequest.$Properties
                 * @deprecated Use everyclass.calendar.v1.RevokeTokenRequest.$Properties instead.
                 */

                /**
                 * Shape of a RevokeTokenRequest.
                 * @typedef {everyclass.calendar.v1.RevokeTokenRequest.$Properties} everyclass.calendar.v1.RevokeTokenRequest.$Shape
                 */

                /**
                 * Constructs a new RevokeTokenRequest.
                 * @memberof everyclass.calendar.v1
                 * @classdesc Represents a RevokeTokenRequest.
                 * @constructor
                 * @param {everyclass.calendar.v1.RevokeTokenRequest.$Properties=} [p] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const RevokeTokenRequest = function (p) {
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                /**
                 * RevokeTokenRequest token.
                 * @member {string} token
                 * @memberof everyclass.calendar.v1.RevokeTokenRequest
                 * @instance
                 */
                RevokeTokenRequest.prototype.token = "";

                /**
                 * Creates a new RevokeTokenRequest instance using the specified properties.
                 * @function create
                 * @memberof everyclass.calendar.v1.RevokeTokenRequest
                 * @static
                 * @param {everyclass.calendar.v1.RevokeTokenRequest.$Properties=} [properties] Properties to set
                 * @returns {everyclass.calendar.v1.RevokeTokenRequest} RevokeTokenRequest instance
                 * @type {{
                 *   (properties: everyclass.calendar.v1.RevokeTokenRequest.$Shape): everyclass.calendar.v1.RevokeTokenRequest & everyclass.calendar.v1.RevokeTokenRequest.$Shape;
                 *   (properties?: everyclass.calendar.v1.RevokeTokenRequest.$Properties): everyclass.calendar.v1.RevokeTokenRequest;
                 * }}
                 */
                RevokeTokenRequest.create = function(properties) {
                    return new RevokeTokenRequest(properties);
                };

                /**
                 * Encodes the specified RevokeTokenRequest message. Does not implicitly {@link everyclass.calendar.v1.RevokeTokenRequest.verify|verify} messages.
                 * @function encode
                 * @memberof everyclass.calendar.v1.RevokeTokenRequest
                 * @static
                 * @param {everyclass.calendar.v1.RevokeTokenRequest.$Properties} m RevokeTokenRequest message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                RevokeTokenRequest.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.token != null && $Object.hasOwnProperty.call(m, "token") && m.token !== "")
                        w.uint32(/* id 1, wireType 2 =*/10).string(m.token);
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                /**
                 * Encodes the specified RevokeTokenRequest message, length delimited. Does not implicitly {@link everyclass.calendar.v1.RevokeTokenRequest.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof everyclass.calendar.v1.RevokeTokenRequest
                 * @static
                 * @param {everyclass.calendar.v1.RevokeTokenRequest.$Properties} message RevokeTokenRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                RevokeTokenRequest.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a RevokeTokenRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof everyclass.calendar.v1.RevokeTokenRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {everyclass.calendar.v1.RevokeTokenRequest & everyclass.calendar.v1.RevokeTokenRequest.$Shape} RevokeTokenRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                RevokeTokenRequest.decode = function (r, l, z, q, g) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (q === $undefined)
                        q = 0;
                    if (q > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var c, m, v;
                    if (l === $undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw $RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = g || new $root.everyclass.calendar.v1.RevokeTokenRequest();
                    while (r.pos < c) {
                        var s = r.pos;
                        var t = r.tag();
                        if (t === z) {
                            z = $undefined;
                            break;
                        }
                        var u = t & 7;
                        switch (t >>>= 3) {
                        case 1: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.token = v;
                                else
                                    delete m.token;
                                continue;
                            }
                        }
                        r.skipType(u, q, t);
                        if (!r.discardUnknown) {
                            $util.makeProp(m, "$unknowns", false);
                            (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                        }
                    }
                    if (l !== $undefined) {
                        if (r.pos !== c)
                            throw $RangeError("index out of range");
                        r.len = l;
                    }
                    if (z !== $undefined)
                        throw $Error("missing end group");
                    return m;
                };

                /**
                 * Decodes a RevokeTokenRequest message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof everyclass.calendar.v1.RevokeTokenRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {everyclass.calendar.v1.RevokeTokenRequest & everyclass.calendar.v1.RevokeTokenRequest.$Shape} RevokeTokenRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                RevokeTokenRequest.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a RevokeTokenRequest message.
                 * @function verify
                 * @memberof everyclass.calendar.v1.RevokeTokenRequest
                 * @static
                 * @param {Object.<string,*>} m Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                RevokeTokenRequest.verify = function (m, q) {
                    if (typeof m !== "object" || m === null)
                        return "object expected";
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        return "max depth exceeded";
                    if (m.token != null && $Object.hasOwnProperty.call(m, "token")) {
                        if (!$util.isString(m.token))
                            return "token: string expected";
                    }
                    return null;
                };

                /**
                 * Creates a RevokeTokenRequest message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof everyclass.calendar.v1.RevokeTokenRequest
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {everyclass.calendar.v1.RevokeTokenRequest} RevokeTokenRequest
                 */
                RevokeTokenRequest.fromObject = function (d, q) {
                    if (d instanceof $root.everyclass.calendar.v1.RevokeTokenRequest)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".everyclass.calendar.v1.RevokeTokenRequest: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.everyclass.calendar.v1.RevokeTokenRequest();
                    if (d.token != null) {
                        if (typeof d.token !== "string" || d.token.length) {
                            m.token = $String(d.token);
                        }
                    }
                    return m;
                };

                /**
                 * Creates a plain object from a RevokeTokenRequest message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof everyclass.calendar.v1.RevokeTokenRequest
                 * @static
                 * @param {everyclass.calendar.v1.RevokeTokenRequest} m RevokeTokenRequest
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                RevokeTokenRequest.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        d.token = "";
                    }
                    if (m.token != null && $Object.hasOwnProperty.call(m, "token")) {
                        d.token = m.token;
                    }
                    return d;
                };

                /**
                 * Converts this RevokeTokenRequest to JSON.
                 * @function toJSON
                 * @memberof everyclass.calendar.v1.RevokeTokenRequest
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                RevokeTokenRequest.prototype.toJSON = function() {
                    return RevokeTokenRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for RevokeTokenRequest
                 * @function getTypeUrl
                 * @memberof everyclass.calendar.v1.RevokeTokenRequest
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                RevokeTokenRequest.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/everyclass.calendar.v1.RevokeTokenRequest";
                };

                return RevokeTokenRequest;
            })();

            v1.RevokeTokenResponse = (function() {

                /**
                 * Properties of a RevokeTokenResponse.
                 * @typedef {Object} everyclass.calendar.v1.RevokeTokenResponse.$Properties
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a RevokeTokenResponse.
                 * @memberof everyclass.calendar.v1
                 * @interface IRevokeTokenResponse
                 * @augments everyclass.calendar.v1.RevokeTokenResponse.$Properties
                 * @deprecated Use everyclass.calendar.v1.RevokeTokenResponse.$Properties instead.
                 */

                /**
                 * Shape of a RevokeTokenResponse.
                 * @typedef {everyclass.calendar.v1.RevokeTokenResponse.$Properties} everyclass.calendar.v1.RevokeTokenResponse.$Shape
                 */

                /**
                 * Constructs a new RevokeTokenResponse.
                 * @memberof everyclass.calendar.v1
                 * @classdesc Represents a RevokeTokenResponse.
                 * @constructor
                 * @param {everyclass.calendar.v1.RevokeTokenResponse.$Properties=} [p] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const RevokeTokenResponse = function (p) {
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                /**
                 * Creates a new RevokeTokenResponse instance using the specified properties.
                 * @function create
                 * @memberof everyclass.calendar.v1.RevokeTokenResponse
                 * @static
                 * @param {everyclass.calendar.v1.RevokeTokenResponse.$Properties=} [properties] Properties to set
                 * @returns {everyclass.calendar.v1.RevokeTokenResponse} RevokeTokenResponse instance
                 * @type {{
                 *   (properties: everyclass.calendar.v1.RevokeTokenResponse.$Shape): everyclass.calendar.v1.RevokeTokenResponse & everyclass.calendar.v1.RevokeTokenResponse.$Shape;
                 *   (properties?: everyclass.calendar.v1.RevokeTokenResponse.$Properties): everyclass.calendar.v1.RevokeTokenResponse;
                 * }}
                 */
                RevokeTokenResponse.create = function(properties) {
                    return new RevokeTokenResponse(properties);
                };

                /**
                 * Encodes the specified RevokeTokenResponse message. Does not implicitly {@link everyclass.calendar.v1.RevokeTokenResponse.verify|verify} messages.
                 * @function encode
                 * @memberof everyclass.calendar.v1.RevokeTokenResponse
                 * @static
                 * @param {everyclass.calendar.v1.RevokeTokenResponse.$Properties} m RevokeTokenResponse message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                RevokeTokenResponse.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                /**
                 * Encodes the specified RevokeTokenResponse message, length delimited. Does not implicitly {@link everyclass.calendar.v1.RevokeTokenResponse.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof everyclass.calendar.v1.RevokeTokenResponse
                 * @static
                 * @param {everyclass.calendar.v1.RevokeTokenResponse.$Properties} message RevokeTokenResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                RevokeTokenResponse.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a RevokeTokenResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof everyclass.calendar.v1.RevokeTokenResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {everyclass.calendar.v1.RevokeTokenResponse & everyclass.calendar.v1.RevokeTokenResponse.$Shape} RevokeTokenResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                RevokeTokenResponse.decode = function (r, l, z, q, g) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (q === $undefined)
                        q = 0;
                    if (q > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var c, m;
                    if (l === $undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw $RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = g || new $root.everyclass.calendar.v1.RevokeTokenResponse();
                    while (r.pos < c) {
                        var s = r.pos;
                        var t = r.tag();
                        if (t === z) {
                            z = $undefined;
                            break;
                        }
                        r.skipType(t & 7, q, t);
                        if (!r.discardUnknown) {
                            $util.makeProp(m, "$unknowns", false);
                            (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                        }
                    }
                    if (l !== $undefined) {
                        if (r.pos !== c)
                            throw $RangeError("index out of range");
                        r.len = l;
                    }
                    if (z !== $undefined)
                        throw $Error("missing end group");
                    return m;
                };

                /**
                 * Decodes a RevokeTokenResponse message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof everyclass.calendar.v1.RevokeTokenResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {everyclass.calendar.v1.RevokeTokenResponse & everyclass.calendar.v1.RevokeTokenResponse.$Shape} RevokeTokenResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                RevokeTokenResponse.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a RevokeTokenResponse message.
                 * @function verify
                 * @memberof everyclass.calendar.v1.RevokeTokenResponse
                 * @static
                 * @param {Object.<string,*>} m Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                RevokeTokenResponse.verify = function (m, q) {
                    if (typeof m !== "object" || m === null)
                        return "object expected";
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        return "max depth exceeded";
                    return null;
                };

                /**
                 * Creates a RevokeTokenResponse message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof everyclass.calendar.v1.RevokeTokenResponse
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {everyclass.calendar.v1.RevokeTokenResponse} RevokeTokenResponse
                 */
                RevokeTokenResponse.fromObject = function (d, q) {
                    if (d instanceof $root.everyclass.calendar.v1.RevokeTokenResponse)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".everyclass.calendar.v1.RevokeTokenResponse: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    return new $root.everyclass.calendar.v1.RevokeTokenResponse();
                };

                /**
                 * Creates a plain object from a RevokeTokenResponse message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof everyclass.calendar.v1.RevokeTokenResponse
                 * @static
                 * @param {everyclass.calendar.v1.RevokeTokenResponse} m RevokeTokenResponse
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                RevokeTokenResponse.toObject = function () {
                    return {};
                };

                /**
                 * Converts this RevokeTokenResponse to JSON.
                 * @function toJSON
                 * @memberof everyclass.calendar.v1.RevokeTokenResponse
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                RevokeTokenResponse.prototype.toJSON = function() {
                    return RevokeTokenResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for RevokeTokenResponse
                 * @function getTypeUrl
                 * @memberof everyclass.calendar.v1.RevokeTokenResponse
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                RevokeTokenResponse.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/everyclass.calendar.v1.RevokeTokenResponse";
                };

                return RevokeTokenResponse;
            })();

            return v1;
        })();

        return calendar;
    })();

    everyclass.entity = (function() {

        /**
         * Namespace entity.
         * @memberof everyclass
         * @namespace
         */
        const entity = {};

        entity.v1 = (function() {

            /**
             * Namespace v1.
             * @memberof everyclass.entity
             * @namespace
             */
            const v1 = {};

            v1.Entity = (function() {

                /**
                 * Constructs a new Entity service.
                 * @memberof everyclass.entity.v1
                 * @classdesc Represents an Entity
                 * @extends $protobuf.rpc.Service
                 * @constructor
                 * @param {$protobuf.RPCImpl} rpcImpl RPC implementation
                 * @param {boolean} [requestDelimited=false] Whether requests are length-delimited
                 * @param {boolean} [responseDelimited=false] Whether responses are length-delimited
                 */
                const Entity = function(rpcImpl, requestDelimited, responseDelimited) {
                    $protobuf.rpc.Service.call(this, rpcImpl, requestDelimited, responseDelimited);
                };

                $Object.defineProperty(Entity.prototype = $Object.create($protobuf.rpc.Service.prototype), "constructor", { value: Entity, writable: true, enumerable: false, configurable: true });

                /**
                 * Creates new Entity service using the specified rpc implementation.
                 * @function create
                 * @memberof everyclass.entity.v1.Entity
                 * @static
                 * @param {$protobuf.RPCImpl} rpcImpl RPC implementation
                 * @param {boolean} [requestDelimited=false] Whether requests are length-delimited
                 * @param {boolean} [responseDelimited=false] Whether responses are length-delimited
                 * @returns {Entity} RPC service. Useful where requests and/or responses are streamed.
                 */
                Entity.create = function(rpcImpl, requestDelimited, responseDelimited) {
                    return new this(rpcImpl, requestDelimited, responseDelimited);
                };

                /**
                 * Callback as used by {@link everyclass.entity.v1.Entity#search}.
                 * @memberof everyclass.entity.v1.Entity
                 * @typedef SearchCallback
                 * @type {function}
                 * @param {Error|null} error Error, if any
                 * @param {everyclass.entity.v1.SearchResponse} [response] SearchResponse
                 */

                /**
                 * Calls Search.
                 * @memberof everyclass.entity.v1.Entity
                 * @typedef Search
                 * @type {{
                 *   (request: everyclass.entity.v1.ISearchRequest, callback: everyclass.entity.v1.Entity.SearchCallback): void;
                 *   (request: everyclass.entity.v1.ISearchRequest): Promise<everyclass.entity.v1.SearchResponse>;
                 *   readonly name: "Search";
                 *   readonly path: "/everyclass.entity.v1.Entity/Search";
                 *   readonly requestType: "SearchRequest";
                 *   readonly responseType: "SearchResponse";
                 *   readonly requestStream: undefined;
                 *   readonly responseStream: undefined;
                 * }}
                 */

                /**
                 * Calls Search.
                 * @name everyclass.entity.v1.Entity#search
                 * @type {everyclass.entity.v1.Entity.Search}
                 */
                $Object.defineProperties(Entity.prototype.search = function(request, callback) {
                    return $protobuf.rpc.Service.prototype.rpcCall.call(this, Entity.prototype.search, $root.everyclass.entity.v1.SearchRequest, $root.everyclass.entity.v1.SearchResponse, request, callback);
                }, {
                    name: { value: "Search" },
                    path: { value: "/everyclass.entity.v1.Entity/Search" },
                    requestType: { value: "SearchRequest" },
                    responseType: { value: "SearchResponse" },
                    requestStream: { value: $undefined },
                    responseStream: { value: $undefined }
                });

                /**
                 * Callback as used by {@link everyclass.entity.v1.Entity#getStudent}.
                 * @memberof everyclass.entity.v1.Entity
                 * @typedef GetStudentCallback
                 * @type {function}
                 * @param {Error|null} error Error, if any
                 * @param {everyclass.entity.v1.Student} [response] Student
                 */

                /**
                 * Calls GetStudent.
                 * @memberof everyclass.entity.v1.Entity
                 * @typedef GetStudent
                 * @type {{
                 *   (request: everyclass.entity.v1.IGetRequest, callback: everyclass.entity.v1.Entity.GetStudentCallback): void;
                 *   (request: everyclass.entity.v1.IGetRequest): Promise<everyclass.entity.v1.Student>;
                 *   readonly name: "GetStudent";
                 *   readonly path: "/everyclass.entity.v1.Entity/GetStudent";
                 *   readonly requestType: "GetRequest";
                 *   readonly responseType: "Student";
                 *   readonly requestStream: undefined;
                 *   readonly responseStream: undefined;
                 * }}
                 */

                /**
                 * Calls GetStudent.
                 * @name everyclass.entity.v1.Entity#getStudent
                 * @type {everyclass.entity.v1.Entity.GetStudent}
                 */
                $Object.defineProperties(Entity.prototype.getStudent = function(request, callback) {
                    return $protobuf.rpc.Service.prototype.rpcCall.call(this, Entity.prototype.getStudent, $root.everyclass.entity.v1.GetRequest, $root.everyclass.entity.v1.Student, request, callback);
                }, {
                    name: { value: "GetStudent" },
                    path: { value: "/everyclass.entity.v1.Entity/GetStudent" },
                    requestType: { value: "GetRequest" },
                    responseType: { value: "Student" },
                    requestStream: { value: $undefined },
                    responseStream: { value: $undefined }
                });

                /**
                 * Callback as used by {@link everyclass.entity.v1.Entity#getTeacher}.
                 * @memberof everyclass.entity.v1.Entity
                 * @typedef GetTeacherCallback
                 * @type {function}
                 * @param {Error|null} error Error, if any
                 * @param {everyclass.entity.v1.Teacher} [response] Teacher
                 */

                /**
                 * Calls GetTeacher.
                 * @memberof everyclass.entity.v1.Entity
                 * @typedef GetTeacher
                 * @type {{
                 *   (request: everyclass.entity.v1.IGetRequest, callback: everyclass.entity.v1.Entity.GetTeacherCallback): void;
                 *   (request: everyclass.entity.v1.IGetRequest): Promise<everyclass.entity.v1.Teacher>;
                 *   readonly name: "GetTeacher";
                 *   readonly path: "/everyclass.entity.v1.Entity/GetTeacher";
                 *   readonly requestType: "GetRequest";
                 *   readonly responseType: "Teacher";
                 *   readonly requestStream: undefined;
                 *   readonly responseStream: undefined;
                 * }}
                 */

                /**
                 * Calls GetTeacher.
                 * @name everyclass.entity.v1.Entity#getTeacher
                 * @type {everyclass.entity.v1.Entity.GetTeacher}
                 */
                $Object.defineProperties(Entity.prototype.getTeacher = function(request, callback) {
                    return $protobuf.rpc.Service.prototype.rpcCall.call(this, Entity.prototype.getTeacher, $root.everyclass.entity.v1.GetRequest, $root.everyclass.entity.v1.Teacher, request, callback);
                }, {
                    name: { value: "GetTeacher" },
                    path: { value: "/everyclass.entity.v1.Entity/GetTeacher" },
                    requestType: { value: "GetRequest" },
                    responseType: { value: "Teacher" },
                    requestStream: { value: $undefined },
                    responseStream: { value: $undefined }
                });

                /**
                 * Callback as used by {@link everyclass.entity.v1.Entity#getRoom}.
                 * @memberof everyclass.entity.v1.Entity
                 * @typedef GetRoomCallback
                 * @type {function}
                 * @param {Error|null} error Error, if any
                 * @param {everyclass.entity.v1.Room} [response] Room
                 */

                /**
                 * Calls GetRoom.
                 * @memberof everyclass.entity.v1.Entity
                 * @typedef GetRoom
                 * @type {{
                 *   (request: everyclass.entity.v1.IGetRequest, callback: everyclass.entity.v1.Entity.GetRoomCallback): void;
                 *   (request: everyclass.entity.v1.IGetRequest): Promise<everyclass.entity.v1.Room>;
                 *   readonly name: "GetRoom";
                 *   readonly path: "/everyclass.entity.v1.Entity/GetRoom";
                 *   readonly requestType: "GetRequest";
                 *   readonly responseType: "Room";
                 *   readonly requestStream: undefined;
                 *   readonly responseStream: undefined;
                 * }}
                 */

                /**
                 * Calls GetRoom.
                 * @name everyclass.entity.v1.Entity#getRoom
                 * @type {everyclass.entity.v1.Entity.GetRoom}
                 */
                $Object.defineProperties(Entity.prototype.getRoom = function(request, callback) {
                    return $protobuf.rpc.Service.prototype.rpcCall.call(this, Entity.prototype.getRoom, $root.everyclass.entity.v1.GetRequest, $root.everyclass.entity.v1.Room, request, callback);
                }, {
                    name: { value: "GetRoom" },
                    path: { value: "/everyclass.entity.v1.Entity/GetRoom" },
                    requestType: { value: "GetRequest" },
                    responseType: { value: "Room" },
                    requestStream: { value: $undefined },
                    responseStream: { value: $undefined }
                });

                /**
                 * Callback as used by {@link everyclass.entity.v1.Entity#getCard}.
                 * @memberof everyclass.entity.v1.Entity
                 * @typedef GetCardCallback
                 * @type {function}
                 * @param {Error|null} error Error, if any
                 * @param {everyclass.entity.v1.Card} [response] Card
                 */

                /**
                 * Calls GetCard.
                 * @memberof everyclass.entity.v1.Entity
                 * @typedef GetCard
                 * @type {{
                 *   (request: everyclass.entity.v1.IGetRequest, callback: everyclass.entity.v1.Entity.GetCardCallback): void;
                 *   (request: everyclass.entity.v1.IGetRequest): Promise<everyclass.entity.v1.Card>;
                 *   readonly name: "GetCard";
                 *   readonly path: "/everyclass.entity.v1.Entity/GetCard";
                 *   readonly requestType: "GetRequest";
                 *   readonly responseType: "Card";
                 *   readonly requestStream: undefined;
                 *   readonly responseStream: undefined;
                 * }}
                 */

                /**
                 * Calls GetCard.
                 * @name everyclass.entity.v1.Entity#getCard
                 * @type {everyclass.entity.v1.Entity.GetCard}
                 */
                $Object.defineProperties(Entity.prototype.getCard = function(request, callback) {
                    return $protobuf.rpc.Service.prototype.rpcCall.call(this, Entity.prototype.getCard, $root.everyclass.entity.v1.GetRequest, $root.everyclass.entity.v1.Card, request, callback);
                }, {
                    name: { value: "GetCard" },
                    path: { value: "/everyclass.entity.v1.Entity/GetCard" },
                    requestType: { value: "GetRequest" },
                    responseType: { value: "Card" },
                    requestStream: { value: $undefined },
                    responseStream: { value: $undefined }
                });

                /**
                 * Callback as used by {@link everyclass.entity.v1.Entity#getTimetable}.
                 * @memberof everyclass.entity.v1.Entity
                 * @typedef GetTimetableCallback
                 * @type {function}
                 * @param {Error|null} error Error, if any
                 * @param {everyclass.entity.v1.Timetable} [response] Timetable
                 */

                /**
                 * Calls GetTimetable.
                 * @memberof everyclass.entity.v1.Entity
                 * @typedef GetTimetable
                 * @type {{
                 *   (request: everyclass.entity.v1.IGetTimetableRequest, callback: everyclass.entity.v1.Entity.GetTimetableCallback): void;
                 *   (request: everyclass.entity.v1.IGetTimetableRequest): Promise<everyclass.entity.v1.Timetable>;
                 *   readonly name: "GetTimetable";
                 *   readonly path: "/everyclass.entity.v1.Entity/GetTimetable";
                 *   readonly requestType: "GetTimetableRequest";
                 *   readonly responseType: "Timetable";
                 *   readonly requestStream: undefined;
                 *   readonly responseStream: undefined;
                 * }}
                 */

                /**
                 * Calls GetTimetable.
                 * @name everyclass.entity.v1.Entity#getTimetable
                 * @type {everyclass.entity.v1.Entity.GetTimetable}
                 */
                $Object.defineProperties(Entity.prototype.getTimetable = function(request, callback) {
                    return $protobuf.rpc.Service.prototype.rpcCall.call(this, Entity.prototype.getTimetable, $root.everyclass.entity.v1.GetTimetableRequest, $root.everyclass.entity.v1.Timetable, request, callback);
                }, {
                    name: { value: "GetTimetable" },
                    path: { value: "/everyclass.entity.v1.Entity/GetTimetable" },
                    requestType: { value: "GetTimetableRequest" },
                    responseType: { value: "Timetable" },
                    requestStream: { value: $undefined },
                    responseStream: { value: $undefined }
                });

                /**
                 * Callback as used by {@link everyclass.entity.v1.Entity#listClassmates}.
                 * @memberof everyclass.entity.v1.Entity
                 * @typedef ListClassmatesCallback
                 * @type {function}
                 * @param {Error|null} error Error, if any
                 * @param {everyclass.entity.v1.ListClassmatesResponse} [response] ListClassmatesResponse
                 */

                /**
                 * Calls ListClassmates.
                 * @memberof everyclass.entity.v1.Entity
                 * @typedef ListClassmates
                 * @type {{
                 *   (request: everyclass.entity.v1.IListClassmatesRequest, callback: everyclass.entity.v1.Entity.ListClassmatesCallback): void;
                 *   (request: everyclass.entity.v1.IListClassmatesRequest): Promise<everyclass.entity.v1.ListClassmatesResponse>;
                 *   readonly name: "ListClassmates";
                 *   readonly path: "/everyclass.entity.v1.Entity/ListClassmates";
                 *   readonly requestType: "ListClassmatesRequest";
                 *   readonly responseType: "ListClassmatesResponse";
                 *   readonly requestStream: undefined;
                 *   readonly responseStream: undefined;
                 * }}
                 */

                /**
                 * Calls ListClassmates.
                 * @name everyclass.entity.v1.Entity#listClassmates
                 * @type {everyclass.entity.v1.Entity.ListClassmates}
                 */
                $Object.defineProperties(Entity.prototype.listClassmates = function(request, callback) {
                    return $protobuf.rpc.Service.prototype.rpcCall.call(this, Entity.prototype.listClassmates, $root.everyclass.entity.v1.ListClassmatesRequest, $root.everyclass.entity.v1.ListClassmatesResponse, request, callback);
                }, {
                    name: { value: "ListClassmates" },
                    path: { value: "/everyclass.entity.v1.Entity/ListClassmates" },
                    requestType: { value: "ListClassmatesRequest" },
                    responseType: { value: "ListClassmatesResponse" },
                    requestStream: { value: $undefined },
                    responseStream: { value: $undefined }
                });

                /**
                 * Callback as used by {@link everyclass.entity.v1.Entity#freeRooms}.
                 * @memberof everyclass.entity.v1.Entity
                 * @typedef FreeRoomsCallback
                 * @type {function}
                 * @param {Error|null} error Error, if any
                 * @param {everyclass.entity.v1.FreeRoomsResponse} [response] FreeRoomsResponse
                 */

                /**
                 * Calls FreeRooms.
                 * @memberof everyclass.entity.v1.Entity
                 * @typedef FreeRooms
                 * @type {{
                 *   (request: everyclass.entity.v1.IFreeRoomsRequest, callback: everyclass.entity.v1.Entity.FreeRoomsCallback): void;
                 *   (request: everyclass.entity.v1.IFreeRoomsRequest): Promise<everyclass.entity.v1.FreeRoomsResponse>;
                 *   readonly name: "FreeRooms";
                 *   readonly path: "/everyclass.entity.v1.Entity/FreeRooms";
                 *   readonly requestType: "FreeRoomsRequest";
                 *   readonly responseType: "FreeRoomsResponse";
                 *   readonly requestStream: undefined;
                 *   readonly responseStream: undefined;
                 * }}
                 */

                /**
                 * Calls FreeRooms.
                 * @name everyclass.entity.v1.Entity#freeRooms
                 * @type {everyclass.entity.v1.Entity.FreeRooms}
                 */
                $Object.defineProperties(Entity.prototype.freeRooms = function(request, callback) {
                    return $protobuf.rpc.Service.prototype.rpcCall.call(this, Entity.prototype.freeRooms, $root.everyclass.entity.v1.FreeRoomsRequest, $root.everyclass.entity.v1.FreeRoomsResponse, request, callback);
                }, {
                    name: { value: "FreeRooms" },
                    path: { value: "/everyclass.entity.v1.Entity/FreeRooms" },
                    requestType: { value: "FreeRoomsRequest" },
                    responseType: { value: "FreeRoomsResponse" },
                    requestStream: { value: $undefined },
                    responseStream: { value: $undefined }
                });

                /**
                 * Callback as used by {@link everyclass.entity.v1.Entity#listSemesters}.
                 * @memberof everyclass.entity.v1.Entity
                 * @typedef ListSemestersCallback
                 * @type {function}
                 * @param {Error|null} error Error, if any
                 * @param {everyclass.entity.v1.ListSemestersResponse} [response] ListSemestersResponse
                 */

                /**
                 * Calls ListSemesters.
                 * @memberof everyclass.entity.v1.Entity
                 * @typedef ListSemesters
                 * @type {{
                 *   (request: everyclass.entity.v1.IListSemestersRequest, callback: everyclass.entity.v1.Entity.ListSemestersCallback): void;
                 *   (request: everyclass.entity.v1.IListSemestersRequest): Promise<everyclass.entity.v1.ListSemestersResponse>;
                 *   readonly name: "ListSemesters";
                 *   readonly path: "/everyclass.entity.v1.Entity/ListSemesters";
                 *   readonly requestType: "ListSemestersRequest";
                 *   readonly responseType: "ListSemestersResponse";
                 *   readonly requestStream: undefined;
                 *   readonly responseStream: undefined;
                 * }}
                 */

                /**
                 * Calls ListSemesters.
                 * @name everyclass.entity.v1.Entity#listSemesters
                 * @type {everyclass.entity.v1.Entity.ListSemesters}
                 */
                $Object.defineProperties(Entity.prototype.listSemesters = function(request, callback) {
                    return $protobuf.rpc.Service.prototype.rpcCall.call(this, Entity.prototype.listSemesters, $root.everyclass.entity.v1.ListSemestersRequest, $root.everyclass.entity.v1.ListSemestersResponse, request, callback);
                }, {
                    name: { value: "ListSemesters" },
                    path: { value: "/everyclass.entity.v1.Entity/ListSemesters" },
                    requestType: { value: "ListSemestersRequest" },
                    responseType: { value: "ListSemestersResponse" },
                    requestStream: { value: $undefined },
                    responseStream: { value: $undefined }
                });

                /**
                 * Callback as used by {@link everyclass.entity.v1.Entity#getDataVersion}.
                 * @memberof everyclass.entity.v1.Entity
                 * @typedef GetDataVersionCallback
                 * @type {function}
                 * @param {Error|null} error Error, if any
                 * @param {everyclass.entity.v1.DataVersion} [response] DataVersion
                 */

                /**
                 * Calls GetDataVersion.
                 * @memberof everyclass.entity.v1.Entity
                 * @typedef GetDataVersion
                 * @type {{
                 *   (request: everyclass.entity.v1.IGetDataVersionRequest, callback: everyclass.entity.v1.Entity.GetDataVersionCallback): void;
                 *   (request: everyclass.entity.v1.IGetDataVersionRequest): Promise<everyclass.entity.v1.DataVersion>;
                 *   readonly name: "GetDataVersion";
                 *   readonly path: "/everyclass.entity.v1.Entity/GetDataVersion";
                 *   readonly requestType: "GetDataVersionRequest";
                 *   readonly responseType: "DataVersion";
                 *   readonly requestStream: undefined;
                 *   readonly responseStream: undefined;
                 * }}
                 */

                /**
                 * Calls GetDataVersion.
                 * @name everyclass.entity.v1.Entity#getDataVersion
                 * @type {everyclass.entity.v1.Entity.GetDataVersion}
                 */
                $Object.defineProperties(Entity.prototype.getDataVersion = function(request, callback) {
                    return $protobuf.rpc.Service.prototype.rpcCall.call(this, Entity.prototype.getDataVersion, $root.everyclass.entity.v1.GetDataVersionRequest, $root.everyclass.entity.v1.DataVersion, request, callback);
                }, {
                    name: { value: "GetDataVersion" },
                    path: { value: "/everyclass.entity.v1.Entity/GetDataVersion" },
                    requestType: { value: "GetDataVersionRequest" },
                    responseType: { value: "DataVersion" },
                    requestStream: { value: $undefined },
                    responseStream: { value: $undefined }
                });

                /**
                 * Callback as used by {@link everyclass.entity.v1.Entity#importSemester}.
                 * @memberof everyclass.entity.v1.Entity
                 * @typedef ImportSemesterCallback
                 * @type {function}
                 * @param {Error|null} error Error, if any
                 * @param {everyclass.entity.v1.ImportSemesterResponse} [response] ImportSemesterResponse
                 */

                /**
                 * Calls ImportSemester.
                 * @memberof everyclass.entity.v1.Entity
                 * @typedef ImportSemester
                 * @type {{
                 *   (request: everyclass.entity.v1.IImportSemesterRequest, callback: everyclass.entity.v1.Entity.ImportSemesterCallback): void;
                 *   (request: everyclass.entity.v1.IImportSemesterRequest): Promise<everyclass.entity.v1.ImportSemesterResponse>;
                 *   readonly name: "ImportSemester";
                 *   readonly path: "/everyclass.entity.v1.Entity/ImportSemester";
                 *   readonly requestType: "ImportSemesterRequest";
                 *   readonly responseType: "ImportSemesterResponse";
                 *   readonly requestStream: undefined;
                 *   readonly responseStream: undefined;
                 * }}
                 */

                /**
                 * Calls ImportSemester.
                 * @name everyclass.entity.v1.Entity#importSemester
                 * @type {everyclass.entity.v1.Entity.ImportSemester}
                 */
                $Object.defineProperties(Entity.prototype.importSemester = function(request, callback) {
                    return $protobuf.rpc.Service.prototype.rpcCall.call(this, Entity.prototype.importSemester, $root.everyclass.entity.v1.ImportSemesterRequest, $root.everyclass.entity.v1.ImportSemesterResponse, request, callback);
                }, {
                    name: { value: "ImportSemester" },
                    path: { value: "/everyclass.entity.v1.Entity/ImportSemester" },
                    requestType: { value: "ImportSemesterRequest" },
                    responseType: { value: "ImportSemesterResponse" },
                    requestStream: { value: $undefined },
                    responseStream: { value: $undefined }
                });

                return Entity;
            })();

            /**
             * Kind enum.
             * @name everyclass.entity.v1.Kind
             * @enum {number}
             * @property {number} KIND_UNSPECIFIED=0 KIND_UNSPECIFIED value
             * @property {number} STUDENT=1 STUDENT value
             * @property {number} TEACHER=2 TEACHER value
             * @property {number} ROOM=3 ROOM value
             * @property {number} CARD=4 CARD value
             */
            v1.Kind = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "KIND_UNSPECIFIED"] = 0;
                values[valuesById[1] = "STUDENT"] = 1;
                values[valuesById[2] = "TEACHER"] = 2;
                values[valuesById[3] = "ROOM"] = 3;
                values[valuesById[4] = "CARD"] = 4;
                return values;
            })();

            v1.Holiday = (function() {

                /**
                 * Properties of a Holiday.
                 * @typedef {Object} everyclass.entity.v1.Holiday.$Properties
                 * @property {string|null} [date] Holiday date
                 * @property {string|null} [name] Holiday name
                 * @property {string|null} [makeupDate] Holiday makeupDate
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Holiday.
                 * @memberof everyclass.entity.v1
                 * @interface IHoliday
                 * @augments everyclass.entity.v1.Holiday.$Properties
                 * @deprecated Use everyclass.entity.v1.Holiday.$Properties instead.
                 */

                /**
                 * Shape of a Holiday.
                 * @typedef {everyclass.entity.v1.Holiday.$Properties} everyclass.entity.v1.Holiday.$Shape
                 */

                /**
                 * Constructs a new Holiday.
                 * @memberof everyclass.entity.v1
                 * @classdesc Represents a Holiday.
                 * @constructor
                 * @param {everyclass.entity.v1.Holiday.$Properties=} [p] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Holiday = function (p) {
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                /**
                 * Holiday date.
                 * @member {string} date
                 * @memberof everyclass.entity.v1.Holiday
                 * @instance
                 */
                Holiday.prototype.date = "";

                /**
                 * Holiday name.
                 * @member {string} name
                 * @memberof everyclass.entity.v1.Holiday
                 * @instance
                 */
                Holiday.prototype.name = "";

                /**
                 * Holiday makeupDate.
                 * @member {string} makeupDate
                 * @memberof everyclass.entity.v1.Holiday
                 * @instance
                 */
                Holiday.prototype.makeupDate = "";

                /**
                 * Creates a new Holiday instance using the specified properties.
                 * @function create
                 * @memberof everyclass.entity.v1.Holiday
                 * @static
                 * @param {everyclass.entity.v1.Holiday.$Properties=} [properties] Properties to set
                 * @returns {everyclass.entity.v1.Holiday} Holiday instance
                 * @type {{
                 *   (properties: everyclass.entity.v1.Holiday.$Shape): everyclass.entity.v1.Holiday & everyclass.entity.v1.Holiday.$Shape;
                 *   (properties?: everyclass.entity.v1.Holiday.$Properties): everyclass.entity.v1.Holiday;
                 * }}
                 */
                Holiday.create = function(properties) {
                    return new Holiday(properties);
                };

                /**
                 * Encodes the specified Holiday message. Does not implicitly {@link everyclass.entity.v1.Holiday.verify|verify} messages.
                 * @function encode
                 * @memberof everyclass.entity.v1.Holiday
                 * @static
                 * @param {everyclass.entity.v1.Holiday.$Properties} m Holiday message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Holiday.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.date != null && $Object.hasOwnProperty.call(m, "date") && m.date !== "")
                        w.uint32(/* id 1, wireType 2 =*/10).string(m.date);
                    if (m.name != null && $Object.hasOwnProperty.call(m, "name") && m.name !== "")
                        w.uint32(/* id 2, wireType 2 =*/18).string(m.name);
                    if (m.makeupDate != null && $Object.hasOwnProperty.call(m, "makeupDate") && m.makeupDate !== "")
                        w.uint32(/* id 3, wireType 2 =*/26).string(m.makeupDate);
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                /**
                 * Encodes the specified Holiday message, length delimited. Does not implicitly {@link everyclass.entity.v1.Holiday.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof everyclass.entity.v1.Holiday
                 * @static
                 * @param {everyclass.entity.v1.Holiday.$Properties} message Holiday message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Holiday.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a Holiday message from the specified reader or buffer.
                 * @function decode
                 * @memberof everyclass.entity.v1.Holiday
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {everyclass.entity.v1.Holiday & everyclass.entity.v1.Holiday.$Shape} Holiday
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Holiday.decode = function (r, l, z, q, g) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (q === $undefined)
                        q = 0;
                    if (q > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var c, m, v;
                    if (l === $undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw $RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = g || new $root.everyclass.entity.v1.Holiday();
                    while (r.pos < c) {
                        var s = r.pos;
                        var t = r.tag();
                        if (t === z) {
                            z = $undefined;
                            break;
                        }
                        var u = t & 7;
                        switch (t >>>= 3) {
                        case 1: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.date = v;
                                else
                                    delete m.date;
                                continue;
                            }
                        case 2: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.name = v;
                                else
                                    delete m.name;
                                continue;
                            }
                        case 3: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.makeupDate = v;
                                else
                                    delete m.makeupDate;
                                continue;
                            }
                        }
                        r.skipType(u, q, t);
                        if (!r.discardUnknown) {
                            $util.makeProp(m, "$unknowns", false);
                            (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                        }
                    }
                    if (l !== $undefined) {
                        if (r.pos !== c)
                            throw $RangeError("index out of range");
                        r.len = l;
                    }
                    if (z !== $undefined)
                        throw $Error("missing end group");
                    return m;
                };

                /**
                 * Decodes a Holiday message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof everyclass.entity.v1.Holiday
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {everyclass.entity.v1.Holiday & everyclass.entity.v1.Holiday.$Shape} Holiday
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Holiday.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a Holiday message.
                 * @function verify
                 * @memberof everyclass.entity.v1.Holiday
                 * @static
                 * @param {Object.<string,*>} m Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                Holiday.verify = function (m, q) {
                    if (typeof m !== "object" || m === null)
                        return "object expected";
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        return "max depth exceeded";
                    if (m.date != null && $Object.hasOwnProperty.call(m, "date")) {
                        if (!$util.isString(m.date))
                            return "date: string expected";
                    }
                    if (m.name != null && $Object.hasOwnProperty.call(m, "name")) {
                        if (!$util.isString(m.name))
                            return "name: string expected";
                    }
                    if (m.makeupDate != null && $Object.hasOwnProperty.call(m, "makeupDate")) {
                        if (!$util.isString(m.makeupDate))
                            return "makeupDate: string expected";
                    }
                    return null;
                };

                /**
                 * Creates a Holiday message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof everyclass.entity.v1.Holiday
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {everyclass.entity.v1.Holiday} Holiday
                 */
                Holiday.fromObject = function (d, q) {
                    if (d instanceof $root.everyclass.entity.v1.Holiday)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".everyclass.entity.v1.Holiday: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.everyclass.entity.v1.Holiday();
                    if (d.date != null) {
                        if (typeof d.date !== "string" || d.date.length) {
                            m.date = $String(d.date);
                        }
                    }
                    if (d.name != null) {
                        if (typeof d.name !== "string" || d.name.length) {
                            m.name = $String(d.name);
                        }
                    }
                    if (d.makeupDate != null) {
                        if (typeof d.makeupDate !== "string" || d.makeupDate.length) {
                            m.makeupDate = $String(d.makeupDate);
                        }
                    }
                    return m;
                };

                /**
                 * Creates a plain object from a Holiday message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof everyclass.entity.v1.Holiday
                 * @static
                 * @param {everyclass.entity.v1.Holiday} m Holiday
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Holiday.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        d.date = "";
                        d.name = "";
                        d.makeupDate = "";
                    }
                    if (m.date != null && $Object.hasOwnProperty.call(m, "date")) {
                        d.date = m.date;
                    }
                    if (m.name != null && $Object.hasOwnProperty.call(m, "name")) {
                        d.name = m.name;
                    }
                    if (m.makeupDate != null && $Object.hasOwnProperty.call(m, "makeupDate")) {
                        d.makeupDate = m.makeupDate;
                    }
                    return d;
                };

                /**
                 * Converts this Holiday to JSON.
                 * @function toJSON
                 * @memberof everyclass.entity.v1.Holiday
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Holiday.prototype.toJSON = function() {
                    return Holiday.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Holiday
                 * @function getTypeUrl
                 * @memberof everyclass.entity.v1.Holiday
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Holiday.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/everyclass.entity.v1.Holiday";
                };

                return Holiday;
            })();

            v1.Semester = (function() {

                /**
                 * Properties of a Semester.
                 * @typedef {Object} everyclass.entity.v1.Semester.$Properties
                 * @property {string|null} [name] Semester name
                 * @property {string|null} [start] Semester start
                 * @property {Array.<everyclass.entity.v1.Holiday.$Properties>|null} [holidays] Semester holidays
                 * @property {number|null} [weeks] Semester weeks
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Semester.
                 * @memberof everyclass.entity.v1
                 * @interface ISemester
                 * @augments everyclass.entity.v1.Semester.$Properties
                 * @deprecated Use everyclass.entity.v1.Semester.$Properties instead.
                 */

                /**
                 * Shape of a Semester.
                 * @typedef {everyclass.entity.v1.Semester.$Properties} everyclass.entity.v1.Semester.$Shape
                 */

                /**
                 * Constructs a new Semester.
                 * @memberof everyclass.entity.v1
                 * @classdesc Represents a Semester.
                 * @constructor
                 * @param {everyclass.entity.v1.Semester.$Properties=} [p] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Semester = function (p) {
                    this.holidays = [];
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                /**
                 * Semester name.
                 * @member {string} name
                 * @memberof everyclass.entity.v1.Semester
                 * @instance
                 */
                Semester.prototype.name = "";

                /**
                 * Semester start.
                 * @member {string} start
                 * @memberof everyclass.entity.v1.Semester
                 * @instance
                 */
                Semester.prototype.start = "";

                /**
                 * Semester holidays.
                 * @member {Array.<everyclass.entity.v1.Holiday.$Properties>} holidays
                 * @memberof everyclass.entity.v1.Semester
                 * @instance
                 */
                Semester.prototype.holidays = $util.emptyArray;

                /**
                 * Semester weeks.
                 * @member {number} weeks
                 * @memberof everyclass.entity.v1.Semester
                 * @instance
                 */
                Semester.prototype.weeks = 0;

                /**
                 * Creates a new Semester instance using the specified properties.
                 * @function create
                 * @memberof everyclass.entity.v1.Semester
                 * @static
                 * @param {everyclass.entity.v1.Semester.$Properties=} [properties] Properties to set
                 * @returns {everyclass.entity.v1.Semester} Semester instance
                 * @type {{
                 *   (properties: everyclass.entity.v1.Semester.$Shape): everyclass.entity.v1.Semester & everyclass.entity.v1.Semester.$Shape;
                 *   (properties?: everyclass.entity.v1.Semester.$Properties): everyclass.entity.v1.Semester;
                 * }}
                 */
                Semester.create = function(properties) {
                    return new Semester(properties);
                };

                /**
                 * Encodes the specified Semester message. Does not implicitly {@link everyclass.entity.v1.Semester.verify|verify} messages.
                 * @function encode
                 * @memberof everyclass.entity.v1.Semester
                 * @static
                 * @param {everyclass.entity.v1.Semester.$Properties} m Semester message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Semester.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.name != null && $Object.hasOwnProperty.call(m, "name") && m.name !== "")
                        w.uint32(/* id 1, wireType 2 =*/10).string(m.name);
                    if (m.start != null && $Object.hasOwnProperty.call(m, "start") && m.start !== "")
                        w.uint32(/* id 2, wireType 2 =*/18).string(m.start);
                    if (m.holidays != null && m.holidays.length) {
                        for (var i = 0; i < m.holidays.length; ++i)
                            $root.everyclass.entity.v1.Holiday.encode(m.holidays[i], w.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
                    }
                    if (m.weeks != null && $Object.hasOwnProperty.call(m, "weeks") && m.weeks !== 0)
                        w.uint32(/* id 4, wireType 0 =*/32).uint32(m.weeks);
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                /**
                 * Encodes the specified Semester message, length delimited. Does not implicitly {@link everyclass.entity.v1.Semester.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof everyclass.entity.v1.Semester
                 * @static
                 * @param {everyclass.entity.v1.Semester.$Properties} message Semester message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Semester.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a Semester message from the specified reader or buffer.
                 * @function decode
                 * @memberof everyclass.entity.v1.Semester
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {everyclass.entity.v1.Semester & everyclass.entity.v1.Semester.$Shape} Semester
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Semester.decode = function (r, l, z, q, g) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (q === $undefined)
                        q = 0;
                    if (q > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var c, m, v;
                    if (l === $undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw $RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = g || new $root.everyclass.entity.v1.Semester();
                    while (r.pos < c) {
                        var s = r.pos;
                        var t = r.tag();
                        if (t === z) {
                            z = $undefined;
                            break;
                        }
                        var u = t & 7;
                        switch (t >>>= 3) {
                        case 1: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.name = v;
                                else
                                    delete m.name;
                                continue;
                            }
                        case 2: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.start = v;
                                else
                                    delete m.start;
                                continue;
                            }
                        case 3: {
                                if (u !== 2)
                                    break;
                                if (!(m.holidays && m.holidays.length))
                                    m.holidays = [];
                                m.holidays.push($root.everyclass.entity.v1.Holiday.decode(r, r.size(), $undefined, q + 1));
                                continue;
                            }
                        case 4: {
                                if (u !== 0)
                                    break;
                                if (v = r.uint32())
                                    m.weeks = v;
                                else
                                    delete m.weeks;
                                continue;
                            }
                        }
                        r.skipType(u, q, t);
                        if (!r.discardUnknown) {
                            $util.makeProp(m, "$unknowns", false);
                            (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                        }
                    }
                    if (l !== $undefined) {
                        if (r.pos !== c)
                            throw $RangeError("index out of range");
                        r.len = l;
                    }
                    if (z !== $undefined)
                        throw $Error("missing end group");
                    return m;
                };

                /**
                 * Decodes a Semester message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof everyclass.entity.v1.Semester
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {everyclass.entity.v1.Semester & everyclass.entity.v1.Semester.$Shape} Semester
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Semester.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a Semester message.
                 * @function verify
                 * @memberof everyclass.entity.v1.Semester
                 * @static
                 * @param {Object.<string,*>} m Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                Semester.verify = function (m, q) {
                    if (typeof m !== "object" || m === null)
                        return "object expected";
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        return "max depth exceeded";
                    if (m.name != null && $Object.hasOwnProperty.call(m, "name")) {
                        if (!$util.isString(m.name))
                            return "name: string expected";
                    }
                    if (m.start != null && $Object.hasOwnProperty.call(m, "start")) {
                        if (!$util.isString(m.start))
                            return "start: string expected";
                    }
                    if (m.holidays != null && $Object.hasOwnProperty.call(m, "holidays")) {
                        if (!$Array.isArray(m.holidays))
                            return "holidays: array expected";
                        for (var i = 0; i < m.holidays.length; ++i) {
                            {
                                var e = $root.everyclass.entity.v1.Holiday.verify(m.holidays[i], q + 1);
                                if (e)
                                    return "holidays." + e;
                            }
                        }
                    }
                    if (m.weeks != null && $Object.hasOwnProperty.call(m, "weeks")) {
                        if (!$util.isInteger(m.weeks))
                            return "weeks: integer expected";
                    }
                    return null;
                };

                /**
                 * Creates a Semester message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof everyclass.entity.v1.Semester
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {everyclass.entity.v1.Semester} Semester
                 */
                Semester.fromObject = function (d, q) {
                    if (d instanceof $root.everyclass.entity.v1.Semester)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".everyclass.entity.v1.Semester: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.everyclass.entity.v1.Semester();
                    if (d.name != null) {
                        if (typeof d.name !== "string" || d.name.length) {
                            m.name = $String(d.name);
                        }
                    }
                    if (d.start != null) {
                        if (typeof d.start !== "string" || d.start.length) {
                            m.start = $String(d.start);
                        }
                    }
                    if (d.holidays) {
                        if (!$Array.isArray(d.holidays))
                            throw $TypeError(".everyclass.entity.v1.Semester.holidays: array expected");
                        m.holidays = $Array(d.holidays.length);
                        for (var i = 0; i < d.holidays.length; ++i) {
                            if (!$util.isObject(d.holidays[i]))
                                throw $TypeError(".everyclass.entity.v1.Semester.holidays: object expected");
                            m.holidays[i] = $root.everyclass.entity.v1.Holiday.fromObject(d.holidays[i], q + 1);
                        }
                    }
                    if (d.weeks != null) {
                        if ($Number(d.weeks) !== 0) {
                            m.weeks = d.weeks >>> 0;
                        }
                    }
                    return m;
                };

                /**
                 * Creates a plain object from a Semester message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof everyclass.entity.v1.Semester
                 * @static
                 * @param {everyclass.entity.v1.Semester} m Semester
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Semester.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.arrays || o.defaults) {
                        d.holidays = [];
                    }
                    if (o.defaults) {
                        d.name = "";
                        d.start = "";
                        d.weeks = 0;
                    }
                    if (m.name != null && $Object.hasOwnProperty.call(m, "name")) {
                        d.name = m.name;
                    }
                    if (m.start != null && $Object.hasOwnProperty.call(m, "start")) {
                        d.start = m.start;
                    }
                    if (m.holidays && m.holidays.length) {
                        d.holidays = $Array(m.holidays.length);
                        for (var j = 0; j < m.holidays.length; ++j) {
                            d.holidays[j] = $root.everyclass.entity.v1.Holiday.toObject(m.holidays[j], o, q + 1);
                        }
                    }
                    if (m.weeks != null && $Object.hasOwnProperty.call(m, "weeks")) {
                        d.weeks = m.weeks;
                    }
                    return d;
                };

                /**
                 * Converts this Semester to JSON.
                 * @function toJSON
                 * @memberof everyclass.entity.v1.Semester
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Semester.prototype.toJSON = function() {
                    return Semester.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Semester
                 * @function getTypeUrl
                 * @memberof everyclass.entity.v1.Semester
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Semester.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/everyclass.entity.v1.Semester";
                };

                return Semester;
            })();

            v1.Ref = (function() {

                /**
                 * Properties of a Ref.
                 * @typedef {Object} everyclass.entity.v1.Ref.$Properties
                 * @property {everyclass.entity.v1.Kind|null} [kind] Ref kind
                 * @property {string|null} [id] Ref id
                 * @property {string|null} [code] Ref code
                 * @property {string|null} [name] Ref name
                 * @property {string|null} [detail] Ref detail
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Ref.
                 * @memberof everyclass.entity.v1
                 * @interface IRef
                 * @augments everyclass.entity.v1.Ref.$Properties
                 * @deprecated Use everyclass.entity.v1.Ref.$Properties instead.
                 */

                /**
                 * Shape of a Ref.
                 * @typedef {everyclass.entity.v1.Ref.$Properties} everyclass.entity.v1.Ref.$Shape
                 */

                /**
                 * Constructs a new Ref.
                 * @memberof everyclass.entity.v1
                 * @classdesc Represents a Ref.
                 * @constructor
                 * @param {everyclass.entity.v1.Ref.$Properties=} [p] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Ref = function (p) {
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                /**
                 * Ref kind.
                 * @member {everyclass.entity.v1.Kind} kind
                 * @memberof everyclass.entity.v1.Ref
                 * @instance
                 */
                Ref.prototype.kind = 0;

                /**
                 * Ref id.
                 * @member {string} id
                 * @memberof everyclass.entity.v1.Ref
                 * @instance
                 */
                Ref.prototype.id = "";

                /**
                 * Ref code.
                 * @member {string} code
                 * @memberof everyclass.entity.v1.Ref
                 * @instance
                 */
                Ref.prototype.code = "";

                /**
                 * Ref name.
                 * @member {string} name
                 * @memberof everyclass.entity.v1.Ref
                 * @instance
                 */
                Ref.prototype.name = "";

                /**
                 * Ref detail.
                 * @member {string} detail
                 * @memberof everyclass.entity.v1.Ref
                 * @instance
                 */
                Ref.prototype.detail = "";

                /**
                 * Creates a new Ref instance using the specified properties.
                 * @function create
                 * @memberof everyclass.entity.v1.Ref
                 * @static
                 * @param {everyclass.entity.v1.Ref.$Properties=} [properties] Properties to set
                 * @returns {everyclass.entity.v1.Ref} Ref instance
                 * @type {{
                 *   (properties: everyclass.entity.v1.Ref.$Shape): everyclass.entity.v1.Ref & everyclass.entity.v1.Ref.$Shape;
                 *   (properties?: everyclass.entity.v1.Ref.$Properties): everyclass.entity.v1.Ref;
                 * }}
                 */
                Ref.create = function(properties) {
                    return new Ref(properties);
                };

                /**
                 * Encodes the specified Ref message. Does not implicitly {@link everyclass.entity.v1.Ref.verify|verify} messages.
                 * @function encode
                 * @memberof everyclass.entity.v1.Ref
                 * @static
                 * @param {everyclass.entity.v1.Ref.$Properties} m Ref message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Ref.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.kind != null && $Object.hasOwnProperty.call(m, "kind") && m.kind !== 0)
                        w.uint32(/* id 1, wireType 0 =*/8).int32(m.kind);
                    if (m.id != null && $Object.hasOwnProperty.call(m, "id") && m.id !== "")
                        w.uint32(/* id 2, wireType 2 =*/18).string(m.id);
                    if (m.code != null && $Object.hasOwnProperty.call(m, "code") && m.code !== "")
                        w.uint32(/* id 3, wireType 2 =*/26).string(m.code);
                    if (m.name != null && $Object.hasOwnProperty.call(m, "name") && m.name !== "")
                        w.uint32(/* id 4, wireType 2 =*/34).string(m.name);
                    if (m.detail != null && $Object.hasOwnProperty.call(m, "detail") && m.detail !== "")
                        w.uint32(/* id 5, wireType 2 =*/42).string(m.detail);
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                /**
                 * Encodes the specified Ref message, length delimited. Does not implicitly {@link everyclass.entity.v1.Ref.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof everyclass.entity.v1.Ref
                 * @static
                 * @param {everyclass.entity.v1.Ref.$Properties} message Ref message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Ref.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a Ref message from the specified reader or buffer.
                 * @function decode
                 * @memberof everyclass.entity.v1.Ref
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {everyclass.entity.v1.Ref & everyclass.entity.v1.Ref.$Shape} Ref
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Ref.decode = function (r, l, z, q, g) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (q === $undefined)
                        q = 0;
                    if (q > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var c, m, v;
                    if (l === $undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw $RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = g || new $root.everyclass.entity.v1.Ref();
                    while (r.pos < c) {
                        var s = r.pos;
                        var t = r.tag();
                        if (t === z) {
                            z = $undefined;
                            break;
                        }
                        var u = t & 7;
                        switch (t >>>= 3) {
                        case 1: {
                                if (u !== 0)
                                    break;
                                if (v = r.int32())
                                    m.kind = v;
                                else
                                    delete m.kind;
                                continue;
                            }
                        case 2: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.id = v;
                                else
                                    delete m.id;
                                continue;
                            }
                        case 3: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.code = v;
                                else
                                    delete m.code;
                                continue;
                            }
                        case 4: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.name = v;
                                else
                                    delete m.name;
                                continue;
                            }
                        case 5: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.detail = v;
                                else
                                    delete m.detail;
                                continue;
                            }
                        }
                        r.skipType(u, q, t);
                        if (!r.discardUnknown) {
                            $util.makeProp(m, "$unknowns", false);
                            (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                        }
                    }
                    if (l !== $undefined) {
                        if (r.pos !== c)
                            throw $RangeError("index out of range");
                        r.len = l;
                    }
                    if (z !== $undefined)
                        throw $Error("missing end group");
                    return m;
                };

                /**
                 * Decodes a Ref message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof everyclass.entity.v1.Ref
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {everyclass.entity.v1.Ref & everyclass.entity.v1.Ref.$Shape} Ref
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Ref.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a Ref message.
                 * @function verify
                 * @memberof everyclass.entity.v1.Ref
                 * @static
                 * @param {Object.<string,*>} m Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                Ref.verify = function (m, q) {
                    if (typeof m !== "object" || m === null)
                        return "object expected";
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        return "max depth exceeded";
                    if (m.kind != null && $Object.hasOwnProperty.call(m, "kind")) {
                        if (typeof m.kind !== "number" || (m.kind | 0) !== m.kind)
                            return "kind: enum value expected";
                    }
                    if (m.id != null && $Object.hasOwnProperty.call(m, "id")) {
                        if (!$util.isString(m.id))
                            return "id: string expected";
                    }
                    if (m.code != null && $Object.hasOwnProperty.call(m, "code")) {
                        if (!$util.isString(m.code))
                            return "code: string expected";
                    }
                    if (m.name != null && $Object.hasOwnProperty.call(m, "name")) {
                        if (!$util.isString(m.name))
                            return "name: string expected";
                    }
                    if (m.detail != null && $Object.hasOwnProperty.call(m, "detail")) {
                        if (!$util.isString(m.detail))
                            return "detail: string expected";
                    }
                    return null;
                };

                /**
                 * Creates a Ref message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof everyclass.entity.v1.Ref
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {everyclass.entity.v1.Ref} Ref
                 */
                Ref.fromObject = function (d, q) {
                    if (d instanceof $root.everyclass.entity.v1.Ref)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".everyclass.entity.v1.Ref: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.everyclass.entity.v1.Ref();
                    if (d.kind !== 0 && (typeof d.kind !== "string" || $root.everyclass.entity.v1.Kind[d.kind] !== 0)) {
                        switch (d.kind) {
                        case "KIND_UNSPECIFIED":
                        case 0:
                            m.kind = 0;
                            break;
                        case "STUDENT":
                        case 1:
                            m.kind = 1;
                            break;
                        case "TEACHER":
                        case 2:
                            m.kind = 2;
                            break;
                        case "ROOM":
                        case 3:
                            m.kind = 3;
                            break;
                        case "CARD":
                        case 4:
                            m.kind = 4;
                            break;
                        default:
                            if (typeof d.kind === "number" && (d.kind | 0) === d.kind)
                                m.kind = d.kind;
                        }
                    }
                    if (d.id != null) {
                        if (typeof d.id !== "string" || d.id.length) {
                            m.id = $String(d.id);
                        }
                    }
                    if (d.code != null) {
                        if (typeof d.code !== "string" || d.code.length) {
                            m.code = $String(d.code);
                        }
                    }
                    if (d.name != null) {
                        if (typeof d.name !== "string" || d.name.length) {
                            m.name = $String(d.name);
                        }
                    }
                    if (d.detail != null) {
                        if (typeof d.detail !== "string" || d.detail.length) {
                            m.detail = $String(d.detail);
                        }
                    }
                    return m;
                };

                /**
                 * Creates a plain object from a Ref message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof everyclass.entity.v1.Ref
                 * @static
                 * @param {everyclass.entity.v1.Ref} m Ref
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Ref.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        d.kind = o.enums === $String ? "KIND_UNSPECIFIED" : 0;
                        d.id = "";
                        d.code = "";
                        d.name = "";
                        d.detail = "";
                    }
                    if (m.kind != null && $Object.hasOwnProperty.call(m, "kind")) {
                        d.kind = o.enums === $String ? $root.everyclass.entity.v1.Kind[m.kind] === $undefined ? m.kind : $root.everyclass.entity.v1.Kind[m.kind] : m.kind;
                    }
                    if (m.id != null && $Object.hasOwnProperty.call(m, "id")) {
                        d.id = m.id;
                    }
                    if (m.code != null && $Object.hasOwnProperty.call(m, "code")) {
                        d.code = m.code;
                    }
                    if (m.name != null && $Object.hasOwnProperty.call(m, "name")) {
                        d.name = m.name;
                    }
                    if (m.detail != null && $Object.hasOwnProperty.call(m, "detail")) {
                        d.detail = m.detail;
                    }
                    return d;
                };

                /**
                 * Converts this Ref to JSON.
                 * @function toJSON
                 * @memberof everyclass.entity.v1.Ref
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Ref.prototype.toJSON = function() {
                    return Ref.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Ref
                 * @function getTypeUrl
                 * @memberof everyclass.entity.v1.Ref
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Ref.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/everyclass.entity.v1.Ref";
                };

                return Ref;
            })();

            v1.Student = (function() {

                /**
                 * Properties of a Student.
                 * @typedef {Object} everyclass.entity.v1.Student.$Properties
                 * @property {string|null} [id] Student id
                 * @property {string|null} [code] Student code
                 * @property {string|null} [name] Student name
                 * @property {string|null} [klass] Student klass
                 * @property {string|null} [major] Student major
                 * @property {string|null} [department] Student department
                 * @property {number|null} [year] Student year
                 * @property {Array.<string>|null} [semesters] Student semesters
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Student.
                 * @memberof everyclass.entity.v1
                 * @interface IStudent
                 * @augments everyclass.entity.v1.Student.$Properties
                 * @deprecated Use everyclass.entity.v1.Student.$Properties instead.
                 */

                /**
                 * Shape of a Student.
                 * @typedef {everyclass.entity.v1.Student.$Properties} everyclass.entity.v1.Student.$Shape
                 */

                /**
                 * Constructs a new Student.
                 * @memberof everyclass.entity.v1
                 * @classdesc Represents a Student.
                 * @constructor
                 * @param {everyclass.entity.v1.Student.$Properties=} [p] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Student = function (p) {
                    this.semesters = [];
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                /**
                 * Student id.
                 * @member {string} id
                 * @memberof everyclass.entity.v1.Student
                 * @instance
                 */
                Student.prototype.id = "";

                /**
                 * Student code.
                 * @member {string} code
                 * @memberof everyclass.entity.v1.Student
                 * @instance
                 */
                Student.prototype.code = "";

                /**
                 * Student name.
                 * @member {string} name
                 * @memberof everyclass.entity.v1.Student
                 * @instance
                 */
                Student.prototype.name = "";

                /**
                 * Student klass.
                 * @member {string} klass
                 * @memberof everyclass.entity.v1.Student
                 * @instance
                 */
                Student.prototype.klass = "";

                /**
                 * Student major.
                 * @member {string} major
                 * @memberof everyclass.entity.v1.Student
                 * @instance
                 */
                Student.prototype.major = "";

                /**
                 * Student department.
                 * @member {string} department
                 * @memberof everyclass.entity.v1.Student
                 * @instance
                 */
                Student.prototype.department = "";

                /**
                 * Student year.
                 * @member {number} year
                 * @memberof everyclass.entity.v1.Student
                 * @instance
                 */
                Student.prototype.year = 0;

                /**
                 * Student semesters.
                 * @member {Array.<string>} semesters
                 * @memberof everyclass.entity.v1.Student
                 * @instance
                 */
                Student.prototype.semesters = $util.emptyArray;

                /**
                 * Creates a new Student instance using the specified properties.
                 * @function create
                 * @memberof everyclass.entity.v1.Student
                 * @static
                 * @param {everyclass.entity.v1.Student.$Properties=} [properties] Properties to set
                 * @returns {everyclass.entity.v1.Student} Student instance
                 * @type {{
                 *   (properties: everyclass.entity.v1.Student.$Shape): everyclass.entity.v1.Student & everyclass.entity.v1.Student.$Shape;
                 *   (properties?: everyclass.entity.v1.Student.$Properties): everyclass.entity.v1.Student;
                 * }}
                 */
                Student.create = function(properties) {
                    return new Student(properties);
                };

                /**
                 * Encodes the specified Student message. Does not implicitly {@link everyclass.entity.v1.Student.verify|verify} messages.
                 * @function encode
                 * @memberof everyclass.entity.v1.Student
                 * @static
                 * @param {everyclass.entity.v1.Student.$Properties} m Student message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Student.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.id != null && $Object.hasOwnProperty.call(m, "id") && m.id !== "")
                        w.uint32(/* id 1, wireType 2 =*/10).string(m.id);
                    if (m.code != null && $Object.hasOwnProperty.call(m, "code") && m.code !== "")
                        w.uint32(/* id 2, wireType 2 =*/18).string(m.code);
                    if (m.name != null && $Object.hasOwnProperty.call(m, "name") && m.name !== "")
                        w.uint32(/* id 3, wireType 2 =*/26).string(m.name);
                    if (m.klass != null && $Object.hasOwnProperty.call(m, "klass") && m.klass !== "")
                        w.uint32(/* id 4, wireType 2 =*/34).string(m.klass);
                    if (m.major != null && $Object.hasOwnProperty.call(m, "major") && m.major !== "")
                        w.uint32(/* id 5, wireType 2 =*/42).string(m.major);
                    if (m.department != null && $Object.hasOwnProperty.call(m, "department") && m.department !== "")
                        w.uint32(/* id 6, wireType 2 =*/50).string(m.department);
                    if (m.year != null && $Object.hasOwnProperty.call(m, "year") && m.year !== 0)
                        w.uint32(/* id 7, wireType 0 =*/56).uint32(m.year);
                    if (m.semesters != null && m.semesters.length) {
                        for (var i = 0; i < m.semesters.length; ++i)
                            w.uint32(/* id 8, wireType 2 =*/66).string(m.semesters[i]);
                    }
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                /**
                 * Encodes the specified Student message, length delimited. Does not implicitly {@link everyclass.entity.v1.Student.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof everyclass.entity.v1.Student
                 * @static
                 * @param {everyclass.entity.v1.Student.$Properties} message Student message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Student.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a Student message from the specified reader or buffer.
                 * @function decode
                 * @memberof everyclass.entity.v1.Student
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {everyclass.entity.v1.Student & everyclass.entity.v1.Student.$Shape} Student
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Student.decode = function (r, l, z, q, g) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (q === $undefined)
                        q = 0;
                    if (q > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var c, m, v;
                    if (l === $undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw $RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = g || new $root.everyclass.entity.v1.Student();
                    while (r.pos < c) {
                        var s = r.pos;
                        var t = r.tag();
                        if (t === z) {
                            z = $undefined;
                            break;
                        }
                        var u = t & 7;
                        switch (t >>>= 3) {
                        case 1: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.id = v;
                                else
                                    delete m.id;
                                continue;
                            }
                        case 2: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.code = v;
                                else
                                    delete m.code;
                                continue;
                            }
                        case 3: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.name = v;
                                else
                                    delete m.name;
                                continue;
                            }
                        case 4: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.klass = v;
                                else
                                    delete m.klass;
                                continue;
                            }
                        case 5: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.major = v;
                                else
                                    delete m.major;
                                continue;
                            }
                        case 6: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.department = v;
                                else
                                    delete m.department;
                                continue;
                            }
                        case 7: {
                                if (u !== 0)
                                    break;
                                if (v = r.uint32())
                                    m.year = v;
                                else
                                    delete m.year;
                                continue;
                            }
                        case 8: {
                                if (u !== 2)
                                    break;
                                if (!(m.semesters && m.semesters.length))
                                    m.semesters = [];
                                m.semesters.push(r.stringVerify());
                                continue;
                            }
                        }
                        r.skipType(u, q, t);
                        if (!r.discardUnknown) {
                            $util.makeProp(m, "$unknowns", false);
                            (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                        }
                    }
                    if (l !== $undefined) {
                        if (r.pos !== c)
                            throw $RangeError("index out of range");
                        r.len = l;
                    }
                    if (z !== $undefined)
                        throw $Error("missing end group");
                    return m;
                };

                /**
                 * Decodes a Student message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof everyclass.entity.v1.Student
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {everyclass.entity.v1.Student & everyclass.entity.v1.Student.$Shape} Student
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Student.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a Student message.
                 * @function verify
                 * @memberof everyclass.entity.v1.Student
                 * @static
                 * @param {Object.<string,*>} m Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                Student.verify = function (m, q) {
                    if (typeof m !== "object" || m === null)
                        return "object expected";
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        return "max depth exceeded";
                    if (m.id != null && $Object.hasOwnProperty.call(m, "id")) {
                        if (!$util.isString(m.id))
                            return "id: string expected";
                    }
                    if (m.code != null && $Object.hasOwnProperty.call(m, "code")) {
                        if (!$util.isString(m.code))
                            return "code: string expected";
                    }
                    if (m.name != null && $Object.hasOwnProperty.call(m, "name")) {
                        if (!$util.isString(m.name))
                            return "name: string expected";
                    }
                    if (m.klass != null && $Object.hasOwnProperty.call(m, "klass")) {
                        if (!$util.isString(m.klass))
                            return "klass: string expected";
                    }
                    if (m.major != null && $Object.hasOwnProperty.call(m, "major")) {
                        if (!$util.isString(m.major))
                            return "major: string expected";
                    }
                    if (m.department != null && $Object.hasOwnProperty.call(m, "department")) {
                        if (!$util.isString(m.department))
                            return "department: string expected";
                    }
                    if (m.year != null && $Object.hasOwnProperty.call(m, "year")) {
                        if (!$util.isInteger(m.year))
                            return "year: integer expected";
                    }
                    if (m.semesters != null && $Object.hasOwnProperty.call(m, "semesters")) {
                        if (!$Array.isArray(m.semesters))
                            return "semesters: array expected";
                        for (var i = 0; i < m.semesters.length; ++i) {
                            if (!$util.isString(m.semesters[i]))
                                return "semesters: string[] expected";
                        }
                    }
                    return null;
                };

                /**
                 * Creates a Student message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof everyclass.entity.v1.Student
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {everyclass.entity.v1.Student} Student
                 */
                Student.fromObject = function (d, q) {
                    if (d instanceof $root.everyclass.entity.v1.Student)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".everyclass.entity.v1.Student: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.everyclass.entity.v1.Student();
                    if (d.id != null) {
                        if (typeof d.id !== "string" || d.id.length) {
                            m.id = $String(d.id);
                        }
                    }
                    if (d.code != null) {
                        if (typeof d.code !== "string" || d.code.length) {
                            m.code = $String(d.code);
                        }
                    }
                    if (d.name != null) {
                        if (typeof d.name !== "string" || d.name.length) {
                            m.name = $String(d.name);
                        }
                    }
                    if (d.klass != null) {
                        if (typeof d.klass !== "string" || d.klass.length) {
                            m.klass = $String(d.klass);
                        }
                    }
                    if (d.major != null) {
                        if (typeof d.major !== "string" || d.major.length) {
                            m.major = $String(d.major);
                        }
                    }
                    if (d.department != null) {
                        if (typeof d.department !== "string" || d.department.length) {
                            m.department = $String(d.department);
                        }
                    }
                    if (d.year != null) {
                        if ($Number(d.year) !== 0) {
                            m.year = d.year >>> 0;
                        }
                    }
                    if (d.semesters) {
                        if (!$Array.isArray(d.semesters))
                            throw $TypeError(".everyclass.entity.v1.Student.semesters: array expected");
                        m.semesters = $Array(d.semesters.length);
                        for (var i = 0; i < d.semesters.length; ++i) {
                            m.semesters[i] = $String(d.semesters[i]);
                        }
                    }
                    return m;
                };

                /**
                 * Creates a plain object from a Student message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof everyclass.entity.v1.Student
                 * @static
                 * @param {everyclass.entity.v1.Student} m Student
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Student.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.arrays || o.defaults) {
                        d.semesters = [];
                    }
                    if (o.defaults) {
                        d.id = "";
                        d.code = "";
                        d.name = "";
                        d.klass = "";
                        d.major = "";
                        d.department = "";
                        d.year = 0;
                    }
                    if (m.id != null && $Object.hasOwnProperty.call(m, "id")) {
                        d.id = m.id;
                    }
                    if (m.code != null && $Object.hasOwnProperty.call(m, "code")) {
                        d.code = m.code;
                    }
                    if (m.name != null && $Object.hasOwnProperty.call(m, "name")) {
                        d.name = m.name;
                    }
                    if (m.klass != null && $Object.hasOwnProperty.call(m, "klass")) {
                        d.klass = m.klass;
                    }
                    if (m.major != null && $Object.hasOwnProperty.call(m, "major")) {
                        d.major = m.major;
                    }
                    if (m.department != null && $Object.hasOwnProperty.call(m, "department")) {
                        d.department = m.department;
                    }
                    if (m.year != null && $Object.hasOwnProperty.call(m, "year")) {
                        d.year = m.year;
                    }
                    if (m.semesters && m.semesters.length) {
                        d.semesters = $Array(m.semesters.length);
                        for (var j = 0; j < m.semesters.length; ++j) {
                            d.semesters[j] = m.semesters[j];
                        }
                    }
                    return d;
                };

                /**
                 * Converts this Student to JSON.
                 * @function toJSON
                 * @memberof everyclass.entity.v1.Student
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Student.prototype.toJSON = function() {
                    return Student.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Student
                 * @function getTypeUrl
                 * @memberof everyclass.entity.v1.Student
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Student.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/everyclass.entity.v1.Student";
                };

                return Student;
            })();

            v1.Teacher = (function() {

                /**
                 * Properties of a Teacher.
                 * @typedef {Object} everyclass.entity.v1.Teacher.$Properties
                 * @property {string|null} [id] Teacher id
                 * @property {string|null} [code] Teacher code
                 * @property {string|null} [name] Teacher name
                 * @property {string|null} [title] Teacher title
                 * @property {string|null} [department] Teacher department
                 * @property {Array.<string>|null} [semesters] Teacher semesters
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Teacher.
                 * @memberof everyclass.entity.v1
                 * @interface ITeacher
                 * @augments everyclass.entity.v1.Teacher.$Properties
                 * @deprecated Use everyclass.entity.v1.Teacher.$Properties instead.
                 */

                /**
                 * Shape of a Teacher.
                 * @typedef {everyclass.entity.v1.Teacher.$Properties} everyclass.entity.v1.Teacher.$Shape
                 */

                /**
                 * Constructs a new Teacher.
                 * @memberof everyclass.entity.v1
                 * @classdesc Represents a Teacher.
                 * @constructor
                 * @param {everyclass.entity.v1.Teacher.$Properties=} [p] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Teacher = function (p) {
                    this.semesters = [];
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                /**
                 * Teacher id.
                 * @member {string} id
                 * @memberof everyclass.entity.v1.Teacher
                 * @instance
                 */
                Teacher.prototype.id = "";

                /**
                 * Teacher code.
                 * @member {string} code
                 * @memberof everyclass.entity.v1.Teacher
                 * @instance
                 */
                Teacher.prototype.code = "";

                /**
                 * Teacher name.
                 * @member {string} name
                 * @memberof everyclass.entity.v1.Teacher
                 * @instance
                 */
                Teacher.prototype.name = "";

                /**
                 * Teacher title.
                 * @member {string} title
                 * @memberof everyclass.entity.v1.Teacher
                 * @instance
                 */
                Teacher.prototype.title = "";

                /**
                 * Teacher department.
                 * @member {string} department
                 * @memberof everyclass.entity.v1.Teacher
                 * @instance
                 */
                Teacher.prototype.department = "";

                /**
                 * Teacher semesters.
                 * @member {Array.<string>} semesters
                 * @memberof everyclass.entity.v1.Teacher
                 * @instance
                 */
                Teacher.prototype.semesters = $util.emptyArray;

                /**
                 * Creates a new Teacher instance using the specified properties.
                 * @function create
                 * @memberof everyclass.entity.v1.Teacher
                 * @static
                 * @param {everyclass.entity.v1.Teacher.$Properties=} [properties] Properties to set
                 * @returns {everyclass.entity.v1.Teacher} Teacher instance
                 * @type {{
                 *   (properties: everyclass.entity.v1.Teacher.$Shape): everyclass.entity.v1.Teacher & everyclass.entity.v1.Teacher.$Shape;
                 *   (properties?: everyclass.entity.v1.Teacher.$Properties): everyclass.entity.v1.Teacher;
                 * }}
                 */
                Teacher.create = function(properties) {
                    return new Teacher(properties);
                };

                /**
                 * Encodes the specified Teacher message. Does not implicitly {@link everyclass.entity.v1.Teacher.verify|verify} messages.
                 * @function encode
                 * @memberof everyclass.entity.v1.Teacher
                 * @static
                 * @param {everyclass.entity.v1.Teacher.$Properties} m Teacher message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Teacher.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.id != null && $Object.hasOwnProperty.call(m, "id") && m.id !== "")
                        w.uint32(/* id 1, wireType 2 =*/10).string(m.id);
                    if (m.code != null && $Object.hasOwnProperty.call(m, "code") && m.code !== "")
                        w.uint32(/* id 2, wireType 2 =*/18).string(m.code);
                    if (m.name != null && $Object.hasOwnProperty.call(m, "name") && m.name !== "")
                        w.uint32(/* id 3, wireType 2 =*/26).string(m.name);
                    if (m.title != null && $Object.hasOwnProperty.call(m, "title") && m.title !== "")
                        w.uint32(/* id 4, wireType 2 =*/34).string(m.title);
                    if (m.department != null && $Object.hasOwnProperty.call(m, "department") && m.department !== "")
                        w.uint32(/* id 5, wireType 2 =*/42).string(m.department);
                    if (m.semesters != null && m.semesters.length) {
                        for (var i = 0; i < m.semesters.length; ++i)
                            w.uint32(/* id 6, wireType 2 =*/50).string(m.semesters[i]);
                    }
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                /**
                 * Encodes the specified Teacher message, length delimited. Does not implicitly {@link everyclass.entity.v1.Teacher.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof everyclass.entity.v1.Teacher
                 * @static
                 * @param {everyclass.entity.v1.Teacher.$Properties} message Teacher message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Teacher.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a Teacher message from the specified reader or buffer.
                 * @function decode
                 * @memberof everyclass.entity.v1.Teacher
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {everyclass.entity.v1.Teacher & everyclass.entity.v1.Teacher.$Shape} Teacher
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Teacher.decode = function (r, l, z, q, g) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (q === $undefined)
                        q = 0;
                    if (q > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var c, m, v;
                    if (l === $undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw $RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = g || new $root.everyclass.entity.v1.Teacher();
                    while (r.pos < c) {
                        var s = r.pos;
                        var t = r.tag();
                        if (t === z) {
                            z = $undefined;
                            break;
                        }
                        var u = t & 7;
                        switch (t >>>= 3) {
                        case 1: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.id = v;
                                else
                                    delete m.id;
                                continue;
                            }
                        case 2: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.code = v;
                                else
                                    delete m.code;
                                continue;
                            }
                        case 3: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.name = v;
                                else
                                    delete m.name;
                                continue;
                            }
                        case 4: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.title = v;
                                else
                                    delete m.title;
                                continue;
                            }
                        case 5: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.department = v;
                                else
                                    delete m.department;
                                continue;
                            }
                        case 6: {
                                if (u !== 2)
                                    break;
                                if (!(m.semesters && m.semesters.length))
                                    m.semesters = [];
                                m.semesters.push(r.stringVerify());
                                continue;
                            }
                        }
                        r.skipType(u, q, t);
                        if (!r.discardUnknown) {
                            $util.makeProp(m, "$unknowns", false);
                            (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                        }
                    }
                    if (l !== $undefined) {
                        if (r.pos !== c)
                            throw $RangeError("index out of range");
                        r.len = l;
                    }
                    if (z !== $undefined)
                        throw $Error("missing end group");
                    return m;
                };

                /**
                 * Decodes a Teacher message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof everyclass.entity.v1.Teacher
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {everyclass.entity.v1.Teacher & everyclass.entity.v1.Teacher.$Shape} Teacher
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Teacher.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a Teacher message.
                 * @function verify
                 * @memberof everyclass.entity.v1.Teacher
                 * @static
                 * @param {Object.<string,*>} m Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                Teacher.verify = function (m, q) {
                    if (typeof m !== "object" || m === null)
                        return "object expected";
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        return "max depth exceeded";
                    if (m.id != null && $Object.hasOwnProperty.call(m, "id")) {
                        if (!$util.isString(m.id))
                            return "id: string expected";
                    }
                    if (m.code != null && $Object.hasOwnProperty.call(m, "code")) {
                        if (!$util.isString(m.code))
                            return "code: string expected";
                    }
                    if (m.name != null && $Object.hasOwnProperty.call(m, "name")) {
                        if (!$util.isString(m.name))
                            return "name: string expected";
                    }
                    if (m.title != null && $Object.hasOwnProperty.call(m, "title")) {
                        if (!$util.isString(m.title))
                            return "title: string expected";
                    }
                    if (m.department != null && $Object.hasOwnProperty.call(m, "department")) {
                        if (!$util.isString(m.department))
                            return "department: string expected";
                    }
                    if (m.semesters != null && $Object.hasOwnProperty.call(m, "semesters")) {
                        if (!$Array.isArray(m.semesters))
                            return "semesters: array expected";
                        for (var i = 0; i < m.semesters.length; ++i) {
                            if (!$util.isString(m.semesters[i]))
                                return "semesters: string[] expected";
                        }
                    }
                    return null;
                };

                /**
                 * Creates a Teacher message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof everyclass.entity.v1.Teacher
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {everyclass.entity.v1.Teacher} Teacher
                 */
                Teacher.fromObject = function (d, q) {
                    if (d instanceof $root.everyclass.entity.v1.Teacher)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".everyclass.entity.v1.Teacher: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.everyclass.entity.v1.Teacher();
                    if (d.id != null) {
                        if (typeof d.id !== "string" || d.id.length) {
                            m.id = $String(d.id);
                        }
                    }
                    if (d.code != null) {
                        if (typeof d.code !== "string" || d.code.length) {
                            m.code = $String(d.code);
                        }
                    }
                    if (d.name != null) {
                        if (typeof d.name !== "string" || d.name.length) {
                            m.name = $String(d.name);
                        }
                    }
                    if (d.title != null) {
                        if (typeof d.title !== "string" || d.title.length) {
                            m.title = $String(d.title);
                        }
                    }
                    if (d.department != null) {
                        if (typeof d.department !== "string" || d.department.length) {
                            m.department = $String(d.department);
                        }
                    }
                    if (d.semesters) {
                        if (!$Array.isArray(d.semesters))
                            throw $TypeError(".everyclass.entity.v1.Teacher.semesters: array expected");
                        m.semesters = $Array(d.semesters.length);
                        for (var i = 0; i < d.semesters.length; ++i) {
                            m.semesters[i] = $String(d.semesters[i]);
                        }
                    }
                    return m;
                };

                /**
                 * Creates a plain object from a Teacher message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof everyclass.entity.v1.Teacher
                 * @static
                 * @param {everyclass.entity.v1.Teacher} m Teacher
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Teacher.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.arrays || o.defaults) {
                        d.semesters = [];
                    }
                    if (o.defaults) {
                        d.id = "";
                        d.code = "";
                        d.name = "";
                        d.title = "";
                        d.department = "";
                    }
                    if (m.id != null && $Object.hasOwnProperty.call(m, "id")) {
                        d.id = m.id;
                    }
                    if (m.code != null && $Object.hasOwnProperty.call(m, "code")) {
                        d.code = m.code;
                    }
                    if (m.name != null && $Object.hasOwnProperty.call(m, "name")) {
                        d.name = m.name;
                    }
                    if (m.title != null && $Object.hasOwnProperty.call(m, "title")) {
                        d.title = m.title;
                    }
                    if (m.department != null && $Object.hasOwnProperty.call(m, "department")) {
                        d.department = m.department;
                    }
                    if (m.semesters && m.semesters.length) {
                        d.semesters = $Array(m.semesters.length);
                        for (var j = 0; j < m.semesters.length; ++j) {
                            d.semesters[j] = m.semesters[j];
                        }
                    }
                    return d;
                };

                /**
                 * Converts this Teacher to JSON.
                 * @function toJSON
                 * @memberof everyclass.entity.v1.Teacher
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Teacher.prototype.toJSON = function() {
                    return Teacher.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Teacher
                 * @function getTypeUrl
                 * @memberof everyclass.entity.v1.Teacher
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Teacher.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/everyclass.entity.v1.Teacher";
                };

                return Teacher;
            })();

            v1.Room = (function() {

                /**
                 * Properties of a Room.
                 * @typedef {Object} everyclass.entity.v1.Room.$Properties
                 * @property {string|null} [id] Room id
                 * @property {string|null} [code] Room code
                 * @property {string|null} [name] Room name
                 * @property {string|null} [building] Room building
                 * @property {string|null} [campus] Room campus
                 * @property {number|null} [capacity] Room capacity
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Room.
                 * @memberof everyclass.entity.v1
                 * @interface IRoom
                 * @augments everyclass.entity.v1.Room.$Properties
                 * @deprecated Use everyclass.entity.v1.Room.$Properties instead.
                 */

                /**
                 * Shape of a Room.
                 * @typedef {everyclass.entity.v1.Room.$Properties} everyclass.entity.v1.Room.$Shape
                 */

                /**
                 * Constructs a new Room.
                 * @memberof everyclass.entity.v1
                 * @classdesc Represents a Room.
                 * @constructor
                 * @param {everyclass.entity.v1.Room.$Properties=} [p] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Room = function (p) {
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                /**
                 * Room id.
                 * @member {string} id
                 * @memberof everyclass.entity.v1.Room
                 * @instance
                 */
                Room.prototype.id = "";

                /**
                 * Room code.
                 * @member {string} code
                 * @memberof everyclass.entity.v1.Room
                 * @instance
                 */
                Room.prototype.code = "";

                /**
                 * Room name.
                 * @member {string} name
                 * @memberof everyclass.entity.v1.Room
                 * @instance
                 */
                Room.prototype.name = "";

                /**
                 * Room building.
                 * @member {string} building
                 * @memberof everyclass.entity.v1.Room
                 * @instance
                 */
                Room.prototype.building = "";

                /**
                 * Room campus.
                 * @member {string} campus
                 * @memberof everyclass.entity.v1.Room
                 * @instance
                 */
                Room.prototype.campus = "";

                /**
                 * Room capacity.
                 * @member {number} capacity
                 * @memberof everyclass.entity.v1.Room
                 * @instance
                 */
                Room.prototype.capacity = 0;

                /**
                 * Creates a new Room instance using the specified properties.
                 * @function create
                 * @memberof everyclass.entity.v1.Room
                 * @static
                 * @param {everyclass.entity.v1.Room.$Properties=} [properties] Properties to set
                 * @returns {everyclass.entity.v1.Room} Room instance
                 * @type {{
                 *   (properties: everyclass.entity.v1.Room.$Shape): everyclass.entity.v1.Room & everyclass.entity.v1.Room.$Shape;
                 *   (properties?: everyclass.entity.v1.Room.$Properties): everyclass.entity.v1.Room;
                 * }}
                 */
                Room.create = function(properties) {
                    return new Room(properties);
                };

                /**
                 * Encodes the specified Room message. Does not implicitly {@link everyclass.entity.v1.Room.verify|verify} messages.
                 * @function encode
                 * @memberof everyclass.entity.v1.Room
                 * @static
                 * @param {everyclass.entity.v1.Room.$Properties} m Room message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Room.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.id != null && $Object.hasOwnProperty.call(m, "id") && m.id !== "")
                        w.uint32(/* id 1, wireType 2 =*/10).string(m.id);
                    if (m.code != null && $Object.hasOwnProperty.call(m, "code") && m.code !== "")
                        w.uint32(/* id 2, wireType 2 =*/18).string(m.code);
                    if (m.name != null && $Object.hasOwnProperty.call(m, "name") && m.name !== "")
                        w.uint32(/* id 3, wireType 2 =*/26).string(m.name);
                    if (m.building != null && $Object.hasOwnProperty.call(m, "building") && m.building !== "")
                        w.uint32(/* id 4, wireType 2 =*/34).string(m.building);
                    if (m.campus != null && $Object.hasOwnProperty.call(m, "campus") && m.campus !== "")
                        w.uint32(/* id 5, wireType 2 =*/42).string(m.campus);
                    if (m.capacity != null && $Object.hasOwnProperty.call(m, "capacity") && m.capacity !== 0)
                        w.uint32(/* id 6, wireType 0 =*/48).uint32(m.capacity);
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                /**
                 * Encodes the specified Room message, length delimited. Does not implicitly {@link everyclass.entity.v1.Room.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof everyclass.entity.v1.Room
                 * @static
                 * @param {everyclass.entity.v1.Room.$Properties} message Room message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Room.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a Room message from the specified reader or buffer.
                 * @function decode
                 * @memberof everyclass.entity.v1.Room
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {everyclass.entity.v1.Room & everyclass.entity.v1.Room.$Shape} Room
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Room.decode = function (r, l, z, q, g) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (q === $undefined)
                        q = 0;
                    if (q > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var c, m, v;
                    if (l === $undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw $RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = g || new $root.everyclass.entity.v1.Room();
                    while (r.pos < c) {
                        var s = r.pos;
                        var t = r.tag();
                        if (t === z) {
                            z = $undefined;
                            break;
                        }
                        var u = t & 7;
                        switch (t >>>= 3) {
                        case 1: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.id = v;
                                else
                                    delete m.id;
                                continue;
                            }
                        case 2: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.code = v;
                                else
                                    delete m.code;
                                continue;
                            }
                        case 3: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.name = v;
                                else
                                    delete m.name;
                                continue;
                            }
                        case 4: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.building = v;
                                else
                                    delete m.building;
                                continue;
                            }
                        case 5: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.campus = v;
                                else
                                    delete m.campus;
                                continue;
                            }
                        case 6: {
                                if (u !== 0)
                                    break;
                                if (v = r.uint32())
                                    m.capacity = v;
                                else
                                    delete m.capacity;
                                continue;
                            }
                        }
                        r.skipType(u, q, t);
                        if (!r.discardUnknown) {
                            $util.makeProp(m, "$unknowns", false);
                            (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                        }
                    }
                    if (l !== $undefined) {
                        if (r.pos !== c)
                            throw $RangeError("index out of range");
                        r.len = l;
                    }
                    if (z !== $undefined)
                        throw $Error("missing end group");
                    return m;
                };

                /**
                 * Decodes a Room message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof everyclass.entity.v1.Room
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {everyclass.entity.v1.Room & everyclass.entity.v1.Room.$Shape} Room
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Room.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a Room message.
                 * @function verify
                 * @memberof everyclass.entity.v1.Room
                 * @static
                 * @param {Object.<string,*>} m Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                Room.verify = function (m, q) {
                    if (typeof m !== "object" || m === null)
                        return "object expected";
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        return "max depth exceeded";
                    if (m.id != null && $Object.hasOwnProperty.call(m, "id")) {
                        if (!$util.isString(m.id))
                            return "id: string expected";
                    }
                    if (m.code != null && $Object.hasOwnProperty.call(m, "code")) {
                        if (!$util.isString(m.code))
                            return "code: string expected";
                    }
                    if (m.name != null && $Object.hasOwnProperty.call(m, "name")) {
                        if (!$util.isString(m.name))
                            return "name: string expected";
                    }
                    if (m.building != null && $Object.hasOwnProperty.call(m, "building")) {
                        if (!$util.isString(m.building))
                            return "building: string expected";
                    }
                    if (m.campus != null && $Object.hasOwnProperty.call(m, "campus")) {
                        if (!$util.isString(m.campus))
                            return "campus: string expected";
                    }
                    if (m.capacity != null && $Object.hasOwnProperty.call(m, "capacity")) {
                        if (!$util.isInteger(m.capacity))
                            return "capacity: integer expected";
                    }
                    return null;
                };

                /**
                 * Creates a Room message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof everyclass.entity.v1.Room
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {everyclass.entity.v1.Room} Room
                 */
                Room.fromObject = function (d, q) {
                    if (d instanceof $root.everyclass.entity.v1.Room)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".everyclass.entity.v1.Room: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.everyclass.entity.v1.Room();
                    if (d.id != null) {
                        if (typeof d.id !== "string" || d.id.length) {
                            m.id = $String(d.id);
                        }
                    }
                    if (d.code != null) {
                        if (typeof d.code !== "string" || d.code.length) {
                            m.code = $String(d.code);
                        }
                    }
                    if (d.name != null) {
                        if (typeof d.name !== "string" || d.name.length) {
                            m.name = $String(d.name);
                        }
                    }
                    if (d.building != null) {
                        if (typeof d.building !== "string" || d.building.length) {
                            m.building = $String(d.building);
                        }
                    }
                    if (d.campus != null) {
                        if (typeof d.campus !== "string" || d.campus.length) {
                            m.campus = $String(d.campus);
                        }
                    }
                    if (d.capacity != null) {
                        if ($Number(d.capacity) !== 0) {
                            m.capacity = d.capacity >>> 0;
                        }
                    }
                    return m;
                };

                /**
                 * Creates a plain object from a Room message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof everyclass.entity.v1.Room
                 * @static
                 * @param {everyclass.entity.v1.Room} m Room
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Room.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        d.id = "";
                        d.code = "";
                        d.name = "";
                        d.building = "";
                        d.campus = "";
                        d.capacity = 0;
                    }
                    if (m.id != null && $Object.hasOwnProperty.call(m, "id")) {
                        d.id = m.id;
                    }
                    if (m.code != null && $Object.hasOwnProperty.call(m, "code")) {
                        d.code = m.code;
                    }
                    if (m.name != null && $Object.hasOwnProperty.call(m, "name")) {
                        d.name = m.name;
                    }
                    if (m.building != null && $Object.hasOwnProperty.call(m, "building")) {
                        d.building = m.building;
                    }
                    if (m.campus != null && $Object.hasOwnProperty.call(m, "campus")) {
                        d.campus = m.campus;
                    }
                    if (m.capacity != null && $Object.hasOwnProperty.call(m, "capacity")) {
                        d.capacity = m.capacity;
                    }
                    return d;
                };

                /**
                 * Converts this Room to JSON.
                 * @function toJSON
                 * @memberof everyclass.entity.v1.Room
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Room.prototype.toJSON = function() {
                    return Room.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Room
                 * @function getTypeUrl
                 * @memberof everyclass.entity.v1.Room
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Room.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/everyclass.entity.v1.Room";
                };

                return Room;
            })();

            v1.Card = (function() {

                /**
                 * Properties of a Card.
                 * @typedef {Object} everyclass.entity.v1.Card.$Properties
                 * @property {string|null} [id] Card id
                 * @property {string|null} [code] Card code
                 * @property {string|null} [courseCode] Card courseCode
                 * @property {string|null} [courseName] Card courseName
                 * @property {string|null} [semester] Card semester
                 * @property {string|null} [lesson] Card lesson
                 * @property {number|null} [weekday] Card weekday
                 * @property {number|null} [firstPeriod] Card firstPeriod
                 * @property {number|null} [lastPeriod] Card lastPeriod
                 * @property {Array.<number>|null} [weeks] Card weeks
                 * @property {string|null} [weekText] Card weekText
                 * @property {everyclass.entity.v1.Ref.$Properties|null} [room] Card room
                 * @property {Array.<everyclass.entity.v1.Ref.$Properties>|null} [teachers] Card teachers
                 * @property {number|null} [studentCount] Card studentCount
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Card.
                 * @memberof everyclass.entity.v1
                 * @interface ICard
                 * @augments everyclass.entity.v1.Card.$Properties
                 * @deprecated Use everyclass.entity.v1.Card.$Properties instead.
                 */

                /**
                 * Shape of a Card.
                 * @typedef {everyclass.entity.v1.Card.$Properties} everyclass.entity.v1.Card.$Shape
                 */

                /**
                 * Constructs a new Card.
                 * @memberof everyclass.entity.v1
                 * @classdesc Represents a Card.
                 * @constructor
                 * @param {everyclass.entity.v1.Card.$Properties=} [p] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Card = function (p) {
                    this.weeks = [];
                    this.teachers = [];
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                /**
                 * Card id.
                 * @member {string} id
                 * @memberof everyclass.entity.v1.Card
                 * @instance
                 */
                Card.prototype.id = "";

                /**
                 * Card code.
                 * @member {string} code
                 * @memberof everyclass.entity.v1.Card
                 * @instance
                 */
                Card.prototype.code = "";

                /**
                 * Card courseCode.
                 * @member {string} courseCode
                 * @memberof everyclass.entity.v1.Card
                 * @instance
                 */
                Card.prototype.courseCode = "";

                /**
                 * Card courseName.
                 * @member {string} courseName
                 * @memberof everyclass.entity.v1.Card
                 * @instance
                 */
                Card.prototype.courseName = "";

                /**
                 * Card semester.
                 * @member {string} semester
                 * @memberof everyclass.entity.v1.Card
                 * @instance
                 */
                Card.prototype.semester = "";

                /**
                 * Card lesson.
                 * @member {string} lesson
                 * @memberof everyclass.entity.v1.Card
                 * @instance
                 */
                Card.prototype.lesson = "";

                /**
                 * Card weekday.
                 * @member {number} weekday
                 * @memberof everyclass.entity.v1.Card
                 * @instance
                 */
                Card.prototype.weekday = 0;

                /**
                 * Card firstPeriod.
                 * @member {number} firstPeriod
                 * @memberof everyclass.entity.v1.Card
                 * @instance
                 */
                Card.prototype.firstPeriod = 0;

                /**
                 * Card lastPeriod.
                 * @member {number} lastPeriod
                 * @memberof everyclass.entity.v1.Card
                 * @instance
                 */
                Card.prototype.lastPeriod = 0;

                /**
                 * Card weeks.
                 * @member {Array.<number>} weeks
                 * @memberof everyclass.entity.v1.Card
                 * @instance
                 */
                Card.prototype.weeks = $util.emptyArray;

                /**
                 * Card weekText.
                 * @member {string} weekText
                 * @memberof everyclass.entity.v1.Card
                 * @instance
                 */
                Card.prototype.weekText = "";

                /**
                 * Card room.
                 * @member {everyclass.entity.v1.Ref.$Properties|null|undefined} room
                 * @memberof everyclass.entity.v1.Card
                 * @instance
                 */
                Card.prototype.room = null;

                /**
                 * Card teachers.
                 * @member {Array.<everyclass.entity.v1.Ref.$Properties>} teachers
                 * @memberof everyclass.entity.v1.Card
                 * @instance
                 */
                Card.prototype.teachers = $util.emptyArray;

                /**
                 * Card studentCount.
                 * @member {number} studentCount
                 * @memberof everyclass.entity.v1.Card
                 * @instance
                 */
                Card.prototype.studentCount = 0;

                /**
                 * Creates a new Card instance using the specified properties.
                 * @function create
                 * @memberof everyclass.entity.v1.Card
                 * @static
                 * @param {everyclass.entity.v1.Card.$Properties=} [properties] Properties to set
                 * @returns {everyclass.entity.v1.Card} Card instance
                 * @type {{
                 *   (properties: everyclass.entity.v1.Card.$Shape): everyclass.entity.v1.Card & everyclass.entity.v1.Card.$Shape;
                 *   (properties?: everyclass.entity.v1.Card.$Properties): everyclass.entity.v1.Card;
                 * }}
                 */
                Card.create = function(properties) {
                    return new Card(properties);
                };

                /**
                 * Encodes the specified Card message. Does not implicitly {@link everyclass.entity.v1.Card.verify|verify} messages.
                 * @function encode
                 * @memberof everyclass.entity.v1.Card
                 * @static
                 * @param {everyclass.entity.v1.Card.$Properties} m Card message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Card.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.id != null && $Object.hasOwnProperty.call(m, "id") && m.id !== "")
                        w.uint32(/* id 1, wireType 2 =*/10).string(m.id);
                    if (m.code != null && $Object.hasOwnProperty.call(m, "code") && m.code !== "")
                        w.uint32(/* id 2, wireType 2 =*/18).string(m.code);
                    if (m.courseCode != null && $Object.hasOwnProperty.call(m, "courseCode") && m.courseCode !== "")
                        w.uint32(/* id 3, wireType 2 =*/26).string(m.courseCode);
                    if (m.courseName != null && $Object.hasOwnProperty.call(m, "courseName") && m.courseName !== "")
                        w.uint32(/* id 4, wireType 2 =*/34).string(m.courseName);
                    if (m.semester != null && $Object.hasOwnProperty.call(m, "semester") && m.semester !== "")
                        w.uint32(/* id 5, wireType 2 =*/42).string(m.semester);
                    if (m.lesson != null && $Object.hasOwnProperty.call(m, "lesson") && m.lesson !== "")
                        w.uint32(/* id 6, wireType 2 =*/50).string(m.lesson);
                    if (m.weekday != null && $Object.hasOwnProperty.call(m, "weekday") && m.weekday !== 0)
                        w.uint32(/* id 7, wireType 0 =*/56).uint32(m.weekday);
                    if (m.firstPeriod != null && $Object.hasOwnProperty.call(m, "firstPeriod") && m.firstPeriod !== 0)
                        w.uint32(/* id 8, wireType 0 =*/64).uint32(m.firstPeriod);
                    if (m.lastPeriod != null && $Object.hasOwnProperty.call(m, "lastPeriod") && m.lastPeriod !== 0)
                        w.uint32(/* id 9, wireType 0 =*/72).uint32(m.lastPeriod);
                    if (m.weeks != null && m.weeks.length) {
                        w.uint32(/* id 10, wireType 2 =*/82).uint32s(m.weeks);
                    }
                    if (m.weekText != null && $Object.hasOwnProperty.call(m, "weekText") && m.weekText !== "")
                        w.uint32(/* id 11, wireType 2 =*/90).string(m.weekText);
                    if (m.room != null && $Object.hasOwnProperty.call(m, "room"))
                        $root.everyclass.entity.v1.Ref.encode(m.room, w.uint32(/* id 12, wireType 2 =*/98).fork(), q + 1).ldelim();
                    if (m.teachers != null && m.teachers.length) {
                        for (var i = 0; i < m.teachers.length; ++i)
                            $root.everyclass.entity.v1.Ref.encode(m.teachers[i], w.uint32(/* id 13, wireType 2 =*/106).fork(), q + 1).ldelim();
                    }
                    if (m.studentCount != null && $Object.hasOwnProperty.call(m, "studentCount") && m.studentCount !== 0)
                        w.uint32(/* id 14, wireType 0 =*/112).uint32(m.studentCount);
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                /**
                 * Encodes the specified Card message, length delimited. Does not implicitly {@link everyclass.entity.v1.Card.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof everyclass.entity.v1.Card
                 * @static
                 * @param {everyclass.entity.v1.Card.$Properties} message Card message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Card.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a Card message from the specified reader or buffer.
                 * @function decode
                 * @memberof everyclass.entity.v1.Card
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {everyclass.entity.v1.Card & everyclass.entity.v1.Card.$Shape} Card
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Card.decode = function (r, l, z, q, g) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (q === $undefined)
                        q = 0;
                    if (q > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var c, m, v;
                    if (l === $undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw $RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = g || new $root.everyclass.entity.v1.Card();
                    while (r.pos < c) {
                        var s = r.pos;
                        var t = r.tag();
                        if (t === z) {
                            z = $undefined;
                            break;
                        }
                        var u = t & 7;
                        switch (t >>>= 3) {
                        case 1: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.id = v;
                                else
                                    delete m.id;
                                continue;
                            }
                        case 2: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.code = v;
                                else
                                    delete m.code;
                                continue;
                            }
                        case 3: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.courseCode = v;
                                else
                                    delete m.courseCode;
                                continue;
                            }
                        case 4: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.courseName = v;
                                else
                                    delete m.courseName;
                                continue;
                            }
                        case 5: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.semester = v;
                                else
                                    delete m.semester;
                                continue;
                            }
                        case 6: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.lesson = v;
                                else
                                    delete m.lesson;
                                continue;
                            }
                        case 7: {
                                if (u !== 0)
                                    break;
                                if (v = r.uint32())
                                    m.weekday = v;
                                else
                                    delete m.weekday;
                                continue;
                            }
                        case 8: {
                                if (u !== 0)
                                    break;
                                if (v = r.uint32())
                                    m.firstPeriod = v;
                                else
                                    delete m.firstPeriod;
                                continue;
                            }
                        case 9: {
                                if (u !== 0)
                                    break;
                                if (v = r.uint32())
                                    m.lastPeriod = v;
                                else
                                    delete m.lastPeriod;
                                continue;
                            }
                        case 10: {
                                if (u === 2) {
                                    if (!(m.weeks && m.weeks.length))
                                        m.weeks = [];
                                    r.uint32s(m.weeks);
                                    continue;
                                }
                                if (u !== 0)
                                    break;
                                if (!(m.weeks && m.weeks.length))
                                    m.weeks = [];
                                m.weeks.push(r.uint32());
                                continue;
                            }
                        case 11: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.weekText = v;
                                else
                                    delete m.weekText;
                                continue;
                            }
                        case 12: {
                                if (u !== 2)
                                    break;
                                m.room = $root.everyclass.entity.v1.Ref.decode(r, r.size(), $undefined, q + 1, m.room);
                                continue;
                            }
                        case 13: {
                                if (u !== 2)
                                    break;
                                if (!(m.teachers && m.teachers.length))
                                    m.teachers = [];
                                m.teachers.push($root.everyclass.entity.v1.Ref.decode(r, r.size(), $undefined, q + 1));
                                continue;
                            }
                        case 14: {
                                if (u !== 0)
                                    break;
                                if (v = r.uint32())
                                    m.studentCount = v;
                                else
                                    delete m.studentCount;
                                continue;
                            }
                        }
                        r.skipType(u, q, t);
                        if (!r.discardUnknown) {
                            $util.makeProp(m, "$unknowns", false);
                            (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                        }
                    }
                    if (l !== $undefined) {
                        if (r.pos !== c)
                            throw $RangeError("index out of range");
                        r.len = l;
                    }
                    if (z !== $undefined)
                        throw $Error("missing end group");
                    return m;
                };

                /**
                 * Decodes a Card message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof everyclass.entity.v1.Card
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {everyclass.entity.v1.Card & everyclass.entity.v1.Card.$Shape} Card
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Card.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a Card message.
                 * @function verify
                 * @memberof everyclass.entity.v1.Card
                 * @static
                 * @param {Object.<string,*>} m Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                Card.verify = function (m, q) {
                    if (typeof m !== "object" || m === null)
                        return "object expected";
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        return "max depth exceeded";
                    if (m.id != null && $Object.hasOwnProperty.call(m, "id")) {
                        if (!$util.isString(m.id))
                            return "id: string expected";
                    }
                    if (m.code != null && $Object.hasOwnProperty.call(m, "code")) {
                        if (!$util.isString(m.code))
                            return "code: string expected";
                    }
                    if (m.courseCode != null && $Object.hasOwnProperty.call(m, "courseCode")) {
                        if (!$util.isString(m.courseCode))
                            return "courseCode: string expected";
                    }
                    if (m.courseName != null && $Object.hasOwnProperty.call(m, "courseName")) {
                        if (!$util.isString(m.courseName))
                            return "courseName: string expected";
                    }
                    if (m.semester != null && $Object.hasOwnProperty.call(m, "semester")) {
                        if (!$util.isString(m.semester))
                            return "semester: string expected";
                    }
                    if (m.lesson != null && $Object.hasOwnProperty.call(m, "lesson")) {
                        if (!$util.isString(m.lesson))
                            return "lesson: string expected";
                    }
                    if (m.weekday != null && $Object.hasOwnProperty.call(m, "weekday")) {
                        if (!$util.isInteger(m.weekday))
                            return "weekday: integer expected";
                    }
                    if (m.firstPeriod != null && $Object.hasOwnProperty.call(m, "firstPeriod")) {
                        if (!$util.isInteger(m.firstPeriod))
                            return "firstPeriod: integer expected";
                    }
                    if (m.lastPeriod != null && $Object.hasOwnProperty.call(m, "lastPeriod")) {
                        if (!$util.isInteger(m.lastPeriod))
                            return "lastPeriod: integer expected";
                    }
                    if (m.weeks != null && $Object.hasOwnProperty.call(m, "weeks")) {
                        if (!$Array.isArray(m.weeks))
                            return "weeks: array expected";
                        for (var i = 0; i < m.weeks.length; ++i) {
                            if (!$util.isInteger(m.weeks[i]))
                                return "weeks: integer[] expected";
                        }
                    }
                    if (m.weekText != null && $Object.hasOwnProperty.call(m, "weekText")) {
                        if (!$util.isString(m.weekText))
                            return "weekText: string expected";
                    }
                    if (m.room != null && $Object.hasOwnProperty.call(m, "room")) {
                        {
                            var e = $root.everyclass.entity.v1.Ref.verify(m.room, q + 1);
                            if (e)
                                return "room." + e;
                        }
                    }
                    if (m.teachers != null && $Object.hasOwnProperty.call(m, "teachers")) {
                        if (!$Array.isArray(m.teachers))
                            return "teachers: array expected";
                        for (var i = 0; i < m.teachers.length; ++i) {
                            {
                                var e = $root.everyclass.entity.v1.Ref.verify(m.teachers[i], q + 1);
                                if (e)
                                    return "teachers." + e;
                            }
                        }
                    }
                    if (m.studentCount != null && $Object.hasOwnProperty.call(m, "studentCount")) {
                        if (!$util.isInteger(m.studentCount))
                            return "studentCount: integer expected";
                    }
                    return null;
                };

                /**
                 * Creates a Card message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof everyclass.entity.v1.Card
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {everyclass.entity.v1.Card} Card
                 */
                Card.fromObject = function (d, q) {
                    if (d instanceof $root.everyclass.entity.v1.Card)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".everyclass.entity.v1.Card: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.everyclass.entity.v1.Card();
                    if (d.id != null) {
                        if (typeof d.id !== "string" || d.id.length) {
                            m.id = $String(d.id);
                        }
                    }
                    if (d.code != null) {
                        if (typeof d.code !== "string" || d.code.length) {
                            m.code = $String(d.code);
                        }
                    }
                    if (d.courseCode != null) {
                        if (typeof d.courseCode !== "string" || d.courseCode.length) {
                            m.courseCode = $String(d.courseCode);
                        }
                    }
                    if (d.courseName != null) {
                        if (typeof d.courseName !== "string" || d.courseName.length) {
                            m.courseName = $String(d.courseName);
                        }
                    }
                    if (d.semester != null) {
                        if (typeof d.semester !== "string" || d.semester.length) {
                            m.semester = $String(d.semester);
                        }
                    }
                    if (d.lesson != null) {
                        if (typeof d.lesson !== "string" || d.lesson.length) {
                            m.lesson = $String(d.lesson);
                        }
                    }
                    if (d.weekday != null) {
                        if ($Number(d.weekday) !== 0) {
                            m.weekday = d.weekday >>> 0;
                        }
                    }
                    if (d.firstPeriod != null) {
                        if ($Number(d.firstPeriod) !== 0) {
                            m.firstPeriod = d.firstPeriod >>> 0;
                        }
                    }
                    if (d.lastPeriod != null) {
                        if ($Number(d.lastPeriod) !== 0) {
                            m.lastPeriod = d.lastPeriod >>> 0;
                        }
                    }
                    if (d.weeks) {
                        if (!$Array.isArray(d.weeks))
                            throw $TypeError(".everyclass.entity.v1.Card.weeks: array expected");
                        m.weeks = $Array(d.weeks.length);
                        for (var i = 0; i < d.weeks.length; ++i) {
                            m.weeks[i] = d.weeks[i] >>> 0;
                        }
                    }
                    if (d.weekText != null) {
                        if (typeof d.weekText !== "string" || d.weekText.length) {
                            m.weekText = $String(d.weekText);
                        }
                    }
                    if (d.room != null) {
                        if (!$util.isObject(d.room))
                            throw $TypeError(".everyclass.entity.v1.Card.room: object expected");
                        m.room = $root.everyclass.entity.v1.Ref.fromObject(d.room, q + 1);
                    }
                    if (d.teachers) {
                        if (!$Array.isArray(d.teachers))
                            throw $TypeError(".everyclass.entity.v1.Card.teachers: array expected");
                        m.teachers = $Array(d.teachers.length);
                        for (var i = 0; i < d.teachers.length; ++i) {
                            if (!$util.isObject(d.teachers[i]))
                                throw $TypeError(".everyclass.entity.v1.Card.teachers: object expected");
                            m.teachers[i] = $root.everyclass.entity.v1.Ref.fromObject(d.teachers[i], q + 1);
                        }
                    }
                    if (d.studentCount != null) {
                        if ($Number(d.studentCount) !== 0) {
                            m.studentCount = d.studentCount >>> 0;
                        }
                    }
                    return m;
                };

                /**
                 * Creates a plain object from a Card message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof everyclass.entity.v1.Card
                 * @static
                 * @param {everyclass.entity.v1.Card} m Card
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Card.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.arrays || o.defaults) {
                        d.weeks = [];
                        d.teachers = [];
                    }
                    if (o.defaults) {
                        d.id = "";
                        d.code = "";
                        d.courseCode = "";
                        d.courseName = "";
                        d.semester = "";
                        d.lesson = "";
                        d.weekday = 0;
                        d.firstPeriod = 0;
                        d.lastPeriod = 0;
                        d.weekText = "";
                        d.room = null;
                        d.studentCount = 0;
                    }
                    if (m.id != null && $Object.hasOwnProperty.call(m, "id")) {
                        d.id = m.id;
                    }
                    if (m.code != null && $Object.hasOwnProperty.call(m, "code")) {
                        d.code = m.code;
                    }
                    if (m.courseCode != null && $Object.hasOwnProperty.call(m, "courseCode")) {
                        d.courseCode = m.courseCode;
                    }
                    if (m.courseName != null && $Object.hasOwnProperty.call(m, "courseName")) {
                        d.courseName = m.courseName;
                    }
                    if (m.semester != null && $Object.hasOwnProperty.call(m, "semester")) {
                        d.semester = m.semester;
                    }
                    if (m.lesson != null && $Object.hasOwnProperty.call(m, "lesson")) {
                        d.lesson = m.lesson;
                    }
                    if (m.weekday != null && $Object.hasOwnProperty.call(m, "weekday")) {
                        d.weekday = m.weekday;
                    }
                    if (m.firstPeriod != null && $Object.hasOwnProperty.call(m, "firstPeriod")) {
                        d.firstPeriod = m.firstPeriod;
                    }
                    if (m.lastPeriod != null && $Object.hasOwnProperty.call(m, "lastPeriod")) {
                        d.lastPeriod = m.lastPeriod;
                    }
                    if (m.weeks && m.weeks.length) {
                        d.weeks = $Array(m.weeks.length);
                        for (var j = 0; j < m.weeks.length; ++j) {
                            d.weeks[j] = m.weeks[j];
                        }
                    }
                    if (m.weekText != null && $Object.hasOwnProperty.call(m, "weekText")) {
                        d.weekText = m.weekText;
                    }
                    if (m.room != null && $Object.hasOwnProperty.call(m, "room")) {
                        d.room = $root.everyclass.entity.v1.Ref.toObject(m.room, o, q + 1);
                    }
                    if (m.teachers && m.teachers.length) {
                        d.teachers = $Array(m.teachers.length);
                        for (var j = 0; j < m.teachers.length; ++j) {
                            d.teachers[j] = $root.everyclass.entity.v1.Ref.toObject(m.teachers[j], o, q + 1);
                        }
                    }
                    if (m.studentCount != null && $Object.hasOwnProperty.call(m, "studentCount")) {
                        d.studentCount = m.studentCount;
                    }
                    return d;
                };

                /**
                 * Converts this Card to JSON.
                 * @function toJSON
                 * @memberof everyclass.entity.v1.Card
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Card.prototype.toJSON = function() {
                    return Card.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Card
                 * @function getTypeUrl
                 * @memberof everyclass.entity.v1.Card
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Card.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/everyclass.entity.v1.Card";
                };

                return Card;
            })();

            v1.GetRequest = (function() {

                /**
                 * Properties of a GetRequest.
                 * @typedef {Object} everyclass.entity.v1.GetRequest.$Properties
                 * @property {string|null} [id] GetRequest id
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a GetRequest.
                 * @memberof everyclass.entity.v1
                 * @interface IGetRequest
                 * @augments everyclass.entity.v1.GetRequest.$Properties
                 * @deprecated Use everyclass.entity.v1.GetRequest.$Properties instead.
                 */

                /**
                 * Shape of a GetRequest.
                 * @typedef {everyclass.entity.v1.GetRequest.$Properties} everyclass.entity.v1.GetRequest.$Shape
                 */

                /**
                 * Constructs a new GetRequest.
                 * @memberof everyclass.entity.v1
                 * @classdesc Represents a GetRequest.
                 * @constructor
                 * @param {everyclass.entity.v1.GetRequest.$Properties=} [p] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const GetRequest = function (p) {
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                /**
                 * GetRequest id.
                 * @member {string} id
                 * @memberof everyclass.entity.v1.GetRequest
                 * @instance
                 */
                GetRequest.prototype.id = "";

                /**
                 * Creates a new GetRequest instance using the specified properties.
                 * @function create
                 * @memberof everyclass.entity.v1.GetRequest
                 * @static
                 * @param {everyclass.entity.v1.GetRequest.$Properties=} [properties] Properties to set
                 * @returns {everyclass.entity.v1.GetRequest} GetRequest instance
                 * @type {{
                 *   (properties: everyclass.entity.v1.GetRequest.$Shape): everyclass.entity.v1.GetRequest & everyclass.entity.v1.GetRequest.$Shape;
                 *   (properties?: everyclass.entity.v1.GetRequest.$Properties): everyclass.entity.v1.GetRequest;
                 * }}
                 */
                GetRequest.create = function(properties) {
                    return new GetRequest(properties);
                };

                /**
                 * Encodes the specified GetRequest message. Does not implicitly {@link everyclass.entity.v1.GetRequest.verify|verify} messages.
                 * @function encode
                 * @memberof everyclass.entity.v1.GetRequest
                 * @static
                 * @param {everyclass.entity.v1.GetRequest.$Properties} m GetRequest message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                GetRequest.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.id != null && $Object.hasOwnProperty.call(m, "id") && m.id !== "")
                        w.uint32(/* id 1, wireType 2 =*/10).string(m.id);
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                /**
                 * Encodes the specified GetRequest message, length delimited. Does not implicitly {@link everyclass.entity.v1.GetRequest.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof everyclass.entity.v1.GetRequest
                 * @static
                 * @param {everyclass.entity.v1.GetRequest.$Properties} message GetRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                GetRequest.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a GetRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof everyclass.entity.v1.GetRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {everyclass.entity.v1.GetRequest & everyclass.entity.v1.GetRequest.$Shape} GetRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                GetRequest.decode = function (r, l, z, q, g) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (q === $undefined)
                        q = 0;
                    if (q > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var c, m, v;
                    if (l === $undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw $RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = g || new $root.everyclass.entity.v1.GetRequest();
                    while (r.pos < c) {
                        var s = r.pos;
                        var t = r.tag();
                        if (t === z) {
                            z = $undefined;
                            break;
                        }
                        var u = t & 7;
                        switch (t >>>= 3) {
                        case 1: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.id = v;
                                else
                                    delete m.id;
                                continue;
                            }
                        }
                        r.skipType(u, q, t);
                        if (!r.discardUnknown) {
                            $util.makeProp(m, "$unknowns", false);
                            (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                        }
                    }
                    if (l !== $undefined) {
                        if (r.pos !== c)
                            throw $RangeError("index out of range");
                        r.len = l;
                    }
                    if (z !== $undefined)
                        throw $Error("missing end group");
                    return m;
                };

                /**
                 * Decodes a GetRequest message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof everyclass.entity.v1.GetRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {everyclass.entity.v1.GetRequest & everyclass.entity.v1.GetRequest.$Shape} GetRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                GetRequest.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a GetRequest message.
                 * @function verify
                 * @memberof everyclass.entity.v1.GetRequest
                 * @static
                 * @param {Object.<string,*>} m Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                GetRequest.verify = function (m, q) {
                    if (typeof m !== "object" || m === null)
                        return "object expected";
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        return "max depth exceeded";
                    if (m.id != null && $Object.hasOwnProperty.call(m, "id")) {
                        if (!$util.isString(m.id))
                            return "id: string expected";
                    }
                    return null;
                };

                /**
                 * Creates a GetRequest message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof everyclass.entity.v1.GetRequest
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {everyclass.entity.v1.GetRequest} GetRequest
                 */
                GetRequest.fromObject = function (d, q) {
                    if (d instanceof $root.everyclass.entity.v1.GetRequest)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".everyclass.entity.v1.GetRequest: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.everyclass.entity.v1.GetRequest();
                    if (d.id != null) {
                        if (typeof d.id !== "string" || d.id.length) {
                            m.id = $String(d.id);
                        }
                    }
                    return m;
                };

                /**
                 * Creates a plain object from a GetRequest message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof everyclass.entity.v1.GetRequest
                 * @static
                 * @param {everyclass.entity.v1.GetRequest} m GetRequest
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                GetRequest.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        d.id = "";
                    }
                    if (m.id != null && $Object.hasOwnProperty.call(m, "id")) {
                        d.id = m.id;
                    }
                    return d;
                };

                /**
                 * Converts this GetRequest to JSON.
                 * @function toJSON
                 * @memberof everyclass.entity.v1.GetRequest
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                GetRequest.prototype.toJSON = function() {
                    return GetRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for GetRequest
                 * @function getTypeUrl
                 * @memberof everyclass.entity.v1.GetRequest
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                GetRequest.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/everyclass.entity.v1.GetRequest";
                };

                return GetRequest;
            })();

            v1.SearchRequest = (function() {

                /**
                 * Properties of a SearchRequest.
                 * @typedef {Object} everyclass.entity.v1.SearchRequest.$Properties
                 * @property {string|null} [query] SearchRequest query
                 * @property {number|null} [page] SearchRequest page
                 * @property {number|null} [pageSize] SearchRequest pageSize
                 * @property {Array.<everyclass.entity.v1.Kind>|null} [kinds] SearchRequest kinds
                 * @property {string|null} [semester] SearchRequest semester
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a SearchRequest.
                 * @memberof everyclass.entity.v1
                 * @interface ISearchRequest
                 * @augments everyclass.entity.v1.SearchRequest.$Properties
                 * @deprecated Use everyclass.entity.v1.SearchRequest.$Properties instead.
                 */

                /**
                 * Shape of a SearchRequest.
                 * @typedef {everyclass.entity.v1.SearchRequest.$Properties} everyclass.entity.v1.SearchRequest.$Shape
                 */

                /**
                 * Constructs a new SearchRequest.
                 * @memberof everyclass.entity.v1
                 * @classdesc Represents a SearchRequest.
                 * @constructor
                 * @param {everyclass.entity.v1.SearchRequest.$Properties=} [p] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const SearchRequest = function (p) {
                    this.kinds = [];
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                /**
                 * SearchRequest query.
                 * @member {string} query
                 * @memberof everyclass.entity.v1.SearchRequest
                 * @instance
                 */
                SearchRequest.prototype.query = "";

                /**
                 * SearchRequest page.
                 * @member {number} page
                 * @memberof everyclass.entity.v1.SearchRequest
                 * @instance
                 */
                SearchRequest.prototype.page = 0;

                /**
                 * SearchRequest pageSize.
                 * @member {number} pageSize
                 * @memberof everyclass.entity.v1.SearchRequest
                 * @instance
                 */
                SearchRequest.prototype.pageSize = 0;

                /**
                 * SearchRequest kinds.
                 * @member {Array.<everyclass.entity.v1.Kind>} kinds
                 * @memberof everyclass.entity.v1.SearchRequest
                 * @instance
                 */
                SearchRequest.prototype.kinds = $util.emptyArray;

                /**
                 * SearchRequest semester.
                 * @member {string} semester
                 * @memberof everyclass.entity.v1.SearchRequest
                 * @instance
                 */
                SearchRequest.prototype.semester = "";

                /**
                 * Creates a new SearchRequest instance using the specified properties.
                 * @function create
                 * @memberof everyclass.entity.v1.SearchRequest
                 * @static
                 * @param {everyclass.entity.v1.SearchRequest.$Properties=} [properties] Properties to set
                 * @returns {everyclass.entity.v1.SearchRequest} SearchRequest instance
                 * @type {{
                 *   (properties: everyclass.entity.v1.SearchRequest.$Shape): everyclass.entity.v1.SearchRequest & everyclass.entity.v1.SearchRequest.$Shape;
                 *   (properties?: everyclass.entity.v1.SearchRequest.$Properties): everyclass.entity.v1.SearchRequest;
                 * }}
                 */
                SearchRequest.create = function(properties) {
                    return new SearchRequest(properties);
                };

                /**
                 * Encodes the specified SearchRequest message. Does not implicitly {@link everyclass.entity.v1.SearchRequest.verify|verify} messages.
                 * @function encode
                 * @memberof everyclass.entity.v1.SearchRequest
                 * @static
                 * @param {everyclass.entity.v1.SearchRequest.$Properties} m SearchRequest message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                SearchRequest.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.query != null && $Object.hasOwnProperty.call(m, "query") && m.query !== "")
                        w.uint32(/* id 1, wireType 2 =*/10).string(m.query);
                    if (m.page != null && $Object.hasOwnProperty.call(m, "page") && m.page !== 0)
                        w.uint32(/* id 2, wireType 0 =*/16).uint32(m.page);
                    if (m.pageSize != null && $Object.hasOwnProperty.call(m, "pageSize") && m.pageSize !== 0)
                        w.uint32(/* id 3, wireType 0 =*/24).uint32(m.pageSize);
                    if (m.kinds != null && m.kinds.length) {
                        w.uint32(/* id 4, wireType 2 =*/34).int32s(m.kinds);
                    }
                    if (m.semester != null && $Object.hasOwnProperty.call(m, "semester") && m.semester !== "")
                        w.uint32(/* id 5, wireType 2 =*/42).string(m.semester);
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                /**
                 * Encodes the specified SearchRequest message, length delimited. Does not implicitly {@link everyclass.entity.v1.SearchRequest.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof everyclass.entity.v1.SearchRequest
                 * @static
                 * @param {everyclass.entity.v1.SearchRequest.$Properties} message SearchRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                SearchRequest.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a SearchRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof everyclass.entity.v1.SearchRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {everyclass.entity.v1.SearchRequest & everyclass.entity.v1.SearchRequest.$Shape} SearchRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                SearchRequest.decode = function (r, l, z, q, g) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (q === $undefined)
                        q = 0;
                    if (q > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var c, m, v;
                    if (l === $undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw $RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = g || new $root.everyclass.entity.v1.SearchRequest();
                    while (r.pos < c) {
                        var s = r.pos;
                        var t = r.tag();
                        if (t === z) {
                            z = $undefined;
                            break;
                        }
                        var u = t & 7;
                        switch (t >>>= 3) {
                        case 1: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.query = v;
                                else
                                    delete m.query;
                                continue;
                            }
                        case 2: {
                                if (u !== 0)
                                    break;
                                if (v = r.uint32())
                                    m.page = v;
                                else
                                    delete m.page;
                                continue;
                            }
                        case 3: {
                                if (u !== 0)
                                    break;
                                if (v = r.uint32())
                                    m.pageSize = v;
                                else
                                    delete m.pageSize;
                                continue;
                            }
                        case 4: {
                                if (u === 2) {
                                    if (!(m.kinds && m.kinds.length))
                                        m.kinds = [];
                                    r.int32s(m.kinds);
                                    continue;
                                }
                                if (u !== 0)
                                    break;
                                if (!(m.kinds && m.kinds.length))
                                    m.kinds = [];
                                m.kinds.push(r.int32());
                                continue;
                            }
                        case 5: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.semester = v;
                                else
                                    delete m.semester;
                                continue;
                            }
                        }
                        r.skipType(u, q, t);
                        if (!r.discardUnknown) {
                            $util.makeProp(m, "$unknowns", false);
                            (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                        }
                    }
                    if (l !== $undefined) {
                        if (r.pos !== c)
                            throw $RangeError("index out of range");
                        r.len = l;
                    }
                    if (z !== $undefined)
                        throw $Error("missing end group");
                    return m;
                };

                /**
                 * Decodes a SearchRequest message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof everyclass.entity.v1.SearchRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {everyclass.entity.v1.SearchRequest & everyclass.entity.v1.SearchRequest.$Shape} SearchRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                SearchRequest.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a SearchRequest message.
                 * @function verify
                 * @memberof everyclass.entity.v1.SearchRequest
                 * @static
                 * @param {Object.<string,*>} m Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                SearchRequest.verify = function (m, q) {
                    if (typeof m !== "object" || m === null)
                        return "object expected";
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        return "max depth exceeded";
                    if (m.query != null && $Object.hasOwnProperty.call(m, "query")) {
                        if (!$util.isString(m.query))
                            return "query: string expected";
                    }
                    if (m.page != null && $Object.hasOwnProperty.call(m, "page")) {
                        if (!$util.isInteger(m.page))
                            return "page: integer expected";
                    }
                    if (m.pageSize != null && $Object.hasOwnProperty.call(m, "pageSize")) {
                        if (!$util.isInteger(m.pageSize))
                            return "pageSize: integer expected";
                    }
                    if (m.kinds != null && $Object.hasOwnProperty.call(m, "kinds")) {
                        if (!$Array.isArray(m.kinds))
                            return "kinds: array expected";
                        for (var i = 0; i < m.kinds.length; ++i) {
                            if (typeof m.kinds[i] !== "number" || (m.kinds[i] | 0) !== m.kinds[i])
                                return "kinds: enum value[] expected";
                        }
                    }
                    if (m.semester != null && $Object.hasOwnProperty.call(m, "semester")) {
                        if (!$util.isString(m.semester))
                            return "semester: string expected";
                    }
                    return null;
                };

                /**
                 * Creates a SearchRequest message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof everyclass.entity.v1.SearchRequest
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {everyclass.entity.v1.SearchRequest} SearchRequest
                 */
                SearchRequest.fromObject = function (d, q) {
                    if (d instanceof $root.everyclass.entity.v1.SearchRequest)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".everyclass.entity.v1.SearchRequest: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.everyclass.entity.v1.SearchRequest();
                    if (d.query != null) {
                        if (typeof d.query !== "string" || d.query.length) {
                            m.query = $String(d.query);
                        }
                    }
                    if (d.page != null) {
                        if ($Number(d.page) !== 0) {
                            m.page = d.page >>> 0;
                        }
                    }
                    if (d.pageSize != null) {
                        if ($Number(d.pageSize) !== 0) {
                            m.pageSize = d.pageSize >>> 0;
                        }
                    }
                    if (d.kinds) {
                        if (!$Array.isArray(d.kinds))
                            throw $TypeError(".everyclass.entity.v1.SearchRequest.kinds: array expected");
                        m.kinds = [];
                        for (var i = 0; i < d.kinds.length; ++i) {
                            switch (d.kinds[i]) {
                            case "KIND_UNSPECIFIED":
                            case 0:
                                m.kinds[m.kinds.length] = 0;
                                break;
                            case "STUDENT":
                            case 1:
                                m.kinds[m.kinds.length] = 1;
                                break;
                            case "TEACHER":
                            case 2:
                                m.kinds[m.kinds.length] = 2;
                                break;
                            case "ROOM":
                            case 3:
                                m.kinds[m.kinds.length] = 3;
                                break;
                            case "CARD":
                            case 4:
                                m.kinds[m.kinds.length] = 4;
                                break;
                            default:
                                if (typeof d.kinds[i] === "number" && (d.kinds[i] | 0) === d.kinds[i])
                                    m.kinds[m.kinds.length] = d.kinds[i];
                            }
                        }
                    }
                    if (d.semester != null) {
                        if (typeof d.semester !== "string" || d.semester.length) {
                            m.semester = $String(d.semester);
                        }
                    }
                    return m;
                };

                /**
                 * Creates a plain object from a SearchRequest message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof everyclass.entity.v1.SearchRequest
                 * @static
                 * @param {everyclass.entity.v1.SearchRequest} m SearchRequest
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                SearchRequest.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.arrays || o.defaults) {
                        d.kinds = [];
                    }
                    if (o.defaults) {
                        d.query = "";
                        d.page = 0;
                        d.pageSize = 0;
                        d.semester = "";
                    }
                    if (m.query != null && $Object.hasOwnProperty.call(m, "query")) {
                        d.query = m.query;
                    }
                    if (m.page != null && $Object.hasOwnProperty.call(m, "page")) {
                        d.page = m.page;
                    }
                    if (m.pageSize != null && $Object.hasOwnProperty.call(m, "pageSize")) {
                        d.pageSize = m.pageSize;
                    }
                    if (m.kinds && m.kinds.length) {
                        d.kinds = $Array(m.kinds.length);
                        for (var j = 0; j < m.kinds.length; ++j) {
                            d.kinds[j] = o.enums === $String ? $root.everyclass.entity.v1.Kind[m.kinds[j]] === $undefined ? m.kinds[j] : $root.everyclass.entity.v1.Kind[m.kinds[j]] : m.kinds[j];
                        }
                    }
                    if (m.semester != null && $Object.hasOwnProperty.call(m, "semester")) {
                        d.semester = m.semester;
                    }
                    return d;
                };

                /**
                 * Converts this SearchRequest to JSON.
                 * @function toJSON
                 * @memberof everyclass.entity.v1.SearchRequest
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                SearchRequest.prototype.toJSON = function() {
                    return SearchRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for SearchRequest
                 * @function getTypeUrl
                 * @memberof everyclass.entity.v1.SearchRequest
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                SearchRequest.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/everyclass.entity.v1.SearchRequest";
                };

                return SearchRequest;
            })();

            v1.SearchGroup = (function() {

                /**
                 * Properties of a SearchGroup.
                 * @typedef {Object} everyclass.entity.v1.SearchGroup.$Properties
                 * @property {everyclass.entity.v1.Kind|null} [kind] SearchGroup kind
                 * @property {number|null} [total] SearchGroup total
                 * @property {Array.<everyclass.entity.v1.Ref.$Properties>|null} [items] SearchGroup items
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a SearchGroup.
                 * @memberof everyclass.entity.v1
                 * @interface ISearchGroup
                 * @augments everyclass.entity.v1.SearchGroup.$Properties
                 * @deprecated Use everyclass.entity.v1.SearchGroup.$Properties instead.
                 */

                /**
                 * Shape of a SearchGroup.
                 * @typedef {everyclass.entity.v1.SearchGroup.$Properties} everyclass.entity.v1.SearchGroup.$Shape
                 */

                /**
                 * Constructs a new SearchGroup.
                 * @memberof everyclass.entity.v1
                 * @classdesc Represents a SearchGroup.
                 * @constructor
                 * @param {everyclass.entity.v1.SearchGroup.$Properties=} [p] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const SearchGroup = function (p) {
                    this.items = [];
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                /**
                 * SearchGroup kind.
                 * @member {everyclass.entity.v1.Kind} kind
                 * @memberof everyclass.entity.v1.SearchGroup
                 * @instance
                 */
                SearchGroup.prototype.kind = 0;

                /**
                 * SearchGroup total.
                 * @member {number} total
                 * @memberof everyclass.entity.v1.SearchGroup
                 * @instance
                 */
                SearchGroup.prototype.total = 0;

                /**
                 * SearchGroup items.
                 * @member {Array.<everyclass.entity.v1.Ref.$Properties>} items
                 * @memberof everyclass.entity.v1.SearchGroup
                 * @instance
                 */
                SearchGroup.prototype.items = $util.emptyArray;

                /**
                 * Creates a new SearchGroup instance using the specified properties.
                 * @function create
                 * @memberof everyclass.entity.v1.SearchGroup
                 * @static
                 * @param {everyclass.entity.v1.SearchGroup.$Properties=} [properties] Properties to set
                 * @returns {everyclass.entity.v1.SearchGroup} SearchGroup instance
                 * @type {{
                 *   (properties: everyclass.entity.v1.SearchGroup.$Shape): everyclass.entity.v1.SearchGroup & everyclass.entity.v1.SearchGroup.$Shape;
                 *   (properties?: everyclass.entity.v1.SearchGroup.$Properties): everyclass.entity.v1.SearchGroup;
                 * }}
                 */
                SearchGroup.create = function(properties) {
                    return new SearchGroup(properties);
                };

                /**
                 * Encodes the specified SearchGroup message. Does not implicitly {@link everyclass.entity.v1.SearchGroup.verify|verify} messages.
                 * @function encode
                 * @memberof everyclass.entity.v1.SearchGroup
                 * @static
                 * @param {everyclass.entity.v1.SearchGroup.$Properties} m SearchGroup message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                SearchGroup.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.kind != null && $Object.hasOwnProperty.call(m, "kind") && m.kind !== 0)
                        w.uint32(/* id 1, wireType 0 =*/8).int32(m.kind);
                    if (m.total != null && $Object.hasOwnProperty.call(m, "total") && m.total !== 0)
                        w.uint32(/* id 2, wireType 0 =*/16).uint32(m.total);
                    if (m.items != null && m.items.length) {
                        for (var i = 0; i < m.items.length; ++i)
                            $root.everyclass.entity.v1.Ref.encode(m.items[i], w.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
                    }
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                /**
                 * Encodes the specified SearchGroup message, length delimited. Does not implicitly {@link everyclass.entity.v1.SearchGroup.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof everyclass.entity.v1.SearchGroup
                 * @static
                 * @param {everyclass.entity.v1.SearchGroup.$Properties} message SearchGroup message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                SearchGroup.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a SearchGroup message from the specified reader or buffer.
                 * @function decode
                 * @memberof everyclass.entity.v1.SearchGroup
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {everyclass.entity.v1.SearchGroup & everyclass.entity.v1.SearchGroup.$Shape} SearchGroup
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                SearchGroup.decode = function (r, l, z, q, g) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (q === $undefined)
                        q = 0;
                    if (q > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var c, m, v;
                    if (l === $undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw $RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = g || new $root.everyclass.entity.v1.SearchGroup();
                    while (r.pos < c) {
                        var s = r.pos;
                        var t = r.tag();
                        if (t === z) {
                            z = $undefined;
                            break;
                        }
                        var u = t & 7;
                        switch (t >>>= 3) {
                        case 1: {
                                if (u !== 0)
                                    break;
                                if (v = r.int32())
                                    m.kind = v;
                                else
                                    delete m.kind;
                                continue;
                            }
                        case 2: {
                                if (u !== 0)
                                    break;
                                if (v = r.uint32())
                                    m.total = v;
                                else
                                    delete m.total;
                                continue;
                            }
                        case 3: {
                                if (u !== 2)
                                    break;
                                if (!(m.items && m.items.length))
                                    m.items = [];
                                m.items.push($root.everyclass.entity.v1.Ref.decode(r, r.size(), $undefined, q + 1));
                                continue;
                            }
                        }
                        r.skipType(u, q, t);
                        if (!r.discardUnknown) {
                            $util.makeProp(m, "$unknowns", false);
                            (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                        }
                    }
                    if (l !== $undefined) {
                        if (r.pos !== c)
                            throw $RangeError("index out of range");
                        r.len = l;
                    }
                    if (z !== $undefined)
                        throw $Error("missing end group");
                    return m;
                };

                /**
                 * Decodes a SearchGroup message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof everyclass.entity.v1.SearchGroup
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {everyclass.entity.v1.SearchGroup & everyclass.entity.v1.SearchGroup.$Shape} SearchGroup
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                SearchGroup.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a SearchGroup message.
                 * @function verify
                 * @memberof everyclass.entity.v1.SearchGroup
                 * @static
                 * @param {Object.<string,*>} m Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                SearchGroup.verify = function (m, q) {
                    if (typeof m !== "object" || m === null)
                        return "object expected";
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        return "max depth exceeded";
                    if (m.kind != null && $Object.hasOwnProperty.call(m, "kind")) {
                        if (typeof m.kind !== "number" || (m.kind | 0) !== m.kind)
                            return "kind: enum value expected";
                    }
                    if (m.total != null && $Object.hasOwnProperty.call(m, "total")) {
                        if (!$util.isInteger(m.total))
                            return "total: integer expected";
                    }
                    if (m.items != null && $Object.hasOwnProperty.call(m, "items")) {
                        if (!$Array.isArray(m.items))
                            return "items: array expected";
                        for (var i = 0; i < m.items.length; ++i) {
                            {
                                var e = $root.everyclass.entity.v1.Ref.verify(m.items[i], q + 1);
                                if (e)
                                    return "items." + e;
                            }
                        }
                    }
                    return null;
                };

                /**
                 * Creates a SearchGroup message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof everyclass.entity.v1.SearchGroup
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {everyclass.entity.v1.SearchGroup} SearchGroup
                 */
                SearchGroup.fromObject = function (d, q) {
                    if (d instanceof $root.everyclass.entity.v1.SearchGroup)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".everyclass.entity.v1.SearchGroup: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.everyclass.entity.v1.SearchGroup();
                    if (d.kind !== 0 && (typeof d.kind !== "string" || $root.everyclass.entity.v1.Kind[d.kind] !== 0)) {
                        switch (d.kind) {
                        case "KIND_UNSPECIFIED":
                        case 0:
                            m.kind = 0;
                            break;
                        case "STUDENT":
                        case 1:
                            m.kind = 1;
                            break;
                        case "TEACHER":
                        case 2:
                            m.kind = 2;
                            break;
                        case "ROOM":
                        case 3:
                            m.kind = 3;
                            break;
                        case "CARD":
                        case 4:
                            m.kind = 4;
                            break;
                        default:
                            if (typeof d.kind === "number" && (d.kind | 0) === d.kind)
                                m.kind = d.kind;
                        }
                    }
                    if (d.total != null) {
                        if ($Number(d.total) !== 0) {
                            m.total = d.total >>> 0;
                        }
                    }
                    if (d.items) {
                        if (!$Array.isArray(d.items))
                            throw $TypeError(".everyclass.entity.v1.SearchGroup.items: array expected");
                        m.items = $Array(d.items.length);
                        for (var i = 0; i < d.items.length; ++i) {
                            if (!$util.isObject(d.items[i]))
                                throw $TypeError(".everyclass.entity.v1.SearchGroup.items: object expected");
                            m.items[i] = $root.everyclass.entity.v1.Ref.fromObject(d.items[i], q + 1);
                        }
                    }
                    return m;
                };

                /**
                 * Creates a plain object from a SearchGroup message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof everyclass.entity.v1.SearchGroup
                 * @static
                 * @param {everyclass.entity.v1.SearchGroup} m SearchGroup
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                SearchGroup.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.arrays || o.defaults) {
                        d.items = [];
                    }
                    if (o.defaults) {
                        d.kind = o.enums === $String ? "KIND_UNSPECIFIED" : 0;
                        d.total = 0;
                    }
                    if (m.kind != null && $Object.hasOwnProperty.call(m, "kind")) {
                        d.kind = o.enums === $String ? $root.everyclass.entity.v1.Kind[m.kind] === $undefined ? m.kind : $root.everyclass.entity.v1.Kind[m.kind] : m.kind;
                    }
                    if (m.total != null && $Object.hasOwnProperty.call(m, "total")) {
                        d.total = m.total;
                    }
                    if (m.items && m.items.length) {
                        d.items = $Array(m.items.length);
                        for (var j = 0; j < m.items.length; ++j) {
                            d.items[j] = $root.everyclass.entity.v1.Ref.toObject(m.items[j], o, q + 1);
                        }
                    }
                    return d;
                };

                /**
                 * Converts this SearchGroup to JSON.
                 * @function toJSON
                 * @memberof everyclass.entity.v1.SearchGroup
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                SearchGroup.prototype.toJSON = function() {
                    return SearchGroup.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for SearchGroup
                 * @function getTypeUrl
                 * @memberof everyclass.entity.v1.SearchGroup
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                SearchGroup.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/everyclass.entity.v1.SearchGroup";
                };

                return SearchGroup;
            })();

            v1.SearchResponse = (function() {

                /**
                 * Properties of a SearchResponse.
                 * @typedef {Object} everyclass.entity.v1.SearchResponse.$Properties
                 * @property {Array.<everyclass.entity.v1.SearchGroup.$Properties>|null} [groups] SearchResponse groups
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a SearchResponse.
                 * @memberof everyclass.entity.v1
                 * @interface ISearchResponse
                 * @augments everyclass.entity.v1.SearchResponse.$Properties
                 * @deprecated Use everyclass.entity.v1.SearchResponse.$Properties instead.
                 */

                /**
                 * Shape of a SearchResponse.
                 * @typedef {everyclass.entity.v1.SearchResponse.$Properties} everyclass.entity.v1.SearchResponse.$Shape
                 */

                /**
                 * Constructs a new SearchResponse.
                 * @memberof everyclass.entity.v1
                 * @classdesc Represents a SearchResponse.
                 * @constructor
                 * @param {everyclass.entity.v1.SearchResponse.$Properties=} [p] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const SearchResponse = function (p) {
                    this.groups = [];
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                /**
                 * SearchResponse groups.
                 * @member {Array.<everyclass.entity.v1.SearchGroup.$Properties>} groups
                 * @memberof everyclass.entity.v1.SearchResponse
                 * @instance
                 */
                SearchResponse.prototype.groups = $util.emptyArray;

                /**
                 * Creates a new SearchResponse instance using the specified properties.
                 * @function create
                 * @memberof everyclass.entity.v1.SearchResponse
                 * @static
                 * @param {everyclass.entity.v1.SearchResponse.$Properties=} [properties] Properties to set
                 * @returns {everyclass.entity.v1.SearchResponse} SearchResponse instance
                 * @type {{
                 *   (properties: everyclass.entity.v1.SearchResponse.$Shape): everyclass.entity.v1.SearchResponse & everyclass.entity.v1.SearchResponse.$Shape;
                 *   (properties?: everyclass.entity.v1.SearchResponse.$Properties): everyclass.entity.v1.SearchResponse;
                 * }}
                 */
                SearchResponse.create = function(properties) {
                    return new SearchResponse(properties);
                };

                /**
                 * Encodes the specified SearchResponse message. Does not implicitly {@link everyclass.entity.v1.SearchResponse.verify|verify} messages.
                 * @function encode
                 * @memberof everyclass.entity.v1.SearchResponse
                 * @static
                 * @param {everyclass.entity.v1.SearchResponse.$Properties} m SearchResponse message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                SearchResponse.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.groups != null && m.groups.length) {
                        for (var i = 0; i < m.groups.length; ++i)
                            $root.everyclass.entity.v1.SearchGroup.encode(m.groups[i], w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                    }
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                /**
                 * Encodes the specified SearchResponse message, length delimited. Does not implicitly {@link everyclass.entity.v1.SearchResponse.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof everyclass.entity.v1.SearchResponse
                 * @static
                 * @param {everyclass.entity.v1.SearchResponse.$Properties} message SearchResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                SearchResponse.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a SearchResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof everyclass.entity.v1.SearchResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {everyclass.entity.v1.SearchResponse & everyclass.entity.v1.SearchResponse.$Shape} SearchResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                SearchResponse.decode = function (r, l, z, q, g) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (q === $undefined)
                        q = 0;
                    if (q > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var c, m;
                    if (l === $undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw $RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = g || new $root.everyclass.entity.v1.SearchResponse();
                    while (r.pos < c) {
                        var s = r.pos;
                        var t = r.tag();
                        if (t === z) {
                            z = $undefined;
                            break;
                        }
                        var u = t & 7;
                        switch (t >>>= 3) {
                        case 1: {
                                if (u !== 2)
                                    break;
                                if (!(m.groups && m.groups.length))
                                    m.groups = [];
                                m.groups.push($root.everyclass.entity.v1.SearchGroup.decode(r, r.size(), $undefined, q + 1));
                                continue;
                            }
                        }
                        r.skipType(u, q, t);
                        if (!r.discardUnknown) {
                            $util.makeProp(m, "$unknowns", false);
                            (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                        }
                    }
                    if (l !== $undefined) {
                        if (r.pos !== c)
                            throw $RangeError("index out of range");
                        r.len = l;
                    }
                    if (z !== $undefined)
                        throw $Error("missing end group");
                    return m;
                };

                /**
                 * Decodes a SearchResponse message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof everyclass.entity.v1.SearchResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {everyclass.entity.v1.SearchResponse & everyclass.entity.v1.SearchResponse.$Shape} SearchResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                SearchResponse.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a SearchResponse message.
                 * @function verify
                 * @memberof everyclass.entity.v1.SearchResponse
                 * @static
                 * @param {Object.<string,*>} m Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                SearchResponse.verify = function (m, q) {
                    if (typeof m !== "object" || m === null)
                        return "object expected";
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        return "max depth exceeded";
                    if (m.groups != null && $Object.hasOwnProperty.call(m, "groups")) {
                        if (!$Array.isArray(m.groups))
                            return "groups: array expected";
                        for (var i = 0; i < m.groups.length; ++i) {
                            {
                                var e = $root.everyclass.entity.v1.SearchGroup.verify(m.groups[i], q + 1);
                                if (e)
                                    return "groups." + e;
                            }
                        }
                    }
                    return null;
                };

                /**
                 * Creates a SearchResponse message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof everyclass.entity.v1.SearchResponse
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {everyclass.entity.v1.SearchResponse} SearchResponse
                 */
                SearchResponse.fromObject = function (d, q) {
                    if (d instanceof $root.everyclass.entity.v1.SearchResponse)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".everyclass.entity.v1.SearchResponse: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.everyclass.entity.v1.SearchResponse();
                    if (d.groups) {
                        if (!$Array.isArray(d.groups))
                            throw $TypeError(".everyclass.entity.v1.SearchResponse.groups: array expected");
                        m.groups = $Array(d.groups.length);
                        for (var i = 0; i < d.groups.length; ++i) {
                            if (!$util.isObject(d.groups[i]))
                                throw $TypeError(".everyclass.entity.v1.SearchResponse.groups: object expected");
                            m.groups[i] = $root.everyclass.entity.v1.SearchGroup.fromObject(d.groups[i], q + 1);
                        }
                    }
                    return m;
                };

                /**
                 * Creates a plain object from a SearchResponse message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof everyclass.entity.v1.SearchResponse
                 * @static
                 * @param {everyclass.entity.v1.SearchResponse} m SearchResponse
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                SearchResponse.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.arrays || o.defaults) {
                        d.groups = [];
                    }
                    if (m.groups && m.groups.length) {
                        d.groups = $Array(m.groups.length);
                        for (var j = 0; j < m.groups.length; ++j) {
                            d.groups[j] = $root.everyclass.entity.v1.SearchGroup.toObject(m.groups[j], o, q + 1);
                        }
                    }
                    return d;
                };

                /**
                 * Converts this SearchResponse to JSON.
                 * @function toJSON
                 * @memberof everyclass.entity.v1.SearchResponse
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                SearchResponse.prototype.toJSON = function() {
                    return SearchResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for SearchResponse
                 * @function getTypeUrl
                 * @memberof everyclass.entity.v1.SearchResponse
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                SearchResponse.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/everyclass.entity.v1.SearchResponse";
                };

                return SearchResponse;
            })();

            v1.GetTimetableRequest = (function() {

                /**
                 * Properties of a GetTimetableRequest.
                 * @typedef {Object} everyclass.entity.v1.GetTimetableRequest.$Properties
                 * @property {string|null} [id] GetTimetableRequest id
                 * @property {string|null} [semester] GetTimetableRequest semester
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a GetTimetableRequest.
                 * @memberof everyclass.entity.v1
                 * @interface IGetTimetableRequest
                 * @augments everyclass.entity.v1.GetTimetableRequest.$Properties
                 * @deprecated Use everyclass.entity.v1.GetTimetableRequest.$Properties instead.
                 */

                /**
                 * Shape of a GetTimetableRequest.
                 * @typedef {everyclass.entity.v1.GetTimetableRequest.$Properties} everyclass.entity.v1.GetTimetableRequest.$Shape
                 */

                /**
                 * Constructs a new GetTimetableRequest.
                 * @memberof everyclass.entity.v1
                 * @classdesc Represents a GetTimetableRequest.
                 * @constructor
                 * @param {everyclass.entity.v1.GetTimetableRequest.$Properties=} [p] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const GetTimetableRequest = function (p) {
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                /**
                 * GetTimetableRequest id.
                 * @member {string} id
                 * @memberof everyclass.entity.v1.GetTimetableRequest
                 * @instance
                 */
                GetTimetableRequest.prototype.id = "";

                /**
                 * GetTimetableRequest semester.
                 * @member {string} semester
                 * @memberof everyclass.entity.v1.GetTimetableRequest
                 * @instance
                 */
                GetTimetableRequest.prototype.semester = "";

                /**
                 * Creates a new GetTimetableRequest instance using the specified properties.
                 * @function create
                 * @memberof everyclass.entity.v1.GetTimetableRequest
                 * @static
                 * @param {everyclass.entity.v1.GetTimetableRequest.$Properties=} [properties] Properties to set
                 * @returns {everyclass.entity.v1.GetTimetableRequest} GetTimetableRequest instance
                 * @type {{
                 *   (properties: everyclass.entity.v1.GetTimetableRequest.$Shape): everyclass.entity.v1.GetTimetableRequest & everyclass.entity.v1.GetTimetableRequest.$Shape;
                 *   (properties?: everyclass.entity.v1.GetTimetableRequest.$Properties): everyclass.entity.v1.GetTimetableRequest;
                 * }}
                 */
                GetTimetableRequest.create = function(properties) {
                    return new GetTimetableRequest(properties);
                };

                /**
                 * Encodes the specified GetTimetableRequest message. Does not implicitly {@link everyclass.entity.v1.GetTimetableRequest.verify|verify} messages.
                 * @function encode
                 * @memberof everyclass.entity.v1.GetTimetableRequest
                 * @static
                 * @param {everyclass.entity.v1.GetTimetableRequest.$Properties} m GetTimetableRequest message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                GetTimetableRequest.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.id != null && $Object.hasOwnProperty.call(m, "id") && m.id !== "")
                        w.uint32(/* id 1, wireType 2 =*/10).string(m.id);
                    if (m.semester != null && $Object.hasOwnProperty.call(m, "semester") && m.semester !== "")
                        w.uint32(/* id 2, wireType 2 =*/18).string(m.semester);
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                /**
                 * Encodes the specified GetTimetableRequest message, length delimited. Does not implicitly {@link everyclass.entity.v1.GetTimetableRequest.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof everyclass.entity.v1.GetTimetableRequest
                 * @static
                 * @param {everyclass.entity.v1.GetTimetableRequest.$Properties} message GetTimetableRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                GetTimetableRequest.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a GetTimetableRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof everyclass.entity.v1.GetTimetableRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {everyclass.entity.v1.GetTimetableRequest & everyclass.entity.v1.GetTimetableRequest.$Shape} GetTimetableRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                GetTimetableRequest.decode = function (r, l, z, q, g) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (q === $undefined)
                        q = 0;
                    if (q > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var c, m, v;
                    if (l === $undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw $RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = g || new $root.everyclass.entity.v1.GetTimetableRequest();
                    while (r.pos < c) {
                        var s = r.pos;
                        var t = r.tag();
                        if (t === z) {
                            z = $undefined;
                            break;
                        }
                        var u = t & 7;
                        switch (t >>>= 3) {
                        case 1: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.id = v;
                                else
                                    delete m.id;
                                continue;
                            }
                        case 2: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.semester = v;
                                else
                                    delete m.semester;
                                continue;
                            }
                        }
                        r.skipType(u, q, t);
                        if (!r.discardUnknown) {
                            $util.makeProp(m, "$unknowns", false);
                            (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                        }
                    }
                    if (l !== $undefined) {
                        if (r.pos !== c)
                            throw $RangeError("index out of range");
                        r.len = l;
                    }
                    if (z !== $undefined)
                        throw $Error("missing end group");
                    return m;
                };

                /**
                 * Decodes a GetTimetableRequest message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof everyclass.entity.v1.GetTimetableRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {everyclass.entity.v1.GetTimetableRequest & everyclass.entity.v1.GetTimetableRequest.$Shape} GetTimetableRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                GetTimetableRequest.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a GetTimetableRequest message.
                 * @function verify
                 * @memberof everyclass.entity.v1.GetTimetableRequest
                 * @static
                 * @param {Object.<string,*>} m Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                GetTimetableRequest.verify = function (m, q) {
                    if (typeof m !== "object" || m === null)
                        return "object expected";
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        return "max depth exceeded";
                    if (m.id != null && $Object.hasOwnProperty.call(m, "id")) {
                        if (!$util.isString(m.id))
                            return "id: string expected";
                    }
                    if (m.semester != null && $Object.hasOwnProperty.call(m, "semester")) {
                        if (!$util.isString(m.semester))
                            return "semester: string expected";
                    }
                    return null;
                };

                /**
                 * Creates a GetTimetableRequest message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof everyclass.entity.v1.GetTimetableRequest
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {everyclass.entity.v1.GetTimetableRequest} GetTimetableRequest
                 */
                GetTimetableRequest.fromObject = function (d, q) {
                    if (d instanceof $root.everyclass.entity.v1.GetTimetableRequest)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".everyclass.entity.v1.GetTimetableRequest: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.everyclass.entity.v1.GetTimetableRequest();
                    if (d.id != null) {
                        if (typeof d.id !== "string" || d.id.length) {
                            m.id = $String(d.id);
                        }
                    }
                    if (d.semester != null) {
                        if (typeof d.semester !== "string" || d.semester.length) {
                            m.semester = $String(d.semester);
                        }
                    }
                    return m;
                };

                /**
                 * Creates a plain object from a GetTimetableRequest message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof everyclass.entity.v1.GetTimetableRequest
                 * @static
                 * @param {everyclass.entity.v1.GetTimetableRequest} m GetTimetableRequest
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                GetTimetableRequest.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        d.id = "";
                        d.semester = "";
                    }
                    if (m.id != null && $Object.hasOwnProperty.call(m, "id")) {
                        d.id = m.id;
                    }
                    if (m.semester != null && $Object.hasOwnProperty.call(m, "semester")) {
                        d.semester = m.semester;
                    }
                    return d;
                };

                /**
                 * Converts this GetTimetableRequest to JSON.
                 * @function toJSON
                 * @memberof everyclass.entity.v1.GetTimetableRequest
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                GetTimetableRequest.prototype.toJSON = function() {
                    return GetTimetableRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for GetTimetableRequest
                 * @function getTypeUrl
                 * @memberof everyclass.entity.v1.GetTimetableRequest
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                GetTimetableRequest.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/everyclass.entity.v1.GetTimetableRequest";
                };

                return GetTimetableRequest;
            })();

            v1.Timetable = (function() {

                /**
                 * Properties of a Timetable.
                 * @typedef {Object} everyclass.entity.v1.Timetable.$Properties
                 * @property {everyclass.entity.v1.Ref.$Properties|null} [owner] Timetable owner
                 * @property {everyclass.entity.v1.Semester.$Properties|null} [semester] Timetable semester
                 * @property {Array.<everyclass.entity.v1.Card.$Properties>|null} [cards] Timetable cards
                 * @property {string|null} [dataVersion] Timetable dataVersion
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Timetable.
                 * @memberof everyclass.entity.v1
                 * @interface ITimetable
                 * @augments everyclass.entity.v1.Timetable.$Properties
                 * @deprecated Use everyclass.entity.v1.Timetable.$Properties instead.
                 */

                /**
                 * Shape of a Timetable.
                 * @typedef {everyclass.entity.v1.Timetable.$Properties} everyclass.entity.v1.Timetable.$Shape
                 */

                /**
                 * Constructs a new Timetable.
                 * @memberof everyclass.entity.v1
                 * @classdesc Represents a Timetable.
                 * @constructor
                 * @param {everyclass.entity.v1.Timetable.$Properties=} [p] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Timetable = function (p) {
                    this.cards = [];
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                /**
                 * Timetable owner.
                 * @member {everyclass.entity.v1.Ref.$Properties|null|undefined} owner
                 * @memberof everyclass.entity.v1.Timetable
                 * @instance
                 */
                Timetable.prototype.owner = null;

                /**
                 * Timetable semester.
                 * @member {everyclass.entity.v1.Semester.$Properties|null|undefined} semester
                 * @memberof everyclass.entity.v1.Timetable
                 * @instance
                 */
                Timetable.prototype.semester = null;

                /**
                 * Timetable cards.
                 * @member {Array.<everyclass.entity.v1.Card.$Properties>} cards
                 * @memberof everyclass.entity.v1.Timetable
                 * @instance
                 */
                Timetable.prototype.cards = $util.emptyArray;

                /**
                 * Timetable dataVersion.
                 * @member {string} dataVersion
                 * @memberof everyclass.entity.v1.Timetable
                 * @instance
                 */
                Timetable.prototype.dataVersion = "";

                /**
                 * Creates a new Timetable instance using the specified properties.
                 * @function create
                 * @memberof everyclass.entity.v1.Timetable
                 * @static
                 * @param {everyclass.entity.v1.Timetable.$Properties=} [properties] Properties to set
                 * @returns {everyclass.entity.v1.Timetable} Timetable instance
                 * @type {{
                 *   (properties: everyclass.entity.v1.Timetable.$Shape): everyclass.entity.v1.Timetable & everyclass.entity.v1.Timetable.$Shape;
                 *   (properties?: everyclass.entity.v1.Timetable.$Properties): everyclass.entity.v1.Timetable;
                 * }}
                 */
                Timetable.create = function(properties) {
                    return new Timetable(properties);
                };

                /**
                 * Encodes the specified Timetable message. Does not implicitly {@link everyclass.entity.v1.Timetable.verify|verify} messages.
                 * @function encode
                 * @memberof everyclass.entity.v1.Timetable
                 * @static
                 * @param {everyclass.entity.v1.Timetable.$Properties} m Timetable message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Timetable.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.owner != null && $Object.hasOwnProperty.call(m, "owner"))
                        $root.everyclass.entity.v1.Ref.encode(m.owner, w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                    if (m.semester != null && $Object.hasOwnProperty.call(m, "semester"))
                        $root.everyclass.entity.v1.Semester.encode(m.semester, w.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                    if (m.cards != null && m.cards.length) {
                        for (var i = 0; i < m.cards.length; ++i)
                            $root.everyclass.entity.v1.Card.encode(m.cards[i], w.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
                    }
                    if (m.dataVersion != null && $Object.hasOwnProperty.call(m, "dataVersion") && m.dataVersion !== "")
                        w.uint32(/* id 4, wireType 2 =*/34).string(m.dataVersion);
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                /**
                 * Encodes the specified Timetable message, length delimited. Does not implicitly {@link everyclass.entity.v1.Timetable.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof everyclass.entity.v1.Timetable
                 * @static
                 * @param {everyclass.entity.v1.Timetable.$Properties} message Timetable message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Timetable.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a Timetable message from the specified reader or buffer.
                 * @function decode
                 * @memberof everyclass.entity.v1.Timetable
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {everyclass.entity.v1.Timetable & everyclass.entity.v1.Timetable.$Shape} Timetable
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Timetable.decode = function (r, l, z, q, g) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (q === $undefined)
                        q = 0;
                    if (q > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var c, m, v;
                    if (l === $undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw $RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = g || new $root.everyclass.entity.v1.Timetable();
                    while (r.pos < c) {
                        var s = r.pos;
                        var t = r.tag();
                        if (t === z) {
                            z = $undefined;
                            break;
                        }
                        var u = t & 7;
                        switch (t >>>= 3) {
                        case 1: {
                                if (u !== 2)
                                    break;
                                m.owner = $root.everyclass.entity.v1.Ref.decode(r, r.size(), $undefined, q + 1, m.owner);
                                continue;
                            }
                        case 2: {
                                if (u !== 2)
                                    break;
                                m.semester = $root.everyclass.entity.v1.Semester.decode(r, r.size(), $undefined, q + 1, m.semester);
                                continue;
                            }
                        case 3: {
                                if (u !== 2)
                                    break;
                                if (!(m.cards && m.cards.length))
                                    m.cards = [];
                                m.cards.push($root.everyclass.entity.v1.Card.decode(r, r.size(), $undefined, q + 1));
                                continue;
                            }
                        case 4: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.dataVersion = v;
                                else
                                    delete m.dataVersion;
                                continue;
                            }
                        }
                        r.skipType(u, q, t);
                        if (!r.discardUnknown) {
                            $util.makeProp(m, "$unknowns", false);
                            (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                        }
                    }
                    if (l !== $undefined) {
                        if (r.pos !== c)
                            throw $RangeError("index out of range");
                        r.len = l;
                    }
                    if (z !== $undefined)
                        throw $Error("missing end group");
                    return m;
                };

                /**
                 * Decodes a Timetable message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof everyclass.entity.v1.Timetable
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {everyclass.entity.v1.Timetable & everyclass.entity.v1.Timetable.$Shape} Timetable
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Timetable.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a Timetable message.
                 * @function verify
                 * @memberof everyclass.entity.v1.Timetable
                 * @static
                 * @param {Object.<string,*>} m Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                Timetable.verify = function (m, q) {
                    if (typeof m !== "object" || m === null)
                        return "object expected";
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        return "max depth exceeded";
                    if (m.owner != null && $Object.hasOwnProperty.call(m, "owner")) {
                        {
                            var e = $root.everyclass.entity.v1.Ref.verify(m.owner, q + 1);
                            if (e)
                                return "owner." + e;
                        }
                    }
                    if (m.semester != null && $Object.hasOwnProperty.call(m, "semester")) {
                        {
                            var e = $root.everyclass.entity.v1.Semester.verify(m.semester, q + 1);
                            if (e)
                                return "semester." + e;
                        }
                    }
                    if (m.cards != null && $Object.hasOwnProperty.call(m, "cards")) {
                        if (!$Array.isArray(m.cards))
                            return "cards: array expected";
                        for (var i = 0; i < m.cards.length; ++i) {
                            {
                                var e = $root.everyclass.entity.v1.Card.verify(m.cards[i], q + 1);
                                if (e)
                                    return "cards." + e;
                            }
                        }
                    }
                    if (m.dataVersion != null && $Object.hasOwnProperty.call(m, "dataVersion")) {
                        if (!$util.isString(m.dataVersion))
                            return "dataVersion: string expected";
                    }
                    return null;
                };

                /**
                 * Creates a Timetable message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof everyclass.entity.v1.Timetable
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {everyclass.entity.v1.Timetable} Timetable
                 */
                Timetable.fromObject = function (d, q) {
                    if (d instanceof $root.everyclass.entity.v1.Timetable)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".everyclass.entity.v1.Timetable: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.everyclass.entity.v1.Timetable();
                    if (d.owner != null) {
                        if (!$util.isObject(d.owner))
                            throw $TypeError(".everyclass.entity.v1.Timetable.owner: object expected");
                        m.owner = $root.everyclass.entity.v1.Ref.fromObject(d.owner, q + 1);
                    }
                    if (d.semester != null) {
                        if (!$util.isObject(d.semester))
                            throw $TypeError(".everyclass.entity.v1.Timetable.semester: object expected");
                        m.semester = $root.everyclass.entity.v1.Semester.fromObject(d.semester, q + 1);
                    }
                    if (d.cards) {
                        if (!$Array.isArray(d.cards))
                            throw $TypeError(".everyclass.entity.v1.Timetable.cards: array expected");
                        m.cards = $Array(d.cards.length);
                        for (var i = 0; i < d.cards.length; ++i) {
                            if (!$util.isObject(d.cards[i]))
                                throw $TypeError(".everyclass.entity.v1.Timetable.cards: object expected");
                            m.cards[i] = $root.everyclass.entity.v1.Card.fromObject(d.cards[i], q + 1);
                        }
                    }
                    if (d.dataVersion != null) {
                        if (typeof d.dataVersion !== "string" || d.dataVersion.length) {
                            m.dataVersion = $String(d.dataVersion);
                        }
                    }
                    return m;
                };

                /**
                 * Creates a plain object from a Timetable message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof everyclass.entity.v1.Timetable
                 * @static
                 * @param {everyclass.entity.v1.Timetable} m Timetable
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Timetable.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.arrays || o.defaults) {
                        d.cards = [];
                    }
                    if (o.defaults) {
                        d.owner = null;
                        d.semester = null;
                        d.dataVersion = "";
                    }
                    if (m.owner != null && $Object.hasOwnProperty.call(m, "owner")) {
                        d.owner = $root.everyclass.entity.v1.Ref.toObject(m.owner, o, q + 1);
                    }
                    if (m.semester != null && $Object.hasOwnProperty.call(m, "semester")) {
                        d.semester = $root.everyclass.entity.v1.Semester.toObject(m.semester, o, q + 1);
                    }
                    if (m.cards && m.cards.length) {
                        d.cards = $Array(m.cards.length);
                        for (var j = 0; j < m.cards.length; ++j) {
                            d.cards[j] = $root.everyclass.entity.v1.Card.toObject(m.cards[j], o, q + 1);
                        }
                    }
                    if (m.dataVersion != null && $Object.hasOwnProperty.call(m, "dataVersion")) {
                        d.dataVersion = m.dataVersion;
                    }
                    return d;
                };

                /**
                 * Converts this Timetable to JSON.
                 * @function toJSON
                 * @memberof everyclass.entity.v1.Timetable
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Timetable.prototype.toJSON = function() {
                    return Timetable.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Timetable
                 * @function getTypeUrl
                 * @memberof everyclass.entity.v1.Timetable
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Timetable.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/everyclass.entity.v1.Timetable";
                };

                return Timetable;
            })();

            v1.ListClassmatesRequest = (function() {

                /**
                 * Properties of a ListClassmatesRequest.
                 * @typedef {Object} everyclass.entity.v1.ListClassmatesRequest.$Properties
                 * @property {string|null} [cardId] ListClassmatesRequest cardId
                 * @property {number|null} [page] ListClassmatesRequest page
                 * @property {number|null} [pageSize] ListClassmatesRequest pageSize
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a ListClassmatesRequest.
                 * @memberof everyclass.entity.v1
                 * @interface IListClassmatesRequest
                 * @augments everyclass.entity.v1.ListClassmatesRequest.$Properties
                 * @deprecated Use everyclass.entity.v1.ListClassmatesRequest.$Properties instead.
                 */

                /**
                 * Shape of a ListClassmatesRequest.
                 * @typedef {everyclass.entity.v1.ListClassmatesRequest.$Properties} everyclass.entity.v1.ListClassmatesRequest.$Shape
                 */

                /**
                 * Constructs a new ListClassmatesRequest.
                 * @memberof everyclass.entity.v1
                 * @classdesc Represents a ListClassmatesRequest.
                 * @constructor
                 * @param {everyclass.entity.v1.ListClassmatesRequest.$Properties=} [p] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const ListClassmatesRequest = function (p) {
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                /**
                 * ListClassmatesRequest cardId.
                 * @member {string} cardId
                 * @memberof everyclass.entity.v1.ListClassmatesRequest
                 * @instance
                 */
                ListClassmatesRequest.prototype.cardId = "";

                /**
                 * ListClassmatesRequest page.
                 * @member {number} page
                 * @memberof everyclass.entity.v1.ListClassmatesRequest
                 * @instance
                 */
                ListClassmatesRequest.prototype.page = 0;

                /**
                 * ListClassmatesRequest pageSize.
                 * @member {number} pageSize
                 * @memberof everyclass.entity.v1.ListClassmatesRequest
                 * @instance
                 */
                ListClassmatesRequest.prototype.pageSize = 0;

                /**
                 * Creates a new ListClassmatesRequest instance using the specified properties.
                 * @function create
                 * @memberof everyclass.entity.v1.ListClassmatesRequest
                 * @static
                 * @param {everyclass.entity.v1.ListClassmatesRequest.$Properties=} [properties] Properties to set
                 * @returns {everyclass.entity.v1.ListClassmatesRequest} ListClassmatesRequest instance
                 * @type {{
                 *   (properties: everyclass.entity.v1.ListClassmatesRequest.$Shape): everyclass.entity.v1.ListClassmatesRequest & everyclass.entity.v1.ListClassmatesRequest.$Shape;
                 *   (properties?: everyclass.entity.v1.ListClassmatesRequest.$Properties): everyclass.entity.v1.ListClassmatesRequest;
                 * }}
                 */
                ListClassmatesRequest.create = function(properties) {
                    return new ListClassmatesRequest(properties);
                };

                /**
                 * Encodes the specified ListClassmatesRequest message. Does not implicitly {@link everyclass.entity.v1.ListClassmatesRequest.verify|verify} messages.
                 * @function encode
                 * @memberof everyclass.entity.v1.ListClassmatesRequest
                 * @static
                 * @param {everyclass.entity.v1.ListClassmatesRequest.$Properties} m ListClassmatesRequest message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ListClassmatesRequest.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.cardId != null && $Object.hasOwnProperty.call(m, "cardId") && m.cardId !== "")
                        w.uint32(/* id 1, wireType 2 =*/10).string(m.cardId);
                    if (m.page != null && $Object.hasOwnProperty.call(m, "page") && m.page !== 0)
                        w.uint32(/* id 2, wireType 0 =*/16).uint32(m.page);
                    if (m.pageSize != null && $Object.hasOwnProperty.call(m, "pageSize") && m.pageSize !== 0)
                        w.uint32(/* id 3, wireType 0 =*/24).uint32(m.pageSize);
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                /**
                 * Encodes the specified ListClassmatesRequest message, length delimited. Does not implicitly {@link everyclass.entity.v1.ListClassmatesRequest.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof everyclass.entity.v1.ListClassmatesRequest
                 * @static
                 * @param {everyclass.entity.v1.ListClassmatesRequest.$Properties} message ListClassmatesRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ListClassmatesRequest.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a ListClassmatesRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof everyclass.entity.v1.ListClassmatesRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {everyclass.entity.v1.ListClassmatesRequest & everyclass.entity.v1.ListClassmatesRequest.$Shape} ListClassmatesRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ListClassmatesRequest.decode = function (r, l, z, q, g) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (q === $undefined)
                        q = 0;
                    if (q > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var c, m, v;
                    if (l === $undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw $RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = g || new $root.everyclass.entity.v1.ListClassmatesRequest();
                    while (r.pos < c) {
                        var s = r.pos;
                        var t = r.tag();
                        if (t === z) {
                            z = $undefined;
                            break;
                        }
                        var u = t & 7;
                        switch (t >>>= 3) {
                        case 1: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.cardId = v;
                                else
                                    delete m.cardId;
                                continue;
                            }
                        case 2: {
                                if (u !== 0)
                                    break;
                                if (v = r.uint32())
                                    m.page = v;
                                else
                                    delete m.page;
                                continue;
                            }
                        case 3: {
                                if (u !== 0)
                                    break;
                                if (v = r.uint32())
                                    m.pageSize = v;
                                else
                                    delete m.pageSize;
                                continue;
                            }
                        }
                        r.skipType(u, q, t);
                        if (!r.discardUnknown) {
                            $util.makeProp(m, "$unknowns", false);
                            (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                        }
                    }
                    if (l !== $undefined) {
                        if (r.pos !== c)
                            throw $RangeError("index out of range");
                        r.len = l;
                    }
                    if (z !== $undefined)
                        throw $Error("missing end group");
                    return m;
                };

                /**
                 * Decodes a ListClassmatesRequest message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof everyclass.entity.v1.ListClassmatesRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {everyclass.entity.v1.ListClassmatesRequest & everyclass.entity.v1.ListClassmatesRequest.$Shape} ListClassmatesRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ListClassmatesRequest.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a ListClassmatesRequest message.
                 * @function verify
                 * @memberof everyclass.entity.v1.ListClassmatesRequest
                 * @static
                 * @param {Object.<string,*>} m Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                ListClassmatesRequest.verify = function (m, q) {
                    if (typeof m !== "object" || m === null)
                        return "object expected";
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        return "max depth exceeded";
                    if (m.cardId != null && $Object.hasOwnProperty.call(m, "cardId")) {
                        if (!$util.isString(m.cardId))
                            return "cardId: string expected";
                    }
                    if (m.page != null && $Object.hasOwnProperty.call(m, "page")) {
                        if (!$util.isInteger(m.page))
                            return "page: integer expected";
                    }
                    if (m.pageSize != null && $Object.hasOwnProperty.call(m, "pageSize")) {
                        if (!$util.isInteger(m.pageSize))
                            return "pageSize: integer expected";
                    }
                    return null;
                };

                /**
                 * Creates a ListClassmatesRequest message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof everyclass.entity.v1.ListClassmatesRequest
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {everyclass.entity.v1.ListClassmatesRequest} ListClassmatesRequest
                 */
                ListClassmatesRequest.fromObject = function (d, q) {
                    if (d instanceof $root.everyclass.entity.v1.ListClassmatesRequest)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".everyclass.entity.v1.ListClassmatesRequest: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.everyclass.entity.v1.ListClassmatesRequest();
                    if (d.cardId != null) {
                        if (typeof d.cardId !== "string" || d.cardId.length) {
                            m.cardId = $String(d.cardId);
                        }
                    }
                    if (d.page != null) {
                        if ($Number(d.page) !== 0) {
                            m.page = d.page >>> 0;
                        }
                    }
                    if (d.pageSize != null) {
                        if ($Number(d.pageSize) !== 0) {
                            m.pageSize = d.pageSize >>> 0;
                        }
                    }
                    return m;
                };

                /**
                 * Creates a plain object from a ListClassmatesRequest message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof everyclass.entity.v1.ListClassmatesRequest
                 * @static
                 * @param {everyclass.entity.v1.ListClassmatesRequest} m ListClassmatesRequest
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                ListClassmatesRequest.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        d.cardId = "";
                        d.page = 0;
                        d.pageSize = 0;
                    }
                    if (m.cardId != null && $Object.hasOwnProperty.call(m, "cardId")) {
                        d.cardId = m.cardId;
                    }
                    if (m.page != null && $Object.hasOwnProperty.call(m, "page")) {
                        d.page = m.page;
                    }
                    if (m.pageSize != null && $Object.hasOwnProperty.call(m, "pageSize")) {
                        d.pageSize = m.pageSize;
                    }
                    return d;
                };

                /**
                 * Converts this ListClassmatesRequest to JSON.
                 * @function toJSON
                 * @memberof everyclass.entity.v1.ListClassmatesRequest
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                ListClassmatesRequest.prototype.toJSON = function() {
                    return ListClassmatesRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for ListClassmatesRequest
                 * @function getTypeUrl
                 * @memberof everyclass.entity.v1.ListClassmatesRequest
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                ListClassmatesRequest.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/everyclass.entity.v1.ListClassmatesRequest";
                };

                return ListClassmatesRequest;
            })();

            v1.ListClassmatesResponse = (function() {

                /**
                 * Properties of a ListClassmatesResponse.
                 * @typedef {Object} everyclass.entity.v1.ListClassmatesResponse.$Properties
                 * @property {number|null} [total] ListClassmatesResponse total
                 * @property {Array.<everyclass.entity.v1.Ref.$Properties>|null} [students] ListClassmatesResponse students
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a ListClassmatesResponse.
                 * @memberof everyclass.entity.v1
                 * @interface IListClassmatesResponse
                 * @augments everyclass.entity.v1.ListClassmatesResponse.$Properties
                 * @deprecated Use everyclass.entity.v1.ListClassmatesResponse.$Properties instead.
                 */

                /**
                 * Shape of a ListClassmatesResponse.
                 * @typedef {everyclass.entity.v1.ListClassmatesResponse.$Properties} everyclass.entity.v1.ListClassmatesResponse.$Shape
                 */

                /**
                 * Constructs a new ListClassmatesResponse.
                 * @memberof everyclass.entity.v1
                 * @classdesc Represents a ListClassmatesResponse.
                 * @constructor
                 * @param {everyclass.entity.v1.ListClassmatesResponse.$Properties=} [p] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const ListClassmatesResponse = function (p) {
                    this.students = [];
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                /**
                 * ListClassmatesResponse total.
                 * @member {number} total
                 * @memberof everyclass.entity.v1.ListClassmatesResponse
                 * @instance
                 */
                ListClassmatesResponse.prototype.total = 0;

                /**
                 * ListClassmatesResponse students.
                 * @member {Array.<everyclass.entity.v1.Ref.$Properties>} students
                 * @memberof everyclass.entity.v1.ListClassmatesResponse
                 * @instance
                 */
                ListClassmatesResponse.prototype.students = $util.emptyArray;

                /**
                 * Creates a new ListClassmatesResponse instance using the specified properties.
                 * @function create
                 * @memberof everyclass.entity.v1.ListClassmatesResponse
                 * @static
                 * @param {everyclass.entity.v1.ListClassmatesResponse.$Properties=} [properties] Properties to set
                 * @returns {everyclass.entity.v1.ListClassmatesResponse} ListClassmatesResponse instance
                 * @type {{
                 *   (properties: everyclass.entity.v1.ListClassmatesResponse.$Shape): everyclass.entity.v1.ListClassmatesResponse & everyclass.entity.v1.ListClassmatesResponse.$Shape;
                 *   (properties?: everyclass.entity.v1.ListClassmatesResponse.$Properties): everyclass.entity.v1.ListClassmatesResponse;
                 * }}
                 */
                ListClassmatesResponse.create = function(properties) {
                    return new ListClassmatesResponse(properties);
                };

                /**
                 * Encodes the specified ListClassmatesResponse message. Does not implicitly {@link everyclass.entity.v1.ListClassmatesResponse.verify|verify} messages.
                 * @function encode
                 * @memberof everyclass.entity.v1.ListClassmatesResponse
                 * @static
                 * @param {everyclass.entity.v1.ListClassmatesResponse.$Properties} m ListClassmatesResponse message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ListClassmatesResponse.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.total != null && $Object.hasOwnProperty.call(m, "total") && m.total !== 0)
                        w.uint32(/* id 1, wireType 0 =*/8).uint32(m.total);
                    if (m.students != null && m.students.length) {
                        for (var i = 0; i < m.students.length; ++i)
                            $root.everyclass.entity.v1.Ref.encode(m.students[i], w.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                    }
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                /**
                 * Encodes the specified ListClassmatesResponse message, length delimited. Does not implicitly {@link everyclass.entity.v1.ListClassmatesResponse.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof everyclass.entity.v1.ListClassmatesResponse
                 * @static
                 * @param {everyclass.entity.v1.ListClassmatesResponse.$Properties} message ListClassmatesResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ListClassmatesResponse.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a ListClassmatesResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof everyclass.entity.v1.ListClassmatesResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {everyclass.entity.v1.ListClassmatesResponse & everyclass.entity.v1.ListClassmatesResponse.$Shape} ListClassmatesResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ListClassmatesResponse.decode = function (r, l, z, q, g) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (q === $undefined)
                        q = 0;
                    if (q > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var c, m, v;
                    if (l === $undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw $RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = g || new $root.everyclass.entity.v1.ListClassmatesResponse();
                    while (r.pos < c) {
                        var s = r.pos;
                        var t = r.tag();
                        if (t === z) {
                            z = $undefined;
                            break;
                        }
                        var u = t & 7;
                        switch (t >>>= 3) {
                        case 1: {
                                if (u !== 0)
                                    break;
                                if (v = r.uint32())
                                    m.total = v;
                                else
                                    delete m.total;
                                continue;
                            }
                        case 2: {
                                if (u !== 2)
                                    break;
                                if (!(m.students && m.students.length))
                                    m.students = [];
                                m.students.push($root.everyclass.entity.v1.Ref.decode(r, r.size(), $undefined, q + 1));
                                continue;
                            }
                        }
                        r.skipType(u, q, t);
                        if (!r.discardUnknown) {
                            $util.makeProp(m, "$unknowns", false);
                            (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                        }
                    }
                    if (l !== $undefined) {
                        if (r.pos !== c)
                            throw $RangeError("index out of range");
                        r.len = l;
                    }
                    if (z !== $undefined)
                        throw $Error("missing end group");
                    return m;
                };

                /**
                 * Decodes a ListClassmatesResponse message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof everyclass.entity.v1.ListClassmatesResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {everyclass.entity.v1.ListClassmatesResponse & everyclass.entity.v1.ListClassmatesResponse.$Shape} ListClassmatesResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ListClassmatesResponse.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a ListClassmatesResponse message.
                 * @function verify
                 * @memberof everyclass.entity.v1.ListClassmatesResponse
                 * @static
                 * @param {Object.<string,*>} m Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                ListClassmatesResponse.verify = function (m, q) {
                    if (typeof m !== "object" || m === null)
                        return "object expected";
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        return "max depth exceeded";
                    if (m.total != null && $Object.hasOwnProperty.call(m, "total")) {
                        if (!$util.isInteger(m.total))
                            return "total: integer expected";
                    }
                    if (m.students != null && $Object.hasOwnProperty.call(m, "students")) {
                        if (!$Array.isArray(m.students))
                            return "students: array expected";
                        for (var i = 0; i < m.students.length; ++i) {
                            {
                                var e = $root.everyclass.entity.v1.Ref.verify(m.students[i], q + 1);
                                if (e)
                                    return "students." + e;
                            }
                        }
                    }
                    return null;
                };

                /**
                 * Creates a ListClassmatesResponse message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof everyclass.entity.v1.ListClassmatesResponse
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {everyclass.entity.v1.ListClassmatesResponse} ListClassmatesResponse
                 */
                ListClassmatesResponse.fromObject = function (d, q) {
                    if (d instanceof $root.everyclass.entity.v1.ListClassmatesResponse)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".everyclass.entity.v1.ListClassmatesResponse: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.everyclass.entity.v1.ListClassmatesResponse();
                    if (d.total != null) {
                        if ($Number(d.total) !== 0) {
                            m.total = d.total >>> 0;
                        }
                    }
                    if (d.students) {
                        if (!$Array.isArray(d.students))
                            throw $TypeError(".everyclass.entity.v1.ListClassmatesResponse.students: array expected");
                        m.students = $Array(d.students.length);
                        for (var i = 0; i < d.students.length; ++i) {
                            if (!$util.isObject(d.students[i]))
                                throw $TypeError(".everyclass.entity.v1.ListClassmatesResponse.students: object expected");
                            m.students[i] = $root.everyclass.entity.v1.Ref.fromObject(d.students[i], q + 1);
                        }
                    }
                    return m;
                };

                /**
                 * Creates a plain object from a ListClassmatesResponse message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof everyclass.entity.v1.ListClassmatesResponse
                 * @static
                 * @param {everyclass.entity.v1.ListClassmatesResponse} m ListClassmatesResponse
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                ListClassmatesResponse.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.arrays || o.defaults) {
                        d.students = [];
                    }
                    if (o.defaults) {
                        d.total = 0;
                    }
                    if (m.total != null && $Object.hasOwnProperty.call(m, "total")) {
                        d.total = m.total;
                    }
                    if (m.students && m.students.length) {
                        d.students = $Array(m.students.length);
                        for (var j = 0; j < m.students.length; ++j) {
                            d.students[j] = $root.everyclass.entity.v1.Ref.toObject(m.students[j], o, q + 1);
                        }
                    }
                    return d;
                };

                /**
                 * Converts this ListClassmatesResponse to JSON.
                 * @function toJSON
                 * @memberof everyclass.entity.v1.ListClassmatesResponse
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                ListClassmatesResponse.prototype.toJSON = function() {
                    return ListClassmatesResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for ListClassmatesResponse
                 * @function getTypeUrl
                 * @memberof everyclass.entity.v1.ListClassmatesResponse
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                ListClassmatesResponse.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/everyclass.entity.v1.ListClassmatesResponse";
                };

                return ListClassmatesResponse;
            })();

            v1.FreeRoomsRequest = (function() {

                /**
                 * Properties of a FreeRoomsRequest.
                 * @typedef {Object} everyclass.entity.v1.FreeRoomsRequest.$Properties
                 * @property {string|null} [semester] FreeRoomsRequest semester
                 * @property {number|null} [week] FreeRoomsRequest week
                 * @property {number|null} [weekday] FreeRoomsRequest weekday
                 * @property {number|null} [period] FreeRoomsRequest period
                 * @property {string|null} [building] FreeRoomsRequest building
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a FreeRoomsRequest.
                 * @memberof everyclass.entity.v1
                 * @interface IFreeRoomsRequest
                 * @augments everyclass.entity.v1.FreeRoomsRequest.$Properties
                 * @deprecated Use everyclass.entity.v1.FreeRoomsRequest.$Properties instead.
                 */

                /**
                 * Shape of a FreeRoomsRequest.
                 * @typedef {everyclass.entity.v1.FreeRoomsRequest.$Properties} everyclass.entity.v1.FreeRoomsRequest.$Shape
                 */

                /**
                 * Constructs a new FreeRoomsRequest.
                 * @memberof everyclass.entity.v1
                 * @classdesc Represents a FreeRoomsRequest.
                 * @constructor
                 * @param {everyclass.entity.v1.FreeRoomsRequest.$Properties=} [p] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const FreeRoomsRequest = function (p) {
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                /**
                 * FreeRoomsRequest semester.
                 * @member {string} semester
                 * @memberof everyclass.entity.v1.FreeRoomsRequest
                 * @instance
                 */
                FreeRoomsRequest.prototype.semester = "";

                /**
                 * FreeRoomsRequest week.
                 * @member {number} week
                 * @memberof everyclass.entity.v1.FreeRoomsRequest
                 * @instance
                 */
                FreeRoomsRequest.prototype.week = 0;

                /**
                 * FreeRoomsRequest weekday.
                 * @member {number} weekday
                 * @memberof everyclass.entity.v1.FreeRoomsRequest
                 * @instance
                 */
                FreeRoomsRequest.prototype.weekday = 0;

                /**
                 * FreeRoomsRequest period.
                 * @member {number} period
                 * @memberof everyclass.entity.v1.FreeRoomsRequest
                 * @instance
                 */
                FreeRoomsRequest.prototype.period = 0;

                /**
                 * FreeRoomsRequest building.
                 * @member {string} building
                 * @memberof everyclass.entity.v1.FreeRoomsRequest
                 * @instance
                 */
                FreeRoomsRequest.prototype.building = "";

                /**
                 * Creates a new FreeRoomsRequest instance using the specified properties.
                 * @function create
                 * @memberof everyclass.entity.v1.FreeRoomsRequest
                 * @static
                 * @param {everyclass.entity.v1.FreeRoomsRequest.$Properties=} [properties] Properties to set
                 * @returns {everyclass.entity.v1.FreeRoomsRequest} FreeRoomsRequest instance
                 * @type {{
                 *   (properties: everyclass.entity.v1.FreeRoomsRequest.$Shape): everyclass.entity.v1.FreeRoomsRequest & everyclass.entity.v1.FreeRoomsRequest.$Shape;
                 *   (properties?: everyclass.entity.v1.FreeRoomsRequest.$Properties): everyclass.entity.v1.FreeRoomsRequest;
                 * }}
                 */
                FreeRoomsRequest.create = function(properties) {
                    return new FreeRoomsRequest(properties);
                };

                /**
                 * Encodes the specified FreeRoomsRequest message. Does not implicitly {@link everyclass.entity.v1.FreeRoomsRequest.verify|verify} messages.
                 * @function encode
                 * @memberof everyclass.entity.v1.FreeRoomsRequest
                 * @static
                 * @param {everyclass.entity.v1.FreeRoomsRequest.$Properties} m FreeRoomsRequest message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                FreeRoomsRequest.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.semester != null && $Object.hasOwnProperty.call(m, "semester") && m.semester !== "")
                        w.uint32(/* id 1, wireType 2 =*/10).string(m.semester);
                    if (m.week != null && $Object.hasOwnProperty.call(m, "week") && m.week !== 0)
                        w.uint32(/* id 2, wireType 0 =*/16).uint32(m.week);
                    if (m.weekday != null && $Object.hasOwnProperty.call(m, "weekday") && m.weekday !== 0)
                        w.uint32(/* id 3, wireType 0 =*/24).uint32(m.weekday);
                    if (m.period != null && $Object.hasOwnProperty.call(m, "period") && m.period !== 0)
                        w.uint32(/* id 4, wireType 0 =*/32).uint32(m.period);
                    if (m.building != null && $Object.hasOwnProperty.call(m, "building") && m.building !== "")
                        w.uint32(/* id 5, wireType 2 =*/42).string(m.building);
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                /**
                 * Encodes the specified FreeRoomsRequest message, length delimited. Does not implicitly {@link everyclass.entity.v1.FreeRoomsRequest.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof everyclass.entity.v1.FreeRoomsRequest
                 * @static
                 * @param {everyclass.entity.v1.FreeRoomsRequest.$Properties} message FreeRoomsRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                FreeRoomsRequest.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a FreeRoomsRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof everyclass.entity.v1.FreeRoomsRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {everyclass.entity.v1.FreeRoomsRequest & everyclass.entity.v1.FreeRoomsRequest.$Shape} FreeRoomsRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                FreeRoomsRequest.decode = function (r, l, z, q, g) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (q === $undefined)
                        q = 0;
                    if (q > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var c, m, v;
                    if (l === $undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw $RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = g || new $root.everyclass.entity.v1.FreeRoomsRequest();
                    while (r.pos < c) {
                        var s = r.pos;
                        var t = r.tag();
                        if (t === z) {
                            z = $undefined;
                            break;
                        }
                        var u = t & 7;
                        switch (t >>>= 3) {
                        case 1: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.semester = v;
                                else
                                    delete m.semester;
                                continue;
                            }
                        case 2: {
                                if (u !== 0)
                                    break;
                                if (v = r.uint32())
                                    m.week = v;
                                else
                                    delete m.week;
                                continue;
                            }
                        case 3: {
                                if (u !== 0)
                                    break;
                                if (v = r.uint32())
                                    m.weekday = v;
                                else
                                    delete m.weekday;
                                continue;
                            }
                        case 4: {
                                if (u !== 0)
                                    break;
                                if (v = r.uint32())
                                    m.period = v;
                                else
                                    delete m.period;
                                continue;
                            }
                        case 5: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.building = v;
                                else
                                    delete m.building;
                                continue;
                            }
                        }
                        r.skipType(u, q, t);
                        if (!r.discardUnknown) {
                            $util.makeProp(m, "$unknowns", false);
                            (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                        }
                    }
                    if (l !== $undefined) {
                        if (r.pos !== c)
                            throw $RangeError("index out of range");
                        r.len = l;
                    }
                    if (z !== $undefined)
                        throw $Error("missing end group");
                    return m;
                };

                /**
                 * Decodes a FreeRoomsRequest message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof everyclass.entity.v1.FreeRoomsRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {everyclass.entity.v1.FreeRoomsRequest & everyclass.entity.v1.FreeRoomsRequest.$Shape} FreeRoomsRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                FreeRoomsRequest.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a FreeRoomsRequest message.
                 * @function verify
                 * @memberof everyclass.entity.v1.FreeRoomsRequest
                 * @static
                 * @param {Object.<string,*>} m Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                FreeRoomsRequest.verify = function (m, q) {
                    if (typeof m !== "object" || m === null)
                        return "object expected";
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        return "max depth exceeded";
                    if (m.semester != null && $Object.hasOwnProperty.call(m, "semester")) {
                        if (!$util.isString(m.semester))
                            return "semester: string expected";
                    }
                    if (m.week != null && $Object.hasOwnProperty.call(m, "week")) {
                        if (!$util.isInteger(m.week))
                            return "week: integer expected";
                    }
                    if (m.weekday != null && $Object.hasOwnProperty.call(m, "weekday")) {
                        if (!$util.isInteger(m.weekday))
                            return "weekday: integer expected";
                    }
                    if (m.period != null && $Object.hasOwnProperty.call(m, "period")) {
                        if (!$util.isInteger(m.period))
                            return "period: integer expected";
                    }
                    if (m.building != null && $Object.hasOwnProperty.call(m, "building")) {
                        if (!$util.isString(m.building))
                            return "building: string expected";
                    }
                    return null;
                };

                /**
                 * Creates a FreeRoomsRequest message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof everyclass.entity.v1.FreeRoomsRequest
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {everyclass.entity.v1.FreeRoomsRequest} FreeRoomsRequest
                 */
                FreeRoomsRequest.fromObject = function (d, q) {
                    if (d instanceof $root.everyclass.entity.v1.FreeRoomsRequest)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".everyclass.entity.v1.FreeRoomsRequest: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.everyclass.entity.v1.FreeRoomsRequest();
                    if (d.semester != null) {
                        if (typeof d.semester !== "string" || d.semester.length) {
                            m.semester = $String(d.semester);
                        }
                    }
                    if (d.week != null) {
                        if ($Number(d.week) !== 0) {
                            m.week = d.week >>> 0;
                        }
                    }
                    if (d.weekday != null) {
                        if ($Number(d.weekday) !== 0) {
                            m.weekday = d.weekday >>> 0;
                        }
                    }
                    if (d.period != null) {
                        if ($Number(d.period) !== 0) {
                            m.period = d.period >>> 0;
                        }
                    }
                    if (d.building != null) {
                        if (typeof d.building !== "string" || d.building.length) {
                            m.building = $String(d.building);
                        }
                    }
                    return m;
                };

                /**
                 * Creates a plain object from a FreeRoomsRequest message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof everyclass.entity.v1.FreeRoomsRequest
                 * @static
                 * @param {everyclass.entity.v1.FreeRoomsRequest} m FreeRoomsRequest
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                FreeRoomsRequest.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        d.semester = "";
                        d.week = 0;
                        d.weekday = 0;
                        d.period = 0;
                        d.building = "";
                    }
                    if (m.semester != null && $Object.hasOwnProperty.call(m, "semester")) {
                        d.semester = m.semester;
                    }
                    if (m.week != null && $Object.hasOwnProperty.call(m, "week")) {
                        d.week = m.week;
                    }
                    if (m.weekday != null && $Object.hasOwnProperty.call(m, "weekday")) {
                        d.weekday = m.weekday;
                    }
                    if (m.period != null && $Object.hasOwnProperty.call(m, "period")) {
                        d.period = m.period;
                    }
                    if (m.building != null && $Object.hasOwnProperty.call(m, "building")) {
                        d.building = m.building;
                    }
                    return d;
                };

                /**
                 * Converts this FreeRoomsRequest to JSON.
                 * @function toJSON
                 * @memberof everyclass.entity.v1.FreeRoomsRequest
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                FreeRoomsRequest.prototype.toJSON = function() {
                    return FreeRoomsRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for FreeRoomsRequest
                 * @function getTypeUrl
                 * @memberof everyclass.entity.v1.FreeRoomsRequest
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                FreeRoomsRequest.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/everyclass.entity.v1.FreeRoomsRequest";
                };

                return FreeRoomsRequest;
            })();

            v1.FreeRoomsResponse = (function() {

                /**
                 * Properties of a FreeRoomsResponse.
                 * @typedef {Object} everyclass.entity.v1.FreeRoomsResponse.$Properties
                 * @property {Array.<everyclass.entity.v1.Room.$Properties>|null} [rooms] FreeRoomsResponse rooms
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a FreeRoomsResponse.
                 * @memberof everyclass.entity.v1
                 * @interface IFreeRoomsResponse
                 * @augments everyclass.entity.v1.FreeRoomsResponse.$Properties
                 * @deprecated Use everyclass.entity.v1.FreeRoomsResponse.$Properties instead.
                 */

                /**
                 * Shape of a FreeRoomsResponse.
                 * @typedef {everyclass.entity.v1.FreeRoomsResponse.$Properties} everyclass.entity.v1.FreeRoomsResponse.$Shape
                 */

                /**
                 * Constructs a new FreeRoomsResponse.
                 * @memberof everyclass.entity.v1
                 * @classdesc Represents a FreeRoomsResponse.
                 * @constructor
                 * @param {everyclass.entity.v1.FreeRoomsResponse.$Properties=} [p] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const FreeRoomsResponse = function (p) {
                    this.rooms = [];
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                /**
                 * FreeRoomsResponse rooms.
                 * @member {Array.<everyclass.entity.v1.Room.$Properties>} rooms
                 * @memberof everyclass.entity.v1.FreeRoomsResponse
                 * @instance
                 */
                FreeRoomsResponse.prototype.rooms = $util.emptyArray;

                /**
                 * Creates a new FreeRoomsResponse instance using the specified properties.
                 * @function create
                 * @memberof everyclass.entity.v1.FreeRoomsResponse
                 * @static
                 * @param {everyclass.entity.v1.FreeRoomsResponse.$Properties=} [properties] Properties to set
                 * @returns {everyclass.entity.v1.FreeRoomsResponse} FreeRoomsResponse instance
                 * @type {{
                 *   (properties: everyclass.entity.v1.FreeRoomsResponse.$Shape): everyclass.entity.v1.FreeRoomsResponse & everyclass.entity.v1.FreeRoomsResponse.$Shape;
                 *   (properties?: everyclass.entity.v1.FreeRoomsResponse.$Properties): everyclass.entity.v1.FreeRoomsResponse;
                 * }}
                 */
                FreeRoomsResponse.create = function(properties) {
                    return new FreeRoomsResponse(properties);
                };

                /**
                 * Encodes the specified FreeRoomsResponse message. Does not implicitly {@link everyclass.entity.v1.FreeRoomsResponse.verify|verify} messages.
                 * @function encode
                 * @memberof everyclass.entity.v1.FreeRoomsResponse
                 * @static
                 * @param {everyclass.entity.v1.FreeRoomsResponse.$Properties} m FreeRoomsResponse message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                FreeRoomsResponse.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.rooms != null && m.rooms.length) {
                        for (var i = 0; i < m.rooms.length; ++i)
                            $root.everyclass.entity.v1.Room.encode(m.rooms[i], w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                    }
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                /**
                 * Encodes the specified FreeRoomsResponse message, length delimited. Does not implicitly {@link everyclass.entity.v1.FreeRoomsResponse.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof everyclass.entity.v1.FreeRoomsResponse
                 * @static
                 * @param {everyclass.entity.v1.FreeRoomsResponse.$Properties} message FreeRoomsResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                FreeRoomsResponse.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a FreeRoomsResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof everyclass.entity.v1.FreeRoomsResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {everyclass.entity.v1.FreeRoomsResponse & everyclass.entity.v1.FreeRoomsResponse.$Shape} FreeRoomsResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                FreeRoomsResponse.decode = function (r, l, z, q, g) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (q === $undefined)
                        q = 0;
                    if (q > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var c, m;
                    if (l === $undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw $RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = g || new $root.everyclass.entity.v1.FreeRoomsResponse();
                    while (r.pos < c) {
                        var s = r.pos;
                        var t = r.tag();
                        if (t === z) {
                            z = $undefined;
                            break;
                        }
                        var u = t & 7;
                        switch (t >>>= 3) {
                        case 1: {
                                if (u !== 2)
                                    break;
                                if (!(m.rooms && m.rooms.length))
                                    m.rooms = [];
                                m.rooms.push($root.everyclass.entity.v1.Room.decode(r, r.size(), $undefined, q + 1));
                                continue;
                            }
                        }
                        r.skipType(u, q, t);
                        if (!r.discardUnknown) {
                            $util.makeProp(m, "$unknowns", false);
                            (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                        }
                    }
                    if (l !== $undefined) {
                        if (r.pos !== c)
                            throw $RangeError("index out of range");
                        r.len = l;
                    }
                    if (z !== $undefined)
                        throw $Error("missing end group");
                    return m;
                };

                /**
                 * Decodes a FreeRoomsResponse message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof everyclass.entity.v1.FreeRoomsResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {everyclass.entity.v1.FreeRoomsResponse & everyclass.entity.v1.FreeRoomsResponse.$Shape} FreeRoomsResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                FreeRoomsResponse.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a FreeRoomsResponse message.
                 * @function verify
                 * @memberof everyclass.entity.v1.FreeRoomsResponse
                 * @static
                 * @param {Object.<string,*>} m Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                FreeRoomsResponse.verify = function (m, q) {
                    if (typeof m !== "object" || m === null)
                        return "object expected";
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        return "max depth exceeded";
                    if (m.rooms != null && $Object.hasOwnProperty.call(m, "rooms")) {
                        if (!$Array.isArray(m.rooms))
                            return "rooms: array expected";
                        for (var i = 0; i < m.rooms.length; ++i) {
                            {
                                var e = $root.everyclass.entity.v1.Room.verify(m.rooms[i], q + 1);
                                if (e)
                                    return "rooms." + e;
                            }
                        }
                    }
                    return null;
                };

                /**
                 * Creates a FreeRoomsResponse message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof everyclass.entity.v1.FreeRoomsResponse
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {everyclass.entity.v1.FreeRoomsResponse} FreeRoomsResponse
                 */
                FreeRoomsResponse.fromObject = function (d, q) {
                    if (d instanceof $root.everyclass.entity.v1.FreeRoomsResponse)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".everyclass.entity.v1.FreeRoomsResponse: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.everyclass.entity.v1.FreeRoomsResponse();
                    if (d.rooms) {
                        if (!$Array.isArray(d.rooms))
                            throw $TypeError(".everyclass.entity.v1.FreeRoomsResponse.rooms: array expected");
                        m.rooms = $Array(d.rooms.length);
                        for (var i = 0; i < d.rooms.length; ++i) {
                            if (!$util.isObject(d.rooms[i]))
                                throw $TypeError(".everyclass.entity.v1.FreeRoomsResponse.rooms: object expected");
                            m.rooms[i] = $root.everyclass.entity.v1.Room.fromObject(d.rooms[i], q + 1);
                        }
                    }
                    return m;
                };

                /**
                 * Creates a plain object from a FreeRoomsResponse message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof everyclass.entity.v1.FreeRoomsResponse
                 * @static
                 * @param {everyclass.entity.v1.FreeRoomsResponse} m FreeRoomsResponse
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                FreeRoomsResponse.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.arrays || o.defaults) {
                        d.rooms = [];
                    }
                    if (m.rooms && m.rooms.length) {
                        d.rooms = $Array(m.rooms.length);
                        for (var j = 0; j < m.rooms.length; ++j) {
                            d.rooms[j] = $root.everyclass.entity.v1.Room.toObject(m.rooms[j], o, q + 1);
                        }
                    }
                    return d;
                };

                /**
                 * Converts this FreeRoomsResponse to JSON.
                 * @function toJSON
                 * @memberof everyclass.entity.v1.FreeRoomsResponse
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                FreeRoomsResponse.prototype.toJSON = function() {
                    return FreeRoomsResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for FreeRoomsResponse
                 * @function getTypeUrl
                 * @memberof everyclass.entity.v1.FreeRoomsResponse
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                FreeRoomsResponse.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/everyclass.entity.v1.FreeRoomsResponse";
                };

                return FreeRoomsResponse;
            })();

            v1.ListSemestersRequest = (function() {

                /**
                 * Properties of a ListSemestersRequest.
                 * @typedef {Object} everyclass.entity.v1.ListSemestersRequest.$Properties
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a ListSemestersRequest.
                 * @memberof everyclass.entity.v1
                 * @interface IListSemestersRequest
                 * @augments everyclass.entity.v1.ListSemestersRequest.$Properties
                 * @deprecated Use everyclass.entity.v1.ListSemestersRequest.$Properties instead.
                 */

                /**
                 * Shape of a ListSemestersRequest.
                 * @typedef {everyclass.entity.v1.ListSemestersRequest.$Properties} everyclass.entity.v1.ListSemestersRequest.$Shape
                 */

                /**
                 * Constructs a new ListSemestersRequest.
                 * @memberof everyclass.entity.v1
                 * @classdesc Represents a ListSemestersRequest.
                 * @constructor
                 * @param {everyclass.entity.v1.ListSemestersRequest.$Properties=} [p] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const ListSemestersRequest = function (p) {
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                /**
                 * Creates a new ListSemestersRequest instance using the specified properties.
                 * @function create
                 * @memberof everyclass.entity.v1.ListSemestersRequest
                 * @static
                 * @param {everyclass.entity.v1.ListSemestersRequest.$Properties=} [properties] Properties to set
                 * @returns {everyclass.entity.v1.ListSemestersRequest} ListSemestersRequest instance
                 * @type {{
                 *   (properties: everyclass.entity.v1.ListSemestersRequest.$Shape): everyclass.entity.v1.ListSemestersRequest & everyclass.entity.v1.ListSemestersRequest.$Shape;
                 *   (properties?: everyclass.entity.v1.ListSemestersRequest.$Properties): everyclass.entity.v1.ListSemestersRequest;
                 * }}
                 */
                ListSemestersRequest.create = function(properties) {
                    return new ListSemestersRequest(properties);
                };

                /**
                 * Encodes the specified ListSemestersRequest message. Does not implicitly {@link everyclass.entity.v1.ListSemestersRequest.verify|verify} messages.
                 * @function encode
                 * @memberof everyclass.entity.v1.ListSemestersRequest
                 * @static
                 * @param {everyclass.entity.v1.ListSemestersRequest.$Properties} m ListSemestersRequest message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ListSemestersRequest.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                /**
                 * Encodes the specified ListSemestersRequest message, length delimited. Does not implicitly {@link everyclass.entity.v1.ListSemestersRequest.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof everyclass.entity.v1.ListSemestersRequest
                 * @static
                 * @param {everyclass.entity.v1.ListSemestersRequest.$Properties} message ListSemestersRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ListSemestersRequest.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a ListSemestersRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof everyclass.entity.v1.ListSemestersRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {everyclass.entity.v1.ListSemestersRequest & everyclass.entity.v1.ListSemestersRequest.$Shape} ListSemestersRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ListSemestersRequest.decode = function (r, l, z, q, g) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (q === $undefined)
                        q = 0;
                    if (q > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var c, m;
                    if (l === $undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw $RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = g || new $root.everyclass.entity.v1.ListSemestersRequest();
                    while (r.pos < c) {
                        var s = r.pos;
                        var t = r.tag();
                        if (t === z) {
                            z = $undefined;
                            break;
                        }
                        r.skipType(t & 7, q, t);
                        if (!r.discardUnknown) {
                            $util.makeProp(m, "$unknowns", false);
                            (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                        }
                    }
                    if (l !== $undefined) {
                        if (r.pos !== c)
                            throw $RangeError("index out of range");
                        r.len = l;
                    }
                    if (z !== $undefined)
                        throw $Error("missing end group");
                    return m;
                };

                /**
                 * Decodes a ListSemestersRequest message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof everyclass.entity.v1.ListSemestersRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {everyclass.entity.v1.ListSemestersRequest & everyclass.entity.v1.ListSemestersRequest.$Shape} ListSemestersRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ListSemestersRequest.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a ListSemestersRequest message.
                 * @function verify
                 * @memberof everyclass.entity.v1.ListSemestersRequest
                 * @static
                 * @param {Object.<string,*>} m Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                ListSemestersRequest.verify = function (m, q) {
                    if (typeof m !== "object" || m === null)
                        return "object expected";
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        return "max depth exceeded";
                    return null;
                };

                /**
                 * Creates a ListSemestersRequest message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof everyclass.entity.v1.ListSemestersRequest
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {everyclass.entity.v1.ListSemestersRequest} ListSemestersRequest
                 */
                ListSemestersRequest.fromObject = function (d, q) {
                    if (d instanceof $root.everyclass.entity.v1.ListSemestersRequest)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".everyclass.entity.v1.ListSemestersRequest: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    return new $root.everyclass.entity.v1.ListSemestersRequest();
                };

                /**
                 * Creates a plain object from a ListSemestersRequest message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof everyclass.entity.v1.ListSemestersRequest
                 * @static
                 * @param {everyclass.entity.v1.ListSemestersRequest} m ListSemestersRequest
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                ListSemestersRequest.toObject = function () {
                    return {};
                };

                /**
                 * Converts this ListSemestersRequest to JSON.
                 * @function toJSON
                 * @memberof everyclass.entity.v1.ListSemestersRequest
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                ListSemestersRequest.prototype.toJSON = function() {
                    return ListSemestersRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for ListSemestersRequest
                 * @function getTypeUrl
                 * @memberof everyclass.entity.v1.ListSemestersRequest
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                ListSemestersRequest.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/everyclass.entity.v1.ListSemestersRequest";
                };

                return ListSemestersRequest;
            })();

            v1.ListSemestersResponse = (function() {

                /**
                 * Properties of a ListSemestersResponse.
                 * @typedef {Object} everyclass.entity.v1.ListSemestersResponse.$Properties
                 * @property {Array.<everyclass.entity.v1.Semester.$Properties>|null} [semesters] ListSemestersResponse semesters
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a ListSemestersResponse.
                 * @memberof everyclass.entity.v1
                 * @interface IListSemestersResponse
                 * @augments everyclass.entity.v1.ListSemestersResponse.$Properties
                 * @deprecated Use everyclass.entity.v1.ListSemestersResponse.$Properties instead.
                 */

                /**
                 * Shape of a ListSemestersResponse.
                 * @typedef {everyclass.entity.v1.ListSemestersResponse.$Properties} everyclass.entity.v1.ListSemestersResponse.$Shape
                 */

                /**
                 * Constructs a new ListSemestersResponse.
                 * @memberof everyclass.entity.v1
                 * @classdesc Represents a ListSemestersResponse.
                 * @constructor
                 * @param {everyclass.entity.v1.ListSemestersResponse.$Properties=} [p] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const ListSemestersResponse = function (p) {
                    this.semesters = [];
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                /**
                 * ListSemestersResponse semesters.
                 * @member {Array.<everyclass.entity.v1.Semester.$Properties>} semesters
                 * @memberof everyclass.entity.v1.ListSemestersResponse
                 * @instance
                 */
                ListSemestersResponse.prototype.semesters = $util.emptyArray;

                /**
                 * Creates a new ListSemestersResponse instance using the specified properties.
                 * @function create
                 * @memberof everyclass.entity.v1.ListSemestersResponse
                 * @static
                 * @param {everyclass.entity.v1.ListSemestersResponse.$Properties=} [properties] Properties to set
                 * @returns {everyclass.entity.v1.ListSemestersResponse} ListSemestersResponse instance
                 * @type {{
                 *   (properties: everyclass.entity.v1.ListSemestersResponse.$Shape): everyclass.entity.v1.ListSemestersResponse & everyclass.entity.v1.ListSemestersResponse.$Shape;
                 *   (properties?: everyclass.entity.v1.ListSemestersResponse.$Properties): everyclass.entity.v1.ListSemestersResponse;
                 * }}
                 */
                ListSemestersResponse.create = function(properties) {
                    return new ListSemestersResponse(properties);
                };

                /**
                 * Encodes the specified ListSemestersResponse message. Does not implicitly {@link everyclass.entity.v1.ListSemestersResponse.verify|verify} messages.
                 * @function encode
                 * @memberof everyclass.entity.v1.ListSemestersResponse
                 * @static
                 * @param {everyclass.entity.v1.ListSemestersResponse.$Properties} m ListSemestersResponse message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ListSemestersResponse.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.semesters != null && m.semesters.length) {
                        for (var i = 0; i < m.semesters.length; ++i)
                            $root.everyclass.entity.v1.Semester.encode(m.semesters[i], w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                    }
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                /**
                 * Encodes the specified ListSemestersResponse message, length delimited. Does not implicitly {@link everyclass.entity.v1.ListSemestersResponse.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof everyclass.entity.v1.ListSemestersResponse
                 * @static
                 * @param {everyclass.entity.v1.ListSemestersResponse.$Properties} message ListSemestersResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ListSemestersResponse.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a ListSemestersResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof everyclass.entity.v1.ListSemestersResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {everyclass.entity.v1.ListSemestersResponse & everyclass.entity.v1.ListSemestersResponse.$Shape} ListSemestersResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ListSemestersResponse.decode = function (r, l, z, q, g) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (q === $undefined)
                        q = 0;
                    if (q > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var c, m;
                    if (l === $undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw $RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = g || new $root.everyclass.entity.v1.ListSemestersResponse();
                    while (r.pos < c) {
                        var s = r.pos;
                        var t = r.tag();
                        if (t === z) {
                            z = $undefined;
                            break;
                        }
                        var u = t & 7;
                        switch (t >>>= 3) {
                        case 1: {
                                if (u !== 2)
                                    break;
                                if (!(m.semesters && m.semesters.length))
                                    m.semesters = [];
                                m.semesters.push($root.everyclass.entity.v1.Semester.decode(r, r.size(), $undefined, q + 1));
                                continue;
                            }
                        }
                        r.skipType(u, q, t);
                        if (!r.discardUnknown) {
                            $util.makeProp(m, "$unknowns", false);
                            (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                        }
                    }
                    if (l !== $undefined) {
                        if (r.pos !== c)
                            throw $RangeError("index out of range");
                        r.len = l;
                    }
                    if (z !== $undefined)
                        throw $Error("missing end group");
                    return m;
                };

                /**
                 * Decodes a ListSemestersResponse message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof everyclass.entity.v1.ListSemestersResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {everyclass.entity.v1.ListSemestersResponse & everyclass.entity.v1.ListSemestersResponse.$Shape} ListSemestersResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ListSemestersResponse.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a ListSemestersResponse message.
                 * @function verify
                 * @memberof everyclass.entity.v1.ListSemestersResponse
                 * @static
                 * @param {Object.<string,*>} m Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                ListSemestersResponse.verify = function (m, q) {
                    if (typeof m !== "object" || m === null)
                        return "object expected";
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        return "max depth exceeded";
                    if (m.semesters != null && $Object.hasOwnProperty.call(m, "semesters")) {
                        if (!$Array.isArray(m.semesters))
                            return "semesters: array expected";
                        for (var i = 0; i < m.semesters.length; ++i) {
                            {
                                var e = $root.everyclass.entity.v1.Semester.verify(m.semesters[i], q + 1);
                                if (e)
                                    return "semesters." + e;
                            }
                        }
                    }
                    return null;
                };

                /**
                 * Creates a ListSemestersResponse message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof everyclass.entity.v1.ListSemestersResponse
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {everyclass.entity.v1.ListSemestersResponse} ListSemestersResponse
                 */
                ListSemestersResponse.fromObject = function (d, q) {
                    if (d instanceof $root.everyclass.entity.v1.ListSemestersResponse)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".everyclass.entity.v1.ListSemestersResponse: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.everyclass.entity.v1.ListSemestersResponse();
                    if (d.semesters) {
                        if (!$Array.isArray(d.semesters))
                            throw $TypeError(".everyclass.entity.v1.ListSemestersResponse.semesters: array expected");
                        m.semesters = $Array(d.semesters.length);
                        for (var i = 0; i < d.semesters.length; ++i) {
                            if (!$util.isObject(d.semesters[i]))
                                throw $TypeError(".everyclass.entity.v1.ListSemestersResponse.semesters: object expected");
                            m.semesters[i] = $root.everyclass.entity.v1.Semester.fromObject(d.semesters[i], q + 1);
                        }
                    }
                    return m;
                };

                /**
                 * Creates a plain object from a ListSemestersResponse message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof everyclass.entity.v1.ListSemestersResponse
                 * @static
                 * @param {everyclass.entity.v1.ListSemestersResponse} m ListSemestersResponse
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                ListSemestersResponse.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.arrays || o.defaults) {
                        d.semesters = [];
                    }
                    if (m.semesters && m.semesters.length) {
                        d.semesters = $Array(m.semesters.length);
                        for (var j = 0; j < m.semesters.length; ++j) {
                            d.semesters[j] = $root.everyclass.entity.v1.Semester.toObject(m.semesters[j], o, q + 1);
                        }
                    }
                    return d;
                };

                /**
                 * Converts this ListSemestersResponse to JSON.
                 * @function toJSON
                 * @memberof everyclass.entity.v1.ListSemestersResponse
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                ListSemestersResponse.prototype.toJSON = function() {
                    return ListSemestersResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for ListSemestersResponse
                 * @function getTypeUrl
                 * @memberof everyclass.entity.v1.ListSemestersResponse
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                ListSemestersResponse.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/everyclass.entity.v1.ListSemestersResponse";
                };

                return ListSemestersResponse;
            })();

            v1.GetDataVersionRequest = (function() {

                /**
                 * Properties of a GetDataVersionRequest.
                 * @typedef {Object} everyclass.entity.v1.GetDataVersionRequest.$Properties
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a GetDataVersionRequest.
                 * @memberof everyclass.entity.v1
                 * @interface IGetDataVersionRequest
                 * @augments everyclass.entity.v1.GetDataVersionRequest.$Properties
                 * @deprecated Use everyclass.entity.v1.GetDataVersionRequest.$Properties instead.
                 */

                /**
                 * Shape of a GetDataVersionRequest.
                 * @typedef {everyclass.entity.v1.GetDataVersionRequest.$Properties} everyclass.entity.v1.GetDataVersionRequest.$Shape
                 */

                /**
                 * Constructs a new GetDataVersionRequest.
                 * @memberof everyclass.entity.v1
                 * @classdesc Represents a GetDataVersionRequest.
                 * @constructor
                 * @param {everyclass.entity.v1.GetDataVersionRequest.$Properties=} [p] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const GetDataVersionRequest = function (p) {
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                /**
                 * Creates a new GetDataVersionRequest instance using the specified properties.
                 * @function create
                 * @memberof everyclass.entity.v1.GetDataVersionRequest
                 * @static
                 * @param {everyclass.entity.v1.GetDataVersionRequest.$Properties=} [properties] Properties to set
                 * @returns {everyclass.entity.v1.GetDataVersionRequest} GetDataVersionRequest instance
                 * @type {{
                 *   (properties: everyclass.entity.v1.GetDataVersionRequest.$Shape): everyclass.entity.v1.GetDataVersionRequest & everyclass.entity.v1.GetDataVersionRequest.$Shape;
                 *   (properties?: everyclass.entity.v1.GetDataVersionRequest.$Properties): everyclass.entity.v1.GetDataVersionRequest;
                 * }}
                 */
                GetDataVersionRequest.create = function(properties) {
                    return new GetDataVersionRequest(properties);
                };

                /**
                 * Encodes the specified GetDataVersionRequest message. Does not implicitly {@link everyclass.entity.v1.GetDataVersionRequest.verify|verify} messages.
                 * @function encode
                 * @memberof everyclass.entity.v1.GetDataVersionRequest
                 * @static
                 * @param {everyclass.entity.v1.GetDataVersionRequest.$Properties} m GetDataVersionRequest message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                GetDataVersionRequest.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                /**
                 * Encodes the specified GetDataVersionRequest message, length delimited. Does not implicitly {@link everyclass.entity.v1.GetDataVersionRequest.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof everyclass.entity.v1.GetDataVersionRequest
                 * @static
                 * @param {everyclass.entity.v1.GetDataVersionRequest.$Properties} message GetDataVersionRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                GetDataVersionRequest.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a GetDataVersionRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof everyclass.entity.v1.GetDataVersionRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {everyclass.entity.v1.GetDataVersionRequest & everyclass.entity.v1.GetDataVersionRequest.$Shape} GetDataVersionRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                GetDataVersionRequest.decode = function (r, l, z, q, g) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (q === $undefined)
                        q = 0;
                    if (q > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var c, m;
                    if (l === $undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw $RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = g || new $root.everyclass.entity.v1.GetDataVersionRequest();
                    while (r.pos < c) {
                        var s = r.pos;
                        var t = r.tag();
                        if (t === z) {
                            z = $undefined;
                            break;
                        }
                        r.skipType(t & 7, q, t);
                        if (!r.discardUnknown) {
                            $util.makeProp(m, "$unknowns", false);
                            (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                        }
                    }
                    if (l !== $undefined) {
                        if (r.pos !== c)
                            throw $RangeError("index out of range");
                        r.len = l;
                    }
                    if (z !== $undefined)
                        throw $Error("missing end group");
                    return m;
                };

                /**
                 * Decodes a GetDataVersionRequest message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof everyclass.entity.v1.GetDataVersionRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {everyclass.entity.v1.GetDataVersionRequest & everyclass.entity.v1.GetDataVersionRequest.$Shape} GetDataVersionRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                GetDataVersionRequest.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a GetDataVersionRequest message.
                 * @function verify
                 * @memberof everyclass.entity.v1.GetDataVersionRequest
                 * @static
                 * @param {Object.<string,*>} m Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                GetDataVersionRequest.verify = function (m, q) {
                    if (typeof m !== "object" || m === null)
                        return "object expected";
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        return "max depth exceeded";
                    return null;
                };

                /**
                 * Creates a GetDataVersionRequest message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof everyclass.entity.v1.GetDataVersionRequest
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {everyclass.entity.v1.GetDataVersionRequest} GetDataVersionRequest
                 */
                GetDataVersionRequest.fromObject = function (d, q) {
                    if (d instanceof $root.everyclass.entity.v1.GetDataVersionRequest)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".everyclass.entity.v1.GetDataVersionRequest: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    return new $root.everyclass.entity.v1.GetDataVersionRequest();
                };

                /**
                 * Creates a plain object from a GetDataVersionRequest message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof everyclass.entity.v1.GetDataVersionRequest
                 * @static
                 * @param {everyclass.entity.v1.GetDataVersionRequest} m GetDataVersionRequest
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                GetDataVersionRequest.toObject = function () {
                    return {};
                };

                /**
                 * Converts this GetDataVersionRequest to JSON.
                 * @function toJSON
                 * @memberof everyclass.entity.v1.GetDataVersionRequest
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                GetDataVersionRequest.prototype.toJSON = function() {
                    return GetDataVersionRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for GetDataVersionRequest
                 * @function getTypeUrl
                 * @memberof everyclass.entity.v1.GetDataVersionRequest
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                GetDataVersionRequest.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/everyclass.entity.v1.GetDataVersionRequest";
                };

                return GetDataVersionRequest;
            })();

            v1.DataVersion = (function() {

                /**
                 * Properties of a DataVersion.
                 * @typedef {Object} everyclass.entity.v1.DataVersion.$Properties
                 * @property {string|null} [version] DataVersion version
                 * @property {string|null} [updatedAt] DataVersion updatedAt
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a DataVersion.
                 * @memberof everyclass.entity.v1
                 * @interface IDataVersion
                 * @augments everyclass.entity.v1.DataVersion.$Properties
                 * @deprecated Use everyclass.entity.v1.DataVersion.$Properties instead.
                 */

                /**
                 * Shape of a DataVersion.
                 * @typedef {everyclass.entity.v1.DataVersion.$Properties} everyclass.entity.v1.DataVersion.$Shape
                 */

                /**
                 * Constructs a new DataVersion.
                 * @memberof everyclass.entity.v1
                 * @classdesc Represents a DataVersion.
                 * @constructor
                 * @param {everyclass.entity.v1.DataVersion.$Properties=} [p] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const DataVersion = function (p) {
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                /**
                 * DataVersion version.
                 * @member {string} version
                 * @memberof everyclass.entity.v1.DataVersion
                 * @instance
                 */
                DataVersion.prototype.version = "";

                /**
                 * DataVersion updatedAt.
                 * @member {string} updatedAt
                 * @memberof everyclass.entity.v1.DataVersion
                 * @instance
                 */
                DataVersion.prototype.updatedAt = "";

                /**
                 * Creates a new DataVersion instance using the specified properties.
                 * @function create
                 * @memberof everyclass.entity.v1.DataVersion
                 * @static
                 * @param {everyclass.entity.v1.DataVersion.$Properties=} [properties] Properties to set
                 * @returns {everyclass.entity.v1.DataVersion} DataVersion instance
                 * @type {{
                 *   (properties: everyclass.entity.v1.DataVersion.$Shape): everyclass.entity.v1.DataVersion & everyclass.entity.v1.DataVersion.$Shape;
                 *   (properties?: everyclass.entity.v1.DataVersion.$Properties): everyclass.entity.v1.DataVersion;
                 * }}
                 */
                DataVersion.create = function(properties) {
                    return new DataVersion(properties);
                };

                /**
                 * Encodes the specified DataVersion message. Does not implicitly {@link everyclass.entity.v1.DataVersion.verify|verify} messages.
                 * @function encode
                 * @memberof everyclass.entity.v1.DataVersion
                 * @static
                 * @param {everyclass.entity.v1.DataVersion.$Properties} m DataVersion message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                DataVersion.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.version != null && $Object.hasOwnProperty.call(m, "version") && m.version !== "")
                        w.uint32(/* id 1, wireType 2 =*/10).string(m.version);
                    if (m.updatedAt != null && $Object.hasOwnProperty.call(m, "updatedAt") && m.updatedAt !== "")
                        w.uint32(/* id 2, wireType 2 =*/18).string(m.updatedAt);
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                /**
                 * Encodes the specified DataVersion message, length delimited. Does not implicitly {@link everyclass.entity.v1.DataVersion.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof everyclass.entity.v1.DataVersion
                 * @static
                 * @param {everyclass.entity.v1.DataVersion.$Properties} message DataVersion message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                DataVersion.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a DataVersion message from the specified reader or buffer.
                 * @function decode
                 * @memberof everyclass.entity.v1.DataVersion
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {everyclass.entity.v1.DataVersion & everyclass.entity.v1.DataVersion.$Shape} DataVersion
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                DataVersion.decode = function (r, l, z, q, g) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (q === $undefined)
                        q = 0;
                    if (q > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var c, m, v;
                    if (l === $undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw $RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = g || new $root.everyclass.entity.v1.DataVersion();
                    while (r.pos < c) {
                        var s = r.pos;
                        var t = r.tag();
                        if (t === z) {
                            z = $undefined;
                            break;
                        }
                        var u = t & 7;
                        switch (t >>>= 3) {
                        case 1: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.version = v;
                                else
                                    delete m.version;
                                continue;
                            }
                        case 2: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.updatedAt = v;
                                else
                                    delete m.updatedAt;
                                continue;
                            }
                        }
                        r.skipType(u, q, t);
                        if (!r.discardUnknown) {
                            $util.makeProp(m, "$unknowns", false);
                            (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                        }
                    }
                    if (l !== $undefined) {
                        if (r.pos !== c)
                            throw $RangeError("index out of range");
                        r.len = l;
                    }
                    if (z !== $undefined)
                        throw $Error("missing end group");
                    return m;
                };

                /**
                 * Decodes a DataVersion message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof everyclass.entity.v1.DataVersion
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {everyclass.entity.v1.DataVersion & everyclass.entity.v1.DataVersion.$Shape} DataVersion
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                DataVersion.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a DataVersion message.
                 * @function verify
                 * @memberof everyclass.entity.v1.DataVersion
                 * @static
                 * @param {Object.<string,*>} m Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                DataVersion.verify = function (m, q) {
                    if (typeof m !== "object" || m === null)
                        return "object expected";
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        return "max depth exceeded";
                    if (m.version != null && $Object.hasOwnProperty.call(m, "version")) {
                        if (!$util.isString(m.version))
                            return "version: string expected";
                    }
                    if (m.updatedAt != null && $Object.hasOwnProperty.call(m, "updatedAt")) {
                        if (!$util.isString(m.updatedAt))
                            return "updatedAt: string expected";
                    }
                    return null;
                };

                /**
                 * Creates a DataVersion message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof everyclass.entity.v1.DataVersion
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {everyclass.entity.v1.DataVersion} DataVersion
                 */
                DataVersion.fromObject = function (d, q) {
                    if (d instanceof $root.everyclass.entity.v1.DataVersion)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".everyclass.entity.v1.DataVersion: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.everyclass.entity.v1.DataVersion();
                    if (d.version != null) {
                        if (typeof d.version !== "string" || d.version.length) {
                            m.version = $String(d.version);
                        }
                    }
                    if (d.updatedAt != null) {
                        if (typeof d.updatedAt !== "string" || d.updatedAt.length) {
                            m.updatedAt = $String(d.updatedAt);
                        }
                    }
                    return m;
                };

                /**
                 * Creates a plain object from a DataVersion message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof everyclass.entity.v1.DataVersion
                 * @static
                 * @param {everyclass.entity.v1.DataVersion} m DataVersion
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                DataVersion.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        d.version = "";
                        d.updatedAt = "";
                    }
                    if (m.version != null && $Object.hasOwnProperty.call(m, "version")) {
                        d.version = m.version;
                    }
                    if (m.updatedAt != null && $Object.hasOwnProperty.call(m, "updatedAt")) {
                        d.updatedAt = m.updatedAt;
                    }
                    return d;
                };

                /**
                 * Converts this DataVersion to JSON.
                 * @function toJSON
                 * @memberof everyclass.entity.v1.DataVersion
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                DataVersion.prototype.toJSON = function() {
                    return DataVersion.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for DataVersion
                 * @function getTypeUrl
                 * @memberof everyclass.entity.v1.DataVersion
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                DataVersion.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/everyclass.entity.v1.DataVersion";
                };

                return DataVersion;
            })();

            v1.StudentRecord = (function() {

                /**
                 * Properties of a StudentRecord.
                 * @typedef {Object} everyclass.entity.v1.StudentRecord.$Properties
                 * @property {string|null} [code] StudentRecord code
                 * @property {string|null} [name] StudentRecord name
                 * @property {string|null} [klass] StudentRecord klass
                 * @property {string|null} [major] StudentRecord major
                 * @property {string|null} [department] StudentRecord department
                 * @property {number|null} [year] StudentRecord year
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a StudentRecord.
                 * @memberof everyclass.entity.v1
                 * @interface IStudentRecord
                 * @augments everyclass.entity.v1.StudentRecord.$Properties
                 * @deprecated Use everyclass.entity.v1.StudentRecord.$Properties instead.
                 */

                /**
                 * Shape of a StudentRecord.
                 * @typedef {everyclass.entity.v1.StudentRecord.$Properties} everyclass.entity.v1.StudentRecord.$Shape
                 */

                /**
                 * Constructs a new StudentRecord.
                 * @memberof everyclass.entity.v1
                 * @classdesc Represents a StudentRecord.
                 * @constructor
                 * @param {everyclass.entity.v1.StudentRecord.$Properties=} [p] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const StudentRecord = function (p) {
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                /**
                 * StudentRecord code.
                 * @member {string} code
                 * @memberof everyclass.entity.v1.StudentRecord
                 * @instance
                 */
                StudentRecord.prototype.code = "";

                /**
                 * StudentRecord name.
                 * @member {string} name
                 * @memberof everyclass.entity.v1.StudentRecord
                 * @instance
                 */
                StudentRecord.prototype.name = "";

                /**
                 * StudentRecord klass.
                 * @member {string} klass
                 * @memberof everyclass.entity.v1.StudentRecord
                 * @instance
                 */
                StudentRecord.prototype.klass = "";

                /**
                 * StudentRecord major.
                 * @member {string} major
                 * @memberof everyclass.entity.v1.StudentRecord
                 * @instance
                 */
                StudentRecord.prototype.major = "";

                /**
                 * StudentRecord department.
                 * @member {string} department
                 * @memberof everyclass.entity.v1.StudentRecord
                 * @instance
                 */
                StudentRecord.prototype.department = "";

                /**
                 * StudentRecord year.
                 * @member {number} year
                 * @memberof everyclass.entity.v1.StudentRecord
                 * @instance
                 */
                StudentRecord.prototype.year = 0;

                /**
                 * Creates a new StudentRecord instance using the specified properties.
                 * @function create
                 * @memberof everyclass.entity.v1.StudentRecord
                 * @static
                 * @param {everyclass.entity.v1.StudentRecord.$Properties=} [properties] Properties to set
                 * @returns {everyclass.entity.v1.StudentRecord} StudentRecord instance
                 * @type {{
                 *   (properties: everyclass.entity.v1.StudentRecord.$Shape): everyclass.entity.v1.StudentRecord & everyclass.entity.v1.StudentRecord.$Shape;
                 *   (properties?: everyclass.entity.v1.StudentRecord.$Properties): everyclass.entity.v1.StudentRecord;
                 * }}
                 */
                StudentRecord.create = function(properties) {
                    return new StudentRecord(properties);
                };

                /**
                 * Encodes the specified StudentRecord message. Does not implicitly {@link everyclass.entity.v1.StudentRecord.verify|verify} messages.
                 * @function encode
                 * @memberof everyclass.entity.v1.StudentRecord
                 * @static
                 * @param {everyclass.entity.v1.StudentRecord.$Properties} m StudentRecord message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                StudentRecord.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.code != null && $Object.hasOwnProperty.call(m, "code") && m.code !== "")
                        w.uint32(/* id 1, wireType 2 =*/10).string(m.code);
                    if (m.name != null && $Object.hasOwnProperty.call(m, "name") && m.name !== "")
                        w.uint32(/* id 2, wireType 2 =*/18).string(m.name);
                    if (m.klass != null && $Object.hasOwnProperty.call(m, "klass") && m.klass !== "")
                        w.uint32(/* id 3, wireType 2 =*/26).string(m.klass);
                    if (m.major != null && $Object.hasOwnProperty.call(m, "major") && m.major !== "")
                        w.uint32(/* id 4, wireType 2 =*/34).string(m.major);
                    if (m.department != null && $Object.hasOwnProperty.call(m, "department") && m.department !== "")
                        w.uint32(/* id 5, wireType 2 =*/42).string(m.department);
                    if (m.year != null && $Object.hasOwnProperty.call(m, "year") && m.year !== 0)
                        w.uint32(/* id 6, wireType 0 =*/48).uint32(m.year);
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                /**
                 * Encodes the specified StudentRecord message, length delimited. Does not implicitly {@link everyclass.entity.v1.StudentRecord.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof everyclass.entity.v1.StudentRecord
                 * @static
                 * @param {everyclass.entity.v1.StudentRecord.$Properties} message StudentRecord message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                StudentRecord.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a StudentRecord message from the specified reader or buffer.
                 * @function decode
                 * @memberof everyclass.entity.v1.StudentRecord
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {everyclass.entity.v1.StudentRecord & everyclass.entity.v1.StudentRecord.$Shape} StudentRecord
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                StudentRecord.decode = function (r, l, z, q, g) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (q === $undefined)
                        q = 0;
                    if (q > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var c, m, v;
                    if (l === $undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw $RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = g || new $root.everyclass.entity.v1.StudentRecord();
                    while (r.pos < c) {
                        var s = r.pos;
                        var t = r.tag();
                        if (t === z) {
                            z = $undefined;
                            break;
                        }
                        var u = t & 7;
                        switch (t >>>= 3) {
                        case 1: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.code = v;
                                else
                                    delete m.code;
                                continue;
                            }
                        case 2: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.name = v;
                                else
                                    delete m.name;
                                continue;
                            }
                        case 3: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.klass = v;
                                else
                                    delete m.klass;
                                continue;
                            }
                        case 4: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.major = v;
                                else
                                    delete m.major;
                                continue;
                            }
                        case 5: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.department = v;
                                else
                                    delete m.department;
                                continue;
                            }
                        case 6: {
                                if (u !== 0)
                                    break;
                                if (v = r.uint32())
                                    m.year = v;
                                else
                                    delete m.year;
                                continue;
                            }
                        }
                        r.skipType(u, q, t);
                        if (!r.discardUnknown) {
                            $util.makeProp(m, "$unknowns", false);
                            (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                        }
                    }
                    if (l !== $undefined) {
                        if (r.pos !== c)
                            throw $RangeError("index out of range");
                        r.len = l;
                    }
                    if (z !== $undefined)
                        throw $Error("missing end group");
                    return m;
                };

                /**
                 * Decodes a StudentRecord message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof everyclass.entity.v1.StudentRecord
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {everyclass.entity.v1.StudentRecord & everyclass.entity.v1.StudentRecord.$Shape} StudentRecord
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                StudentRecord.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a StudentRecord message.
                 * @function verify
                 * @memberof everyclass.entity.v1.StudentRecord
                 * @static
                 * @param {Object.<string,*>} m Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                StudentRecord.verify = function (m, q) {
                    if (typeof m !== "object" || m === null)
                        return "object expected";
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        return "max depth exceeded";
                    if (m.code != null && $Object.hasOwnProperty.call(m, "code")) {
                        if (!$util.isString(m.code))
                            return "code: string expected";
                    }
                    if (m.name != null && $Object.hasOwnProperty.call(m, "name")) {
                        if (!$util.isString(m.name))
                            return "name: string expected";
                    }
                    if (m.klass != null && $Object.hasOwnProperty.call(m, "klass")) {
                        if (!$util.isString(m.klass))
                            return "klass: string expected";
                    }
                    if (m.major != null && $Object.hasOwnProperty.call(m, "major")) {
                        if (!$util.isString(m.major))
                            return "major: string expected";
                    }
                    if (m.department != null && $Object.hasOwnProperty.call(m, "department")) {
                        if (!$util.isString(m.department))
                            return "department: string expected";
                    }
                    if (m.year != null && $Object.hasOwnProperty.call(m, "year")) {
                        if (!$util.isInteger(m.year))
                            return "year: integer expected";
                    }
                    return null;
                };

                /**
                 * Creates a StudentRecord message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof everyclass.entity.v1.StudentRecord
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {everyclass.entity.v1.StudentRecord} StudentRecord
                 */
                StudentRecord.fromObject = function (d, q) {
                    if (d instanceof $root.everyclass.entity.v1.StudentRecord)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".everyclass.entity.v1.StudentRecord: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.everyclass.entity.v1.StudentRecord();
                    if (d.code != null) {
                        if (typeof d.code !== "string" || d.code.length) {
                            m.code = $String(d.code);
                        }
                    }
                    if (d.name != null) {
                        if (typeof d.name !== "string" || d.name.length) {
                            m.name = $String(d.name);
                        }
                    }
                    if (d.klass != null) {
                        if (typeof d.klass !== "string" || d.klass.length) {
                            m.klass = $String(d.klass);
                        }
                    }
                    if (d.major != null) {
                        if (typeof d.major !== "string" || d.major.length) {
                            m.major = $String(d.major);
                        }
                    }
                    if (d.department != null) {
                        if (typeof d.department !== "string" || d.department.length) {
                            m.department = $String(d.department);
                        }
                    }
                    if (d.year != null) {
                        if ($Number(d.year) !== 0) {
                            m.year = d.year >>> 0;
                        }
                    }
                    return m;
                };

                /**
                 * Creates a plain object from a StudentRecord message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof everyclass.entity.v1.StudentRecord
                 * @static
                 * @param {everyclass.entity.v1.StudentRecord} m StudentRecord
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                StudentRecord.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        d.code = "";
                        d.name = "";
                        d.klass = "";
                        d.major = "";
                        d.department = "";
                        d.year = 0;
                    }
                    if (m.code != null && $Object.hasOwnProperty.call(m, "code")) {
                        d.code = m.code;
                    }
                    if (m.name != null && $Object.hasOwnProperty.call(m, "name")) {
                        d.name = m.name;
                    }
                    if (m.klass != null && $Object.hasOwnProperty.call(m, "klass")) {
                        d.klass = m.klass;
                    }
                    if (m.major != null && $Object.hasOwnProperty.call(m, "major")) {
                        d.major = m.major;
                    }
                    if (m.department != null && $Object.hasOwnProperty.call(m, "department")) {
                        d.department = m.department;
                    }
                    if (m.year != null && $Object.hasOwnProperty.call(m, "year")) {
                        d.year = m.year;
                    }
                    return d;
                };

                /**
                 * Converts this StudentRecord to JSON.
                 * @function toJSON
                 * @memberof everyclass.entity.v1.StudentRecord
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                StudentRecord.prototype.toJSON = function() {
                    return StudentRecord.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for StudentRecord
                 * @function getTypeUrl
                 * @memberof everyclass.entity.v1.StudentRecord
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                StudentRecord.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/everyclass.entity.v1.StudentRecord";
                };

                return StudentRecord;
            })();

            v1.TeacherRecord = (function() {

                /**
                 * Properties of a TeacherRecord.
                 * @typedef {Object} everyclass.entity.v1.TeacherRecord.$Properties
                 * @property {string|null} [code] TeacherRecord code
                 * @property {string|null} [name] TeacherRecord name
                 * @property {string|null} [title] TeacherRecord title
                 * @property {string|null} [department] TeacherRecord department
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a TeacherRecord.
                 * @memberof everyclass.entity.v1
                 * @interface ITeacherRecord
                 * @augments everyclass.entity.v1.TeacherRecord.$Properties
                 * @deprecated Use everyclass.entity.v1.TeacherRecord.$Properties instead.
                 */

                /**
                 * Shape of a TeacherRecord.
                 * @typedef {everyclass.entity.v1.TeacherRecord.$Properties} everyclass.entity.v1.TeacherRecord.$Shape
                 */

                /**
                 * Constructs a new TeacherRecord.
                 * @memberof everyclass.entity.v1
                 * @classdesc Represents a TeacherRecord.
                 * @constructor
                 * @param {everyclass.entity.v1.TeacherRecord.$Properties=} [p] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const TeacherRecord = function (p) {
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                /**
                 * TeacherRecord code.
                 * @member {string} code
                 * @memberof everyclass.entity.v1.TeacherRecord
                 * @instance
                 */
                TeacherRecord.prototype.code = "";

                /**
                 * TeacherRecord name.
                 * @member {string} name
                 * @memberof everyclass.entity.v1.TeacherRecord
                 * @instance
                 */
                TeacherRecord.prototype.name = "";

                /**
                 * TeacherRecord title.
                 * @member {string} title
                 * @memberof everyclass.entity.v1.TeacherRecord
                 * @instance
                 */
                TeacherRecord.prototype.title = "";

                /**
                 * TeacherRecord department.
                 * @member {string} department
                 * @memberof everyclass.entity.v1.TeacherRecord
                 * @instance
                 */
                TeacherRecord.prototype.department = "";

                /**
                 * Creates a new TeacherRecord instance using the specified properties.
                 * @function create
                 * @memberof everyclass.entity.v1.TeacherRecord
                 * @static
                 * @param {everyclass.entity.v1.TeacherRecord.$Properties=} [properties] Properties to set
                 * @returns {everyclass.entity.v1.TeacherRecord} TeacherRecord instance
                 * @type {{
                 *   (properties: everyclass.entity.v1.TeacherRecord.$Shape): everyclass.entity.v1.TeacherRecord & everyclass.entity.v1.TeacherRecord.$Shape;
                 *   (properties?: everyclass.entity.v1.TeacherRecord.$Properties): everyclass.entity.v1.TeacherRecord;
                 * }}
                 */
                TeacherRecord.create = function(properties) {
                    return new TeacherRecord(properties);
                };

                /**
                 * Encodes the specified TeacherRecord message. Does not implicitly {@link everyclass.entity.v1.TeacherRecord.verify|verify} messages.
                 * @function encode
                 * @memberof everyclass.entity.v1.TeacherRecord
                 * @static
                 * @param {everyclass.entity.v1.TeacherRecord.$Properties} m TeacherRecord message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                TeacherRecord.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.code != null && $Object.hasOwnProperty.call(m, "code") && m.code !== "")
                        w.uint32(/* id 1, wireType 2 =*/10).string(m.code);
                    if (m.name != null && $Object.hasOwnProperty.call(m, "name") && m.name !== "")
                        w.uint32(/* id 2, wireType 2 =*/18).string(m.name);
                    if (m.title != null && $Object.hasOwnProperty.call(m, "title") && m.title !== "")
                        w.uint32(/* id 3, wireType 2 =*/26).string(m.title);
                    if (m.department != null && $Object.hasOwnProperty.call(m, "department") && m.department !== "")
                        w.uint32(/* id 4, wireType 2 =*/34).string(m.department);
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                /**
                 * Encodes the specified TeacherRecord message, length delimited. Does not implicitly {@link everyclass.entity.v1.TeacherRecord.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof everyclass.entity.v1.TeacherRecord
                 * @static
                 * @param {everyclass.entity.v1.TeacherRecord.$Properties} message TeacherRecord message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                TeacherRecord.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a TeacherRecord message from the specified reader or buffer.
                 * @function decode
                 * @memberof everyclass.entity.v1.TeacherRecord
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {everyclass.entity.v1.TeacherRecord & everyclass.entity.v1.TeacherRecord.$Shape} TeacherRecord
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                TeacherRecord.decode = function (r, l, z, q, g) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (q === $undefined)
                        q = 0;
                    if (q > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var c, m, v;
                    if (l === $undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw $RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = g || new $root.everyclass.entity.v1.TeacherRecord();
                    while (r.pos < c) {
                        var s = r.pos;
                        var t = r.tag();
                        if (t === z) {
                            z = $undefined;
                            break;
                        }
                        var u = t & 7;
                        switch (t >>>= 3) {
                        case 1: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.code = v;
                                else
                                    delete m.code;
                                continue;
                            }
                        case 2: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.name = v;
                                else
                                    delete m.name;
                                continue;
                            }
                        case 3: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.title = v;
                                else
                                    delete m.title;
                                continue;
                            }
                        case 4: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.department = v;
                                else
                                    delete m.department;
                                continue;
                            }
                        }
                        r.skipType(u, q, t);
                        if (!r.discardUnknown) {
                            $util.makeProp(m, "$unknowns", false);
                            (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                        }
                    }
                    if (l !== $undefined) {
                        if (r.pos !== c)
                            throw $RangeError("index out of range");
                        r.len = l;
                    }
                    if (z !== $undefined)
                        throw $Error("missing end group");
                    return m;
                };

                /**
                 * Decodes a TeacherRecord message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof everyclass.entity.v1.TeacherRecord
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {everyclass.entity.v1.TeacherRecord & everyclass.entity.v1.TeacherRecord.$Shape} TeacherRecord
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                TeacherRecord.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a TeacherRecord message.
                 * @function verify
                 * @memberof everyclass.entity.v1.TeacherRecord
                 * @static
                 * @param {Object.<string,*>} m Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                TeacherRecord.verify = function (m, q) {
                    if (typeof m !== "object" || m === null)
                        return "object expected";
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        return "max depth exceeded";
                    if (m.code != null && $Object.hasOwnProperty.call(m, "code")) {
                        if (!$util.isString(m.code))
                            return "code: string expected";
                    }
                    if (m.name != null && $Object.hasOwnProperty.call(m, "name")) {
                        if (!$util.isString(m.name))
                            return "name: string expected";
                    }
                    if (m.title != null && $Object.hasOwnProperty.call(m, "title")) {
                        if (!$util.isString(m.title))
                            return "title: string expected";
                    }
                    if (m.department != null && $Object.hasOwnProperty.call(m, "department")) {
                        if (!$util.isString(m.department))
                            return "department: string expected";
                    }
                    return null;
                };

                /**
                 * Creates a TeacherRecord message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof everyclass.entity.v1.TeacherRecord
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {everyclass.entity.v1.TeacherRecord} TeacherRecord
                 */
                TeacherRecord.fromObject = function (d, q) {
                    if (d instanceof $root.everyclass.entity.v1.TeacherRecord)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".everyclass.entity.v1.TeacherRecord: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.everyclass.entity.v1.TeacherRecord();
                    if (d.code != null) {
                        if (typeof d.code !== "string" || d.code.length) {
                            m.code = $String(d.code);
                        }
                    }
                    if (d.name != null) {
                        if (typeof d.name !== "string" || d.name.length) {
                            m.name = $String(d.name);
                        }
                    }
                    if (d.title != null) {
                        if (typeof d.title !== "string" || d.title.length) {
                            m.title = $String(d.title);
                        }
                    }
                    if (d.department != null) {
                        if (typeof d.department !== "string" || d.department.length) {
                            m.department = $String(d.department);
                        }
                    }
                    return m;
                };

                /**
                 * Creates a plain object from a TeacherRecord message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof everyclass.entity.v1.TeacherRecord
                 * @static
                 * @param {everyclass.entity.v1.TeacherRecord} m TeacherRecord
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                TeacherRecord.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        d.code = "";
                        d.name = "";
                        d.title = "";
                        d.department = "";
                    }
                    if (m.code != null && $Object.hasOwnProperty.call(m, "code")) {
                        d.code = m.code;
                    }
                    if (m.name != null && $Object.hasOwnProperty.call(m, "name")) {
                        d.name = m.name;
                    }
                    if (m.title != null && $Object.hasOwnProperty.call(m, "title")) {
                        d.title = m.title;
                    }
                    if (m.department != null && $Object.hasOwnProperty.call(m, "department")) {
                        d.department = m.department;
                    }
                    return d;
                };

                /**
                 * Converts this TeacherRecord to JSON.
                 * @function toJSON
                 * @memberof everyclass.entity.v1.TeacherRecord
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                TeacherRecord.prototype.toJSON = function() {
                    return TeacherRecord.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for TeacherRecord
                 * @function getTypeUrl
                 * @memberof everyclass.entity.v1.TeacherRecord
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                TeacherRecord.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/everyclass.entity.v1.TeacherRecord";
                };

                return TeacherRecord;
            })();

            v1.RoomRecord = (function() {

                /**
                 * Properties of a RoomRecord.
                 * @typedef {Object} everyclass.entity.v1.RoomRecord.$Properties
                 * @property {string|null} [code] RoomRecord code
                 * @property {string|null} [name] RoomRecord name
                 * @property {string|null} [building] RoomRecord building
                 * @property {string|null} [campus] RoomRecord campus
                 * @property {number|null} [capacity] RoomRecord capacity
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a RoomRecord.
                 * @memberof everyclass.entity.v1
                 * @interface IRoomRecord
                 * @augments everyclass.entity.v1.RoomRecord.$Properties
                 * @deprecated Use everyclass.entity.v1.RoomRecord.$Properties instead.
                 */

                /**
                 * Shape of a RoomRecord.
                 * @typedef {everyclass.entity.v1.RoomRecord.$Properties} everyclass.entity.v1.RoomRecord.$Shape
                 */

                /**
                 * Constructs a new RoomRecord.
                 * @memberof everyclass.entity.v1
                 * @classdesc Represents a RoomRecord.
                 * @constructor
                 * @param {everyclass.entity.v1.RoomRecord.$Properties=} [p] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const RoomRecord = function (p) {
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                /**
                 * RoomRecord code.
                 * @member {string} code
                 * @memberof everyclass.entity.v1.RoomRecord
                 * @instance
                 */
                RoomRecord.prototype.code = "";

                /**
                 * RoomRecord name.
                 * @member {string} name
                 * @memberof everyclass.entity.v1.RoomRecord
                 * @instance
                 */
                RoomRecord.prototype.name = "";

                /**
                 * RoomRecord building.
                 * @member {string} building
                 * @memberof everyclass.entity.v1.RoomRecord
                 * @instance
                 */
                RoomRecord.prototype.building = "";

                /**
                 * RoomRecord campus.
                 * @member {string} campus
                 * @memberof everyclass.entity.v1.RoomRecord
                 * @instance
                 */
                RoomRecord.prototype.campus = "";

                /**
                 * RoomRecord capacity.
                 * @member {number} capacity
                 * @memberof everyclass.entity.v1.RoomRecord
                 * @instance
                 */
                RoomRecord.prototype.capacity = 0;

                /**
                 * Creates a new RoomRecord instance using the specified properties.
                 * @function create
                 * @memberof everyclass.entity.v1.RoomRecord
                 * @static
                 * @param {everyclass.entity.v1.RoomRecord.$Properties=} [properties] Properties to set
                 * @returns {everyclass.entity.v1.RoomRecord} RoomRecord instance
                 * @type {{
                 *   (properties: everyclass.entity.v1.RoomRecord.$Shape): everyclass.entity.v1.RoomRecord & everyclass.entity.v1.RoomRecord.$Shape;
                 *   (properties?: everyclass.entity.v1.RoomRecord.$Properties): everyclass.entity.v1.RoomRecord;
                 * }}
                 */
                RoomRecord.create = function(properties) {
                    return new RoomRecord(properties);
                };

                /**
                 * Encodes the specified RoomRecord message. Does not implicitly {@link everyclass.entity.v1.RoomRecord.verify|verify} messages.
                 * @function encode
                 * @memberof everyclass.entity.v1.RoomRecord
                 * @static
                 * @param {everyclass.entity.v1.RoomRecord.$Properties} m RoomRecord message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                RoomRecord.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.code != null && $Object.hasOwnProperty.call(m, "code") && m.code !== "")
                        w.uint32(/* id 1, wireType 2 =*/10).string(m.code);
                    if (m.name != null && $Object.hasOwnProperty.call(m, "name") && m.name !== "")
                        w.uint32(/* id 2, wireType 2 =*/18).string(m.name);
                    if (m.building != null && $Object.hasOwnProperty.call(m, "building") && m.building !== "")
                        w.uint32(/* id 3, wireType 2 =*/26).string(m.building);
                    if (m.campus != null && $Object.hasOwnProperty.call(m, "campus") && m.campus !== "")
                        w.uint32(/* id 4, wireType 2 =*/34).string(m.campus);
                    if (m.capacity != null && $Object.hasOwnProperty.call(m, "capacity") && m.capacity !== 0)
                        w.uint32(/* id 5, wireType 0 =*/40).uint32(m.capacity);
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                /**
                 * Encodes the specified RoomRecord message, length delimited. Does not implicitly {@link everyclass.entity.v1.RoomRecord.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof everyclass.entity.v1.RoomRecord
                 * @static
                 * @param {everyclass.entity.v1.RoomRecord.$Properties} message RoomRecord message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                RoomRecord.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a RoomRecord message from the specified reader or buffer.
                 * @function decode
                 * @memberof everyclass.entity.v1.RoomRecord
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {everyclass.entity.v1.RoomRecord & everyclass.entity.v1.RoomRecord.$Shape} RoomRecord
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                RoomRecord.decode = function (r, l, z, q, g) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (q === $undefined)
                        q = 0;
                    if (q > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var c, m, v;
                    if (l === $undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw $RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = g || new $root.everyclass.entity.v1.RoomRecord();
                    while (r.pos < c) {
                        var s = r.pos;
                        var t = r.tag();
                        if (t === z) {
                            z = $undefined;
                            break;
                        }
                        var u = t & 7;
                        switch (t >>>= 3) {
                        case 1: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.code = v;
                                else
                                    delete m.code;
                                continue;
                            }
                        case 2: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.name = v;
                                else
                                    delete m.name;
                                continue;
                            }
                        case 3: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.building = v;
                                else
                                    delete m.building;
                                continue;
                            }
                        case 4: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.campus = v;
                                else
                                    delete m.campus;
                                continue;
                            }
                        case 5: {
                                if (u !== 0)
                                    break;
                                if (v = r.uint32())
                                    m.capacity = v;
                                else
                                    delete m.capacity;
                                continue;
                            }
                        }
                        r.skipType(u, q, t);
                        if (!r.discardUnknown) {
                            $util.makeProp(m, "$unknowns", false);
                            (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                        }
                    }
                    if (l !== $undefined) {
                        if (r.pos !== c)
                            throw $RangeError("index out of range");
                        r.len = l;
                    }
                    if (z !== $undefined)
                        throw $Error("missing end group");
                    return m;
                };

                /**
                 * Decodes a RoomRecord message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof everyclass.entity.v1.RoomRecord
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {everyclass.entity.v1.RoomRecord & everyclass.entity.v1.RoomRecord.$Shape} RoomRecord
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                RoomRecord.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a RoomRecord message.
                 * @function verify
                 * @memberof everyclass.entity.v1.RoomRecord
                 * @static
                 * @param {Object.<string,*>} m Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                RoomRecord.verify = function (m, q) {
                    if (typeof m !== "object" || m === null)
                        return "object expected";
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        return "max depth exceeded";
                    if (m.code != null && $Object.hasOwnProperty.call(m, "code")) {
                        if (!$util.isString(m.code))
                            return "code: string expected";
                    }
                    if (m.name != null && $Object.hasOwnProperty.call(m, "name")) {
                        if (!$util.isString(m.name))
                            return "name: string expected";
                    }
                    if (m.building != null && $Object.hasOwnProperty.call(m, "building")) {
                        if (!$util.isString(m.building))
                            return "building: string expected";
                    }
                    if (m.campus != null && $Object.hasOwnProperty.call(m, "campus")) {
                        if (!$util.isString(m.campus))
                            return "campus: string expected";
                    }
                    if (m.capacity != null && $Object.hasOwnProperty.call(m, "capacity")) {
                        if (!$util.isInteger(m.capacity))
                            return "capacity: integer expected";
                    }
                    return null;
                };

                /**
                 * Creates a RoomRecord message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof everyclass.entity.v1.RoomRecord
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {everyclass.entity.v1.RoomRecord} RoomRecord
                 */
                RoomRecord.fromObject = function (d, q) {
                    if (d instanceof $root.everyclass.entity.v1.RoomRecord)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".everyclass.entity.v1.RoomRecord: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.everyclass.entity.v1.RoomRecord();
                    if (d.code != null) {
                        if (typeof d.code !== "string" || d.code.length) {
                            m.code = $String(d.code);
                        }
                    }
                    if (d.name != null) {
                        if (typeof d.name !== "string" || d.name.length) {
                            m.name = $String(d.name);
                        }
                    }
                    if (d.building != null) {
                        if (typeof d.building !== "string" || d.building.length) {
                            m.building = $String(d.building);
                        }
                    }
                    if (d.campus != null) {
                        if (typeof d.campus !== "string" || d.campus.length) {
                            m.campus = $String(d.campus);
                        }
                    }
                    if (d.capacity != null) {
                        if ($Number(d.capacity) !== 0) {
                            m.capacity = d.capacity >>> 0;
                        }
                    }
                    return m;
                };

                /**
                 * Creates a plain object from a RoomRecord message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof everyclass.entity.v1.RoomRecord
                 * @static
                 * @param {everyclass.entity.v1.RoomRecord} m RoomRecord
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                RoomRecord.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        d.code = "";
                        d.name = "";
                        d.building = "";
                        d.campus = "";
                        d.capacity = 0;
                    }
                    if (m.code != null && $Object.hasOwnProperty.call(m, "code")) {
                        d.code = m.code;
                    }
                    if (m.name != null && $Object.hasOwnProperty.call(m, "name")) {
                        d.name = m.name;
                    }
                    if (m.building != null && $Object.hasOwnProperty.call(m, "building")) {
                        d.building = m.building;
                    }
                    if (m.campus != null && $Object.hasOwnProperty.call(m, "campus")) {
                        d.campus = m.campus;
                    }
                    if (m.capacity != null && $Object.hasOwnProperty.call(m, "capacity")) {
                        d.capacity = m.capacity;
                    }
                    return d;
                };

                /**
                 * Converts this RoomRecord to JSON.
                 * @function toJSON
                 * @memberof everyclass.entity.v1.RoomRecord
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                RoomRecord.prototype.toJSON = function() {
                    return RoomRecord.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for RoomRecord
                 * @function getTypeUrl
                 * @memberof everyclass.entity.v1.RoomRecord
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                RoomRecord.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/everyclass.entity.v1.RoomRecord";
                };

                return RoomRecord;
            })();

            v1.CardRecord = (function() {

                /**
                 * Properties of a CardRecord.
                 * @typedef {Object} everyclass.entity.v1.CardRecord.$Properties
                 * @property {string|null} [code] CardRecord code
                 * @property {string|null} [courseCode] CardRecord courseCode
                 * @property {string|null} [courseName] CardRecord courseName
                 * @property {string|null} [lesson] CardRecord lesson
                 * @property {string|null} [weeks] CardRecord weeks
                 * @property {string|null} [roomCode] CardRecord roomCode
                 * @property {Array.<string>|null} [teacherCodes] CardRecord teacherCodes
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a CardRecord.
                 * @memberof everyclass.entity.v1
                 * @interface ICardRecord
                 * @augments everyclass.entity.v1.CardRecord.$Properties
                 * @deprecated Use everyclass.entity.v1.CardRecord.$Properties instead.
                 */

                /**
                 * Shape of a CardRecord.
                 * @typedef {everyclass.entity.v1.CardRecord.$Properties} everyclass.entity.v1.CardRecord.$Shape
                 */

                /**
                 * Constructs a new CardRecord.
                 * @memberof everyclass.entity.v1
                 * @classdesc Represents a CardRecord.
                 * @constructor
                 * @param {everyclass.entity.v1.CardRecord.$Properties=} [p] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const CardRecord = function (p) {
                    this.teacherCodes = [];
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                /**
                 * CardRecord code.
                 * @member {string} code
                 * @memberof everyclass.entity.v1.CardRecord
                 * @instance
                 */
                CardRecord.prototype.code = "";

                /**
                 * CardRecord courseCode.
                 * @member {string} courseCode
                 * @memberof everyclass.entity.v1.CardRecord
                 * @instance
                 */
                CardRecord.prototype.courseCode = "";

                /**
                 * CardRecord courseName.
                 * @member {string} courseName
                 * @memberof everyclass.entity.v1.CardRecord
                 * @instance
                 */
                CardRecord.prototype.courseName = "";

                /**
                 * CardRecord lesson.
                 * @member {string} lesson
                 * @memberof everyclass.entity.v1.CardRecord
                 * @instance
                 */
                CardRecord.prototype.lesson = "";

                /**
                 * CardRecord weeks.
                 * @member {string} weeks
                 * @memberof everyclass.entity.v1.CardRecord
                 * @instance
                 */
                CardRecord.prototype.weeks = "";

                /**
                 * CardRecord roomCode.
                 * @member {string} roomCode
                 * @memberof everyclass.entity.v1.CardRecord
                 * @instance
                 */
                CardRecord.prototype.roomCode = "";

                /**
                 * CardRecord teacherCodes.
                 * @member {Array.<string>} teacherCodes
                 * @memberof everyclass.entity.v1.CardRecord
                 * @instance
                 */
                CardRecord.prototype.teacherCodes = $util.emptyArray;

                /**
                 * Creates a new CardRecord instance using the specified properties.
                 * @function create
                 * @memberof everyclass.entity.v1.CardRecord
                 * @static
                 * @param {everyclass.entity.v1.CardRecord.$Properties=} [properties] Properties to set
                 * @returns {everyclass.entity.v1.CardRecord} CardRecord instance
                 * @type {{
                 *   (properties: everyclass.entity.v1.CardRecord.$Shape): everyclass.entity.v1.CardRecord & everyclass.entity.v1.CardRecord.$Shape;
                 *   (properties?: everyclass.entity.v1.CardRecord.$Properties): everyclass.entity.v1.CardRecord;
                 * }}
                 */
                CardRecord.create = function(properties) {
                    return new CardRecord(properties);
                };

                /**
                 * Encodes the specified CardRecord message. Does not implicitly {@link everyclass.entity.v1.CardRecord.verify|verify} messages.
                 * @function encode
                 * @memberof everyclass.entity.v1.CardRecord
                 * @static
                 * @param {everyclass.entity.v1.CardRecord.$Properties} m CardRecord message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                CardRecord.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.code != null && $Object.hasOwnProperty.call(m, "code") && m.code !== "")
                        w.uint32(/* id 1, wireType 2 =*/10).string(m.code);
                    if (m.courseCode != null && $Object.hasOwnProperty.call(m, "courseCode") && m.courseCode !== "")
                        w.uint32(/* id 2, wireType 2 =*/18).string(m.courseCode);
                    if (m.courseName != null && $Object.hasOwnProperty.call(m, "courseName") && m.courseName !== "")
                        w.uint32(/* id 3, wireType 2 =*/26).string(m.courseName);
                    if (m.lesson != null && $Object.hasOwnProperty.call(m, "lesson") && m.lesson !== "")
                        w.uint32(/* id 4, wireType 2 =*/34).string(m.lesson);
                    if (m.weeks != null && $Object.hasOwnProperty.call(m, "weeks") && m.weeks !== "")
                        w.uint32(/* id 5, wireType 2 =*/42).string(m.weeks);
                    if (m.roomCode != null && $Object.hasOwnProperty.call(m, "roomCode") && m.roomCode !== "")
                        w.uint32(/* id 6, wireType 2 =*/50).string(m.roomCode);
                    if (m.teacherCodes != null && m.teacherCodes.length) {
                        for (var i = 0; i < m.teacherCodes.length; ++i)
                            w.uint32(/* id 7, wireType 2 =*/58).string(m.teacherCodes[i]);
                    }
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                /**
                 * Encodes the specified CardRecord message, length delimited. Does not implicitly {@link everyclass.entity.v1.CardRecord.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof everyclass.entity.v1.CardRecord
                 * @static
                 * @param {everyclass.entity.v1.CardRecord.$Properties} message CardRecord message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                CardRecord.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a CardRecord message from the specified reader or buffer.
                 * @function decode
                 * @memberof everyclass.entity.v1.CardRecord
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {everyclass.entity.v1.CardRecord & everyclass.entity.v1.CardRecord.$Shape} CardRecord
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                CardRecord.decode = function (r, l, z, q, g) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (q === $undefined)
                        q = 0;
                    if (q > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var c, m, v;
                    if (l === $undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw $RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = g || new $root.everyclass.entity.v1.CardRecord();
                    while (r.pos < c) {
                        var s = r.pos;
                        var t = r.tag();
                        if (t === z) {
                            z = $undefined;
                            break;
                        }
                        var u = t & 7;
                        switch (t >>>= 3) {
                        case 1: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.code = v;
                                else
                                    delete m.code;
                                continue;
                            }
                        case 2: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.courseCode = v;
                                else
                                    delete m.courseCode;
                                continue;
                            }
                        case 3: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.courseName = v;
                                else
                                    delete m.courseName;
                                continue;
                            }
                        case 4: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.lesson = v;
                                else
                                    delete m.lesson;
                                continue;
                            }
                        case 5: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.weeks = v;
                                else
                                    delete m.weeks;
                                continue;
                            }
                        case 6: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.roomCode = v;
                                else
                                    delete m.roomCode;
                                continue;
                            }
                        case 7: {
                                if (u !== 2)
                                    break;
                                if (!(m.teacherCodes && m.teacherCodes.length))
                                    m.teacherCodes = [];
                                m.teacherCodes.push(r.stringVerify());
                                continue;
                            }
                        }
                        r.skipType(u, q, t);
                        if (!r.discardUnknown) {
                            $util.makeProp(m, "$unknowns", false);
                            (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                        }
                    }
                    if (l !== $undefined) {
                        if (r.pos !== c)
                            throw $RangeError("index out of range");
                        r.len = l;
                    }
                    if (z !== $undefined)
                        throw $Error("missing end group");
                    return m;
                };

                /**
                 * Decodes a CardRecord message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof everyclass.entity.v1.CardRecord
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {everyclass.entity.v1.CardRecord & everyclass.entity.v1.CardRecord.$Shape} CardRecord
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                CardRecord.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a CardRecord message.
                 * @function verify
                 * @memberof everyclass.entity.v1.CardRecord
                 * @static
                 * @param {Object.<string,*>} m Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                CardRecord.verify = function (m, q) {
                    if (typeof m !== "object" || m === null)
                        return "object expected";
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        return "max depth exceeded";
                    if (m.code != null && $Object.hasOwnProperty.call(m, "code")) {
                        if (!$util.isString(m.code))
                            return "code: string expected";
                    }
                    if (m.courseCode != null && $Object.hasOwnProperty.call(m, "courseCode")) {
                        if (!$util.isString(m.courseCode))
                            return "courseCode: string expected";
                    }
                    if (m.courseName != null && $Object.hasOwnProperty.call(m, "courseName")) {
                        if (!$util.isString(m.courseName))
                            return "courseName: string expected";
                    }
                    if (m.lesson != null && $Object.hasOwnProperty.call(m, "lesson")) {
                        if (!$util.isString(m.lesson))
                            return "lesson: string expected";
                    }
                    if (m.weeks != null && $Object.hasOwnProperty.call(m, "weeks")) {
                        if (!$util.isString(m.weeks))
                            return "weeks: string expected";
                    }
                    if (m.roomCode != null && $Object.hasOwnProperty.call(m, "roomCode")) {
                        if (!$util.isString(m.roomCode))
                            return "roomCode: string expected";
                    }
                    if (m.teacherCodes != null && $Object.hasOwnProperty.call(m, "teacherCodes")) {
                        if (!$Array.isArray(m.teacherCodes))
                            return "teacherCodes: array expected";
                        for (var i = 0; i < m.teacherCodes.length; ++i) {
                            if (!$util.isString(m.teacherCodes[i]))
                                return "teacherCodes: string[] expected";
                        }
                    }
                    return null;
                };

                /**
                 * Creates a CardRecord message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof everyclass.entity.v1.CardRecord
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {everyclass.entity.v1.CardRecord} CardRecord
                 */
                CardRecord.fromObject = function (d, q) {
                    if (d instanceof $root.everyclass.entity.v1.CardRecord)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".everyclass.entity.v1.CardRecord: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.everyclass.entity.v1.CardRecord();
                    if (d.code != null) {
                        if (typeof d.code !== "string" || d.code.length) {
                            m.code = $String(d.code);
                        }
                    }
                    if (d.courseCode != null) {
                        if (typeof d.courseCode !== "string" || d.courseCode.length) {
                            m.courseCode = $String(d.courseCode);
                        }
                    }
                    if (d.courseName != null) {
                        if (typeof d.courseName !== "string" || d.courseName.length) {
                            m.courseName = $String(d.courseName);
                        }
                    }
                    if (d.lesson != null) {
                        if (typeof d.lesson !== "string" || d.lesson.length) {
                            m.lesson = $String(d.lesson);
                        }
                    }
                    if (d.weeks != null) {
                        if (typeof d.weeks !== "string" || d.weeks.length) {
                            m.weeks = $String(d.weeks);
                        }
                    }
                    if (d.roomCode != null) {
                        if (typeof d.roomCode !== "string" || d.roomCode.length) {
                            m.roomCode = $String(d.roomCode);
                        }
                    }
                    if (d.teacherCodes) {
                        if (!$Array.isArray(d.teacherCodes))
                            throw $TypeError(".everyclass.entity.v1.CardRecord.teacherCodes: array expected");
                        m.teacherCodes = $Array(d.teacherCodes.length);
                        for (var i = 0; i < d.teacherCodes.length; ++i) {
                            m.teacherCodes[i] = $String(d.teacherCodes[i]);
                        }
                    }
                    return m;
                };

                /**
                 * Creates a plain object from a CardRecord message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof everyclass.entity.v1.CardRecord
                 * @static
                 * @param {everyclass.entity.v1.CardRecord} m CardRecord
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                CardRecord.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.arrays || o.defaults) {
                        d.teacherCodes = [];
                    }
                    if (o.defaults) {
                        d.code = "";
                        d.courseCode = "";
                        d.courseName = "";
                        d.lesson = "";
                        d.weeks = "";
                        d.roomCode = "";
                    }
                    if (m.code != null && $Object.hasOwnProperty.call(m, "code")) {
                        d.code = m.code;
                    }
                    if (m.courseCode != null && $Object.hasOwnProperty.call(m, "courseCode")) {
                        d.courseCode = m.courseCode;
                    }
                    if (m.courseName != null && $Object.hasOwnProperty.call(m, "courseName")) {
                        d.courseName = m.courseName;
                    }
                    if (m.lesson != null && $Object.hasOwnProperty.call(m, "lesson")) {
                        d.lesson = m.lesson;
                    }
                    if (m.weeks != null && $Object.hasOwnProperty.call(m, "weeks")) {
                        d.weeks = m.weeks;
                    }
                    if (m.roomCode != null && $Object.hasOwnProperty.call(m, "roomCode")) {
                        d.roomCode = m.roomCode;
                    }
                    if (m.teacherCodes && m.teacherCodes.length) {
                        d.teacherCodes = $Array(m.teacherCodes.length);
                        for (var j = 0; j < m.teacherCodes.length; ++j) {
                            d.teacherCodes[j] = m.teacherCodes[j];
                        }
                    }
                    return d;
                };

                /**
                 * Converts this CardRecord to JSON.
                 * @function toJSON
                 * @memberof everyclass.entity.v1.CardRecord
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                CardRecord.prototype.toJSON = function() {
                    return CardRecord.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for CardRecord
                 * @function getTypeUrl
                 * @memberof everyclass.entity.v1.CardRecord
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                CardRecord.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/everyclass.entity.v1.CardRecord";
                };

                return CardRecord;
            })();

            v1.EnrollmentRecord = (function() {

                /**
                 * Properties of an EnrollmentRecord.
                 * @typedef {Object} everyclass.entity.v1.EnrollmentRecord.$Properties
                 * @property {string|null} [studentCode] EnrollmentRecord studentCode
                 * @property {string|null} [cardCode] EnrollmentRecord cardCode
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of an EnrollmentRecord.
                 * @memberof everyclass.entity.v1
                 * @interface IEnrollmentRecord
                 * @augments everyclass.entity.v1.EnrollmentRecord.$Properties
                 * @deprecated Use everyclass.entity.v1.EnrollmentRecord.$Properties instead.
                 */

                /**
                 * Shape of an EnrollmentRecord.
                 * @typedef {everyclass.entity.v1.EnrollmentRecord.$Properties} everyclass.entity.v1.EnrollmentRecord.$Shape
                 */

                /**
                 * Constructs a new EnrollmentRecord.
                 * @memberof everyclass.entity.v1
                 * @classdesc Represents an EnrollmentRecord.
                 * @constructor
                 * @param {everyclass.entity.v1.EnrollmentRecord.$Properties=} [p] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const EnrollmentRecord = function (p) {
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                /**
                 * EnrollmentRecord studentCode.
                 * @member {string} studentCode
                 * @memberof everyclass.entity.v1.EnrollmentRecord
                 * @instance
                 */
                EnrollmentRecord.prototype.studentCode = "";

                /**
                 * EnrollmentRecord cardCode.
                 * @member {string} cardCode
                 * @memberof everyclass.entity.v1.EnrollmentRecord
                 * @instance
                 */
                EnrollmentRecord.prototype.cardCode = "";

                /**
                 * Creates a new EnrollmentRecord instance using the specified properties.
                 * @function create
                 * @memberof everyclass.entity.v1.EnrollmentRecord
                 * @static
                 * @param {everyclass.entity.v1.EnrollmentRecord.$Properties=} [properties] Properties to set
                 * @returns {everyclass.entity.v1.EnrollmentRecord} EnrollmentRecord instance
                 * @type {{
                 *   (properties: everyclass.entity.v1.EnrollmentRecord.$Shape): everyclass.entity.v1.EnrollmentRecord & everyclass.entity.v1.EnrollmentRecord.$Shape;
                 *   (properties?: everyclass.entity.v1.EnrollmentRecord.$Properties): everyclass.entity.v1.EnrollmentRecord;
                 * }}
                 */
                EnrollmentRecord.create = function(properties) {
                    return new EnrollmentRecord(properties);
                };

                /**
                 * Encodes the specified EnrollmentRecord message. Does not implicitly {@link everyclass.entity.v1.EnrollmentRecord.verify|verify} messages.
                 * @function encode
                 * @memberof everyclass.entity.v1.EnrollmentRecord
                 * @static
                 * @param {everyclass.entity.v1.EnrollmentRecord.$Properties} m EnrollmentRecord message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                EnrollmentRecord.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.studentCode != null && $Object.hasOwnProperty.call(m, "studentCode") && m.studentCode !== "")
                        w.uint32(/* id 1, wireType 2 =*/10).string(m.studentCode);
                    if (m.cardCode != null && $Object.hasOwnProperty.call(m, "cardCode") && m.cardCode !== "")
                        w.uint32(/* id 2, wireType 2 =*/18).string(m.cardCode);
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                /**
                 * Encodes the specified EnrollmentRecord message, length delimited. Does not implicitly {@link everyclass.entity.v1.EnrollmentRecord.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof everyclass.entity.v1.EnrollmentRecord
                 * @static
                 * @param {everyclass.entity.v1.EnrollmentRecord.$Properties} message EnrollmentRecord message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                EnrollmentRecord.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes an EnrollmentRecord message from the specified reader or buffer.
                 * @function decode
                 * @memberof everyclass.entity.v1.EnrollmentRecord
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {everyclass.entity.v1.EnrollmentRecord & everyclass.entity.v1.EnrollmentRecord.$Shape} EnrollmentRecord
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                EnrollmentRecord.decode = function (r, l, z, q, g) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (q === $undefined)
                        q = 0;
                    if (q > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var c, m, v;
                    if (l === $undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw $RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = g || new $root.everyclass.entity.v1.EnrollmentRecord();
                    while (r.pos < c) {
                        var s = r.pos;
                        var t = r.tag();
                        if (t === z) {
                            z = $undefined;
                            break;
                        }
                        var u = t & 7;
                        switch (t >>>= 3) {
                        case 1: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.studentCode = v;
                                else
                                    delete m.studentCode;
                                continue;
                            }
                        case 2: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.cardCode = v;
                                else
                                    delete m.cardCode;
                                continue;
                            }
                        }
                        r.skipType(u, q, t);
                        if (!r.discardUnknown) {
                            $util.makeProp(m, "$unknowns", false);
                            (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                        }
                    }
                    if (l !== $undefined) {
                        if (r.pos !== c)
                            throw $RangeError("index out of range");
                        r.len = l;
                    }
                    if (z !== $undefined)
                        throw $Error("missing end group");
                    return m;
                };

                /**
                 * Decodes an EnrollmentRecord message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof everyclass.entity.v1.EnrollmentRecord
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {everyclass.entity.v1.EnrollmentRecord & everyclass.entity.v1.EnrollmentRecord.$Shape} EnrollmentRecord
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                EnrollmentRecord.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies an EnrollmentRecord message.
                 * @function verify
                 * @memberof everyclass.entity.v1.EnrollmentRecord
                 * @static
                 * @param {Object.<string,*>} m Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                EnrollmentRecord.verify = function (m, q) {
                    if (typeof m !== "object" || m === null)
                        return "object expected";
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        return "max depth exceeded";
                    if (m.studentCode != null && $Object.hasOwnProperty.call(m, "studentCode")) {
                        if (!$util.isString(m.studentCode))
                            return "studentCode: string expected";
                    }
                    if (m.cardCode != null && $Object.hasOwnProperty.call(m, "cardCode")) {
                        if (!$util.isString(m.cardCode))
                            return "cardCode: string expected";
                    }
                    return null;
                };

                /**
                 * Creates an EnrollmentRecord message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof everyclass.entity.v1.EnrollmentRecord
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {everyclass.entity.v1.EnrollmentRecord} EnrollmentRecord
                 */
                EnrollmentRecord.fromObject = function (d, q) {
                    if (d instanceof $root.everyclass.entity.v1.EnrollmentRecord)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".everyclass.entity.v1.EnrollmentRecord: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.everyclass.entity.v1.EnrollmentRecord();
                    if (d.studentCode != null) {
                        if (typeof d.studentCode !== "string" || d.studentCode.length) {
                            m.studentCode = $String(d.studentCode);
                        }
                    }
                    if (d.cardCode != null) {
                        if (typeof d.cardCode !== "string" || d.cardCode.length) {
                            m.cardCode = $String(d.cardCode);
                        }
                    }
                    return m;
                };

                /**
                 * Creates a plain object from an EnrollmentRecord message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof everyclass.entity.v1.EnrollmentRecord
                 * @static
                 * @param {everyclass.entity.v1.EnrollmentRecord} m EnrollmentRecord
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                EnrollmentRecord.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        d.studentCode = "";
                        d.cardCode = "";
                    }
                    if (m.studentCode != null && $Object.hasOwnProperty.call(m, "studentCode")) {
                        d.studentCode = m.studentCode;
                    }
                    if (m.cardCode != null && $Object.hasOwnProperty.call(m, "cardCode")) {
                        d.cardCode = m.cardCode;
                    }
                    return d;
                };

                /**
                 * Converts this EnrollmentRecord to JSON.
                 * @function toJSON
                 * @memberof everyclass.entity.v1.EnrollmentRecord
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                EnrollmentRecord.prototype.toJSON = function() {
                    return EnrollmentRecord.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for EnrollmentRecord
                 * @function getTypeUrl
                 * @memberof everyclass.entity.v1.EnrollmentRecord
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                EnrollmentRecord.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/everyclass.entity.v1.EnrollmentRecord";
                };

                return EnrollmentRecord;
            })();

            v1.ImportSemesterRequest = (function() {

                /**
                 * Properties of an ImportSemesterRequest.
                 * @typedef {Object} everyclass.entity.v1.ImportSemesterRequest.$Properties
                 * @property {everyclass.entity.v1.Semester.$Properties|null} [semester] ImportSemesterRequest semester
                 * @property {Array.<everyclass.entity.v1.StudentRecord.$Properties>|null} [students] ImportSemesterRequest students
                 * @property {Array.<everyclass.entity.v1.TeacherRecord.$Properties>|null} [teachers] ImportSemesterRequest teachers
                 * @property {Array.<everyclass.entity.v1.RoomRecord.$Properties>|null} [rooms] ImportSemesterRequest rooms
                 * @property {Array.<everyclass.entity.v1.CardRecord.$Properties>|null} [cards] ImportSemesterRequest cards
                 * @property {Array.<everyclass.entity.v1.EnrollmentRecord.$Properties>|null} [enrollments] ImportSemesterRequest enrollments
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of an ImportSemesterRequest.
                 * @memberof everyclass.entity.v1
                 * @interface IImportSemesterRequest
                 * @augments everyclass.entity.v1.ImportSemesterRequest.$Properties
                 * @deprecated Use everyclass.entity.v1.ImportSemesterRequest.$Properties instead.
                 */

                /**
                 * Shape of an ImportSemesterRequest.
                 * @typedef {everyclass.entity.v1.ImportSemesterRequest.$Properties} everyclass.entity.v1.ImportSemesterRequest.$Shape
                 */

                /**
                 * Constructs a new ImportSemesterRequest.
                 * @memberof everyclass.entity.v1
                 * @classdesc Represents an ImportSemesterRequest.
                 * @constructor
                 * @param {everyclass.entity.v1.ImportSemesterRequest.$Properties=} [p] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const ImportSemesterRequest = function (p) {
                    this.students = [];
                    this.teachers = [];
                    this.rooms = [];
                    this.cards = [];
                    this.enrollments = [];
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                /**
                 * ImportSemesterRequest semester.
                 * @member {everyclass.entity.v1.Semester.$Properties|null|undefined} semester
                 * @memberof everyclass.entity.v1.ImportSemesterRequest
                 * @instance
                 */
                ImportSemesterRequest.prototype.semester = null;

                /**
                 * ImportSemesterRequest students.
                 * @member {Array.<everyclass.entity.v1.StudentRecord.$Properties>} students
                 * @memberof everyclass.entity.v1.ImportSemesterRequest
                 * @instance
                 */
                ImportSemesterRequest.prototype.students = $util.emptyArray;

                /**
                 * ImportSemesterRequest teachers.
                 * @member {Array.<everyclass.entity.v1.TeacherRecord.$Properties>} teachers
                 * @memberof everyclass.entity.v1.ImportSemesterRequest
                 * @instance
                 */
                ImportSemesterRequest.prototype.teachers = $util.emptyArray;

                /**
                 * ImportSemesterRequest rooms.
                 * @member {Array.<everyclass.entity.v1.RoomRecord.$Properties>} rooms
                 * @memberof everyclass.entity.v1.ImportSemesterRequest
                 * @instance
                 */
                ImportSemesterRequest.prototype.rooms = $util.emptyArray;

                /**
                 * ImportSemesterRequest cards.
                 * @member {Array.<everyclass.entity.v1.CardRecord.$Properties>} cards
                 * @memberof everyclass.entity.v1.ImportSemesterRequest
                 * @instance
                 */
                ImportSemesterRequest.prototype.cards = $util.emptyArray;

                /**
                 * ImportSemesterRequest enrollments.
                 * @member {Array.<everyclass.entity.v1.EnrollmentRecord.$Properties>} enrollments
                 * @memberof everyclass.entity.v1.ImportSemesterRequest
                 * @instance
                 */
                ImportSemesterRequest.prototype.enrollments = $util.emptyArray;

                /**
                 * Creates a new ImportSemesterRequest instance using the specified properties.
                 * @function create
                 * @memberof everyclass.entity.v1.ImportSemesterRequest
                 * @static
                 * @param {everyclass.entity.v1.ImportSemesterRequest.$Properties=} [properties] Properties to set
                 * @returns {everyclass.entity.v1.ImportSemesterRequest} ImportSemesterRequest instance
                 * @type {{
                 *   (properties: everyclass.entity.v1.ImportSemesterRequest.$Shape): everyclass.entity.v1.ImportSemesterRequest & everyclass.entity.v1.ImportSemesterRequest.$Shape;
                 *   (properties?: everyclass.entity.v1.ImportSemesterRequest.$Properties): everyclass.entity.v1.ImportSemesterRequest;
                 * }}
                 */
                ImportSemesterRequest.create = function(properties) {
                    return new ImportSemesterRequest(properties);
                };

                /**
                 * Encodes the specified ImportSemesterRequest message. Does not implicitly {@link everyclass.entity.v1.ImportSemesterRequest.verify|verify} messages.
                 * @function encode
                 * @memberof everyclass.entity.v1.ImportSemesterRequest
                 * @static
                 * @param {everyclass.entity.v1.ImportSemesterRequest.$Properties} m ImportSemesterRequest message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ImportSemesterRequest.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.semester != null && $Object.hasOwnProperty.call(m, "semester"))
                        $root.everyclass.entity.v1.Semester.encode(m.semester, w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                    if (m.students != null && m.students.length) {
                        for (var i = 0; i < m.students.length; ++i)
                            $root.everyclass.entity.v1.StudentRecord.encode(m.students[i], w.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                    }
                    if (m.teachers != null && m.teachers.length) {
                        for (var i = 0; i < m.teachers.length; ++i)
                            $root.everyclass.entity.v1.TeacherRecord.encode(m.teachers[i], w.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
                    }
                    if (m.rooms != null && m.rooms.length) {
                        for (var i = 0; i < m.rooms.length; ++i)
                            $root.everyclass.entity.v1.RoomRecord.encode(m.rooms[i], w.uint32(/* id 4, wireType 2 =*/34).fork(), q + 1).ldelim();
                    }
                    if (m.cards != null && m.cards.length) {
                        for (var i = 0; i < m.cards.length; ++i)
                            $root.everyclass.entity.v1.CardRecord.encode(m.cards[i], w.uint32(/* id 5, wireType 2 =*/42).fork(), q + 1).ldelim();
                    }
                    if (m.enrollments != null && m.enrollments.length) {
                        for (var i = 0; i < m.enrollments.length; ++i)
                            $root.everyclass.entity.v1.EnrollmentRecord.encode(m.enrollments[i], w.uint32(/* id 6, wireType 2 =*/50).fork(), q + 1).ldelim();
                    }
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                /**
                 * Encodes the specified ImportSemesterRequest message, length delimited. Does not implicitly {@link everyclass.entity.v1.ImportSemesterRequest.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof everyclass.entity.v1.ImportSemesterRequest
                 * @static
                 * @param {everyclass.entity.v1.ImportSemesterRequest.$Properties} message ImportSemesterRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ImportSemesterRequest.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes an ImportSemesterRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof everyclass.entity.v1.ImportSemesterRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {everyclass.entity.v1.ImportSemesterRequest & everyclass.entity.v1.ImportSemesterRequest.$Shape} ImportSemesterRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ImportSemesterRequest.decode = function (r, l, z, q, g) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (q === $undefined)
                        q = 0;
                    if (q > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var c, m, v;
                    if (l === $undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw $RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = g || new $root.everyclass.entity.v1.ImportSemesterRequest();
                    while (r.pos < c) {
                        var s = r.pos;
                        var t = r.tag();
                        if (t === z) {
                            z = $undefined;
                            break;
                        }
                        var u = t & 7;
                        switch (t >>>= 3) {
                        case 1: {
                                if (u !== 2)
                                    break;
                                m.semester = $root.everyclass.entity.v1.Semester.decode(r, r.size(), $undefined, q + 1, m.semester);
                                continue;
                            }
                        case 2: {
                                if (u !== 2)
                                    break;
                                if (!(m.students && m.students.length))
                                    m.students = [];
                                m.students.push($root.everyclass.entity.v1.StudentRecord.decode(r, r.size(), $undefined, q + 1));
                                continue;
                            }
                        case 3: {
                                if (u !== 2)
                                    break;
                                if (!(m.teachers && m.teachers.length))
                                    m.teachers = [];
                                m.teachers.push($root.everyclass.entity.v1.TeacherRecord.decode(r, r.size(), $undefined, q + 1));
                                continue;
                            }
                        case 4: {
                                if (u !== 2)
                                    break;
                                if (!(m.rooms && m.rooms.length))
                                    m.rooms = [];
                                m.rooms.push($root.everyclass.entity.v1.RoomRecord.decode(r, r.size(), $undefined, q + 1));
                                continue;
                            }
                        case 5: {
                                if (u !== 2)
                                    break;
                                if (!(m.cards && m.cards.length))
                                    m.cards = [];
                                m.cards.push($root.everyclass.entity.v1.CardRecord.decode(r, r.size(), $undefined, q + 1));
                                continue;
                            }
                        case 6: {
                                if (u !== 2)
                                    break;
                                if (!(m.enrollments && m.enrollments.length))
                                    m.enrollments = [];
                                m.enrollments.push($root.everyclass.entity.v1.EnrollmentRecord.decode(r, r.size(), $undefined, q + 1));
                                continue;
                            }
                        }
                        r.skipType(u, q, t);
                        if (!r.discardUnknown) {
                            $util.makeProp(m, "$unknowns", false);
                            (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                        }
                    }
                    if (l !== $undefined) {
                        if (r.pos !== c)
                            throw $RangeError("index out of range");
                        r.len = l;
                    }
                    if (z !== $undefined)
                        throw $Error("missing end group");
                    return m;
                };

                /**
                 * Decodes an ImportSemesterRequest message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof everyclass.entity.v1.ImportSemesterRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {everyclass.entity.v1.ImportSemesterRequest & everyclass.entity.v1.ImportSemesterRequest.$Shape} ImportSemesterRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ImportSemesterRequest.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies an ImportSemesterRequest message.
                 * @function verify
                 * @memberof everyclass.entity.v1.ImportSemesterRequest
                 * @static
                 * @param {Object.<string,*>} m Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                ImportSemesterRequest.verify = function (m, q) {
                    if (typeof m !== "object" || m === null)
                        return "object expected";
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        return "max depth exceeded";
                    if (m.semester != null && $Object.hasOwnProperty.call(m, "semester")) {
                        {
                            var e = $root.everyclass.entity.v1.Semester.verify(m.semester, q + 1);
                            if (e)
                                return "semester." + e;
                        }
                    }
                    if (m.students != null && $Object.hasOwnProperty.call(m, "students")) {
                        if (!$Array.isArray(m.students))
                            return "students: array expected";
                        for (var i = 0; i < m.students.length; ++i) {
                            {
                                var e = $root.everyclass.entity.v1.StudentRecord.verify(m.students[i], q + 1);
                                if (e)
                                    return "students." + e;
                            }
                        }
                    }
                    if (m.teachers != null && $Object.hasOwnProperty.call(m, "teachers")) {
                        if (!$Array.isArray(m.teachers))
                            return "teachers: array expected";
                        for (var i = 0; i < m.teachers.length; ++i) {
                            {
                                var e = $root.everyclass.entity.v1.TeacherRecord.verify(m.teachers[i], q + 1);
                                if (e)
                                    return "teachers." + e;
                            }
                        }
                    }
                    if (m.rooms != null && $Object.hasOwnProperty.call(m, "rooms")) {
                        if (!$Array.isArray(m.rooms))
                            return "rooms: array expected";
                        for (var i = 0; i < m.rooms.length; ++i) {
                            {
                                var e = $root.everyclass.entity.v1.RoomRecord.verify(m.rooms[i], q + 1);
                                if (e)
                                    return "rooms." + e;
                            }
                        }
                    }
                    if (m.cards != null && $Object.hasOwnProperty.call(m, "cards")) {
                        if (!$Array.isArray(m.cards))
                            return "cards: array expected";
                        for (var i = 0; i < m.cards.length; ++i) {
                            {
                                var e = $root.everyclass.entity.v1.CardRecord.verify(m.cards[i], q + 1);
                                if (e)
                                    return "cards." + e;
                            }
                        }
                    }
                    if (m.enrollments != null && $Object.hasOwnProperty.call(m, "enrollments")) {
                        if (!$Array.isArray(m.enrollments))
                            return "enrollments: array expected";
                        for (var i = 0; i < m.enrollments.length; ++i) {
                            {
                                var e = $root.everyclass.entity.v1.EnrollmentRecord.verify(m.enrollments[i], q + 1);
                                if (e)
                                    return "enrollments." + e;
                            }
                        }
                    }
                    return null;
                };

                /**
                 * Creates an ImportSemesterRequest message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof everyclass.entity.v1.ImportSemesterRequest
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {everyclass.entity.v1.ImportSemesterRequest} ImportSemesterRequest
                 */
                ImportSemesterRequest.fromObject = function (d, q) {
                    if (d instanceof $root.everyclass.entity.v1.ImportSemesterRequest)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".everyclass.entity.v1.ImportSemesterRequest: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.everyclass.entity.v1.ImportSemesterRequest();
                    if (d.semester != null) {
                        if (!$util.isObject(d.semester))
                            throw $TypeError(".everyclass.entity.v1.ImportSemesterRequest.semester: object expected");
                        m.semester = $root.everyclass.entity.v1.Semester.fromObject(d.semester, q + 1);
                    }
                    if (d.students) {
                        if (!$Array.isArray(d.students))
                            throw $TypeError(".everyclass.entity.v1.ImportSemesterRequest.students: array expected");
                        m.students = $Array(d.students.length);
                        for (var i = 0; i < d.students.length; ++i) {
                            if (!$util.isObject(d.students[i]))
                                throw $TypeError(".everyclass.entity.v1.ImportSemesterRequest.students: object expected");
                            m.students[i] = $root.everyclass.entity.v1.StudentRecord.fromObject(d.students[i], q + 1);
                        }
                    }
                    if (d.teachers) {
                        if (!$Array.isArray(d.teachers))
                            throw $TypeError(".everyclass.entity.v1.ImportSemesterRequest.teachers: array expected");
                        m.teachers = $Array(d.teachers.length);
                        for (var i = 0; i < d.teachers.length; ++i) {
                            if (!$util.isObject(d.teachers[i]))
                                throw $TypeError(".everyclass.entity.v1.ImportSemesterRequest.teachers: object expected");
                            m.teachers[i] = $root.everyclass.entity.v1.TeacherRecord.fromObject(d.teachers[i], q + 1);
                        }
                    }
                    if (d.rooms) {
                        if (!$Array.isArray(d.rooms))
                            throw $TypeError(".everyclass.entity.v1.ImportSemesterRequest.rooms: array expected");
                        m.rooms = $Array(d.rooms.length);
                        for (var i = 0; i < d.rooms.length; ++i) {
                            if (!$util.isObject(d.rooms[i]))
                                throw $TypeError(".everyclass.entity.v1.ImportSemesterRequest.rooms: object expected");
                            m.rooms[i] = $root.everyclass.entity.v1.RoomRecord.fromObject(d.rooms[i], q + 1);
                        }
                    }
                    if (d.cards) {
                        if (!$Array.isArray(d.cards))
                            throw $TypeError(".everyclass.entity.v1.ImportSemesterRequest.cards: array expected");
                        m.cards = $Array(d.cards.length);
                        for (var i = 0; i < d.cards.length; ++i) {
                            if (!$util.isObject(d.cards[i]))
                                throw $TypeError(".everyclass.entity.v1.ImportSemesterRequest.cards: object expected");
                            m.cards[i] = $root.everyclass.entity.v1.CardRecord.fromObject(d.cards[i], q + 1);
                        }
                    }
                    if (d.enrollments) {
                        if (!$Array.isArray(d.enrollments))
                            throw $TypeError(".everyclass.entity.v1.ImportSemesterRequest.enrollments: array expected");
                        m.enrollments = $Array(d.enrollments.length);
                        for (var i = 0; i < d.enrollments.length; ++i) {
                            if (!$util.isObject(d.enrollments[i]))
                                throw $TypeError(".everyclass.entity.v1.ImportSemesterRequest.enrollments: object expected");
                            m.enrollments[i] = $root.everyclass.entity.v1.EnrollmentRecord.fromObject(d.enrollments[i], q + 1);
                        }
                    }
                    return m;
                };

                /**
                 * Creates a plain object from an ImportSemesterRequest message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof everyclass.entity.v1.ImportSemesterRequest
                 * @static
                 * @param {everyclass.entity.v1.ImportSemesterRequest} m ImportSemesterRequest
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                ImportSemesterRequest.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.arrays || o.defaults) {
                        d.students = [];
                        d.teachers = [];
                        d.rooms = [];
                        d.cards = [];
                        d.enrollments = [];
                    }
                    if (o.defaults) {
                        d.semester = null;
                    }
                    if (m.semester != null && $Object.hasOwnProperty.call(m, "semester")) {
                        d.semester = $root.everyclass.entity.v1.Semester.toObject(m.semester, o, q + 1);
                    }
                    if (m.students && m.students.length) {
                        d.students = $Array(m.students.length);
                        for (var j = 0; j < m.students.length; ++j) {
                            d.students[j] = $root.everyclass.entity.v1.StudentRecord.toObject(m.students[j], o, q + 1);
                        }
                    }
                    if (m.teachers && m.teachers.length) {
                        d.teachers = $Array(m.teachers.length);
                        for (var j = 0; j < m.teachers.length; ++j) {
                            d.teachers[j] = $root.everyclass.entity.v1.TeacherRecord.toObject(m.teachers[j], o, q + 1);
                        }
                    }
                    if (m.rooms && m.rooms.length) {
                        d.rooms = $Array(m.rooms.length);
                        for (var j = 0; j < m.rooms.length; ++j) {
                            d.rooms[j] = $root.everyclass.entity.v1.RoomRecord.toObject(m.rooms[j], o, q + 1);
                        }
                    }
                    if (m.cards && m.cards.length) {
                        d.cards = $Array(m.cards.length);
                        for (var j = 0; j < m.cards.length; ++j) {
                            d.cards[j] = $root.everyclass.entity.v1.CardRecord.toObject(m.cards[j], o, q + 1);
                        }
                    }
                    if (m.enrollments && m.enrollments.length) {
                        d.enrollments = $Array(m.enrollments.length);
                        for (var j = 0; j < m.enrollments.length; ++j) {
                            d.enrollments[j] = $root.everyclass.entity.v1.EnrollmentRecord.toObject(m.enrollments[j], o, q + 1);
                        }
                    }
                    return d;
                };

                /**
                 * Converts this ImportSemesterRequest to JSON.
                 * @function toJSON
                 * @memberof everyclass.entity.v1.ImportSemesterRequest
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                ImportSemesterRequest.prototype.toJSON = function() {
                    return ImportSemesterRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for ImportSemesterRequest
                 * @function getTypeUrl
                 * @memberof everyclass.entity.v1.ImportSemesterRequest
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                ImportSemesterRequest.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/everyclass.entity.v1.ImportSemesterRequest";
                };

                return ImportSemesterRequest;
            })();

            v1.ImportSemesterResponse = (function() {

                /**
                 * Properties of an ImportSemesterResponse.
                 * @typedef {Object} everyclass.entity.v1.ImportSemesterResponse.$Properties
                 * @property {number|null} [students] ImportSemesterResponse students
                 * @property {number|null} [teachers] ImportSemesterResponse teachers
                 * @property {number|null} [rooms] ImportSemesterResponse rooms
                 * @property {number|null} [cards] ImportSemesterResponse cards
                 * @property {number|null} [enrollments] ImportSemesterResponse enrollments
                 * @property {string|null} [dataVersion] ImportSemesterResponse dataVersion
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of an ImportSemesterResponse.
                 * @memberof everyclass.entity.v1
                 * @interface IImportSemesterResponse
                 * @augments everyclass.entity.v1.ImportSemesterResponse.$Properties
                 * @deprecated Use everyclass.entity.v1.ImportSemesterResponse.$Properties instead.
                 */

                /**
                 * Shape of an ImportSemesterResponse.
                 * @typedef {everyclass.entity.v1.ImportSemesterResponse.$Properties} everyclass.entity.v1.ImportSemesterResponse.$Shape
                 */

                /**
                 * Constructs a new ImportSemesterResponse.
                 * @memberof everyclass.entity.v1
                 * @classdesc Represents an ImportSemesterResponse.
                 * @constructor
                 * @param {everyclass.entity.v1.ImportSemesterResponse.$Properties=} [p] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const ImportSemesterResponse = function (p) {
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                /**
                 * ImportSemesterResponse students.
                 * @member {number} students
                 * @memberof everyclass.entity.v1.ImportSemesterResponse
                 * @instance
                 */
                ImportSemesterResponse.prototype.students = 0;

                /**
                 * ImportSemesterResponse teachers.
                 * @member {number} teachers
                 * @memberof everyclass.entity.v1.ImportSemesterResponse
                 * @instance
                 */
                ImportSemesterResponse.prototype.teachers = 0;

                /**
                 * ImportSemesterResponse rooms.
                 * @member {number} rooms
                 * @memberof everyclass.entity.v1.ImportSemesterResponse
                 * @instance
                 */
                ImportSemesterResponse.prototype.rooms = 0;

                /**
                 * ImportSemesterResponse cards.
                 * @member {number} cards
                 * @memberof everyclass.entity.v1.ImportSemesterResponse
                 * @instance
                 */
                ImportSemesterResponse.prototype.cards = 0;

                /**
                 * ImportSemesterResponse enrollments.
                 * @member {number} enrollments
                 * @memberof everyclass.entity.v1.ImportSemesterResponse
                 * @instance
                 */
                ImportSemesterResponse.prototype.enrollments = 0;

                /**
                 * ImportSemesterResponse dataVersion.
                 * @member {string} dataVersion
                 * @memberof everyclass.entity.v1.ImportSemesterResponse
                 * @instance
                 */
                ImportSemesterResponse.prototype.dataVersion = "";

                /**
                 * Creates a new ImportSemesterResponse instance using the specified properties.
                 * @function create
                 * @memberof everyclass.entity.v1.ImportSemesterResponse
                 * @static
                 * @param {everyclass.entity.v1.ImportSemesterResponse.$Properties=} [properties] Properties to set
                 * @returns {everyclass.entity.v1.ImportSemesterResponse} ImportSemesterResponse instance
                 * @type {{
                 *   (properties: everyclass.entity.v1.ImportSemesterResponse.$Shape): everyclass.entity.v1.ImportSemesterResponse & everyclass.entity.v1.ImportSemesterResponse.$Shape;
                 *   (properties?: everyclass.entity.v1.ImportSemesterResponse.$Properties): everyclass.entity.v1.ImportSemesterResponse;
                 * }}
                 */
                ImportSemesterResponse.create = function(properties) {
                    return new ImportSemesterResponse(properties);
                };

                /**
                 * Encodes the specified ImportSemesterResponse message. Does not implicitly {@link everyclass.entity.v1.ImportSemesterResponse.verify|verify} messages.
                 * @function encode
                 * @memberof everyclass.entity.v1.ImportSemesterResponse
                 * @static
                 * @param {everyclass.entity.v1.ImportSemesterResponse.$Properties} m ImportSemesterResponse message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ImportSemesterResponse.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.students != null && $Object.hasOwnProperty.call(m, "students") && m.students !== 0)
                        w.uint32(/* id 1, wireType 0 =*/8).uint32(m.students);
                    if (m.teachers != null && $Object.hasOwnProperty.call(m, "teachers") && m.teachers !== 0)
                        w.uint32(/* id 2, wireType 0 =*/16).uint32(m.teachers);
                    if (m.rooms != null && $Object.hasOwnProperty.call(m, "rooms") && m.rooms !== 0)
                        w.uint32(/* id 3, wireType 0 =*/24).uint32(m.rooms);
                    if (m.cards != null && $Object.hasOwnProperty.call(m, "cards") && m.cards !== 0)
                        w.uint32(/* id 4, wireType 0 =*/32).uint32(m.cards);
                    if (m.enrollments != null && $Object.hasOwnProperty.call(m, "enrollments") && m.enrollments !== 0)
                        w.uint32(/* id 5, wireType 0 =*/40).uint32(m.enrollments);
                    if (m.dataVersion != null && $Object.hasOwnProperty.call(m, "dataVersion") && m.dataVersion !== "")
                        w.uint32(/* id 6, wireType 2 =*/50).string(m.dataVersion);
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                /**
                 * Encodes the specified ImportSemesterResponse message, length delimited. Does not implicitly {@link everyclass.entity.v1.ImportSemesterResponse.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof everyclass.entity.v1.ImportSemesterResponse
                 * @static
                 * @param {everyclass.entity.v1.ImportSemesterResponse.$Properties} message ImportSemesterResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ImportSemesterResponse.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes an ImportSemesterResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof everyclass.entity.v1.ImportSemesterResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {everyclass.entity.v1.ImportSemesterResponse & everyclass.entity.v1.ImportSemesterResponse.$Shape} ImportSemesterResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ImportSemesterResponse.decode = function (r, l, z, q, g) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (q === $undefined)
                        q = 0;
                    if (q > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var c, m, v;
                    if (l === $undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw $RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = g || new $root.everyclass.entity.v1.ImportSemesterResponse();
                    while (r.pos < c) {
                        var s = r.pos;
                        var t = r.tag();
                        if (t === z) {
                            z = $undefined;
                            break;
                        }
                        var u = t & 7;
                        switch (t >>>= 3) {
                        case 1: {
                                if (u !== 0)
                                    break;
                                if (v = r.uint32())
                                    m.students = v;
                                else
                                    delete m.students;
                                continue;
                            }
                        case 2: {
                                if (u !== 0)
                                    break;
                                if (v = r.uint32())
                                    m.teachers = v;
                                else
                                    delete m.teachers;
                                continue;
                            }
                        case 3: {
                                if (u !== 0)
                                    break;
                                if (v = r.uint32())
                                    m.rooms = v;
                                else
                                    delete m.rooms;
                                continue;
                            }
                        case 4: {
                                if (u !== 0)
                                    break;
                                if (v = r.uint32())
                                    m.cards = v;
                                else
                                    delete m.cards;
                                continue;
                            }
                        case 5: {
                                if (u !== 0)
                                    break;
                                if (v = r.uint32())
                                    m.enrollments = v;
                                else
                                    delete m.enrollments;
                                continue;
                            }
                        case 6: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.dataVersion = v;
                                else
                                    delete m.dataVersion;
                                continue;
                            }
                        }
                        r.skipType(u, q, t);
                        if (!r.discardUnknown) {
                            $util.makeProp(m, "$unknowns", false);
                            (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                        }
                    }
                    if (l !== $undefined) {
                        if (r.pos !== c)
                            throw $RangeError("index out of range");
                        r.len = l;
                    }
                    if (z !== $undefined)
                        throw $Error("missing end group");
                    return m;
                };

                /**
                 * Decodes an ImportSemesterResponse message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof everyclass.entity.v1.ImportSemesterResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {everyclass.entity.v1.ImportSemesterResponse & everyclass.entity.v1.ImportSemesterResponse.$Shape} ImportSemesterResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ImportSemesterResponse.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies an ImportSemesterResponse message.
                 * @function verify
                 * @memberof everyclass.entity.v1.ImportSemesterResponse
                 * @static
                 * @param {Object.<string,*>} m Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                ImportSemesterResponse.verify = function (m, q) {
                    if (typeof m !== "object" || m === null)
                        return "object expected";
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        return "max depth exceeded";
                    if (m.students != null && $Object.hasOwnProperty.call(m, "students")) {
                        if (!$util.isInteger(m.students))
                            return "students: integer expected";
                    }
                    if (m.teachers != null && $Object.hasOwnProperty.call(m, "teachers")) {
                        if (!$util.isInteger(m.teachers))
                            return "teachers: integer expected";
                    }
                    if (m.rooms != null && $Object.hasOwnProperty.call(m, "rooms")) {
                        if (!$util.isInteger(m.rooms))
                            return "rooms: integer expected";
                    }
                    if (m.cards != null && $Object.hasOwnProperty.call(m, "cards")) {
                        if (!$util.isInteger(m.cards))
                            return "cards: integer expected";
                    }
                    if (m.enrollments != null && $Object.hasOwnProperty.call(m, "enrollments")) {
                        if (!$util.isInteger(m.enrollments))
                            return "enrollments: integer expected";
                    }
                    if (m.dataVersion != null && $Object.hasOwnProperty.call(m, "dataVersion")) {
                        if (!$util.isString(m.dataVersion))
                            return "dataVersion: string expected";
                    }
                    return null;
                };

                /**
                 * Creates an ImportSemesterResponse message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof everyclass.entity.v1.ImportSemesterResponse
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {everyclass.entity.v1.ImportSemesterResponse} ImportSemesterResponse
                 */
                ImportSemesterResponse.fromObject = function (d, q) {
                    if (d instanceof $root.everyclass.entity.v1.ImportSemesterResponse)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".everyclass.entity.v1.ImportSemesterResponse: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.everyclass.entity.v1.ImportSemesterResponse();
                    if (d.students != null) {
                        if ($Number(d.students) !== 0) {
                            m.students = d.students >>> 0;
                        }
                    }
                    if (d.teachers != null) {
                        if ($Number(d.teachers) !== 0) {
                            m.teachers = d.teachers >>> 0;
                        }
                    }
                    if (d.rooms != null) {
                        if ($Number(d.rooms) !== 0) {
                            m.rooms = d.rooms >>> 0;
                        }
                    }
                    if (d.cards != null) {
                        if ($Number(d.cards) !== 0) {
                            m.cards = d.cards >>> 0;
                        }
                    }
                    if (d.enrollments != null) {
                        if ($Number(d.enrollments) !== 0) {
                            m.enrollments = d.enrollments >>> 0;
                        }
                    }
                    if (d.dataVersion != null) {
                        if (typeof d.dataVersion !== "string" || d.dataVersion.length) {
                            m.dataVersion = $String(d.dataVersion);
                        }
                    }
                    return m;
                };

                /**
                 * Creates a plain object from an ImportSemesterResponse message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof everyclass.entity.v1.ImportSemesterResponse
                 * @static
                 * @param {everyclass.entity.v1.ImportSemesterResponse} m ImportSemesterResponse
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                ImportSemesterResponse.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        d.students = 0;
                        d.teachers = 0;
                        d.rooms = 0;
                        d.cards = 0;
                        d.enrollments = 0;
                        d.dataVersion = "";
                    }
                    if (m.students != null && $Object.hasOwnProperty.call(m, "students")) {
                        d.students = m.students;
                    }
                    if (m.teachers != null && $Object.hasOwnProperty.call(m, "teachers")) {
                        d.teachers = m.teachers;
                    }
                    if (m.rooms != null && $Object.hasOwnProperty.call(m, "rooms")) {
                        d.rooms = m.rooms;
                    }
                    if (m.cards != null && $Object.hasOwnProperty.call(m, "cards")) {
                        d.cards = m.cards;
                    }
                    if (m.enrollments != null && $Object.hasOwnProperty.call(m, "enrollments")) {
                        d.enrollments = m.enrollments;
                    }
                    if (m.dataVersion != null && $Object.hasOwnProperty.call(m, "dataVersion")) {
                        d.dataVersion = m.dataVersion;
                    }
                    return d;
                };

                /**
                 * Converts this ImportSemesterResponse to JSON.
                 * @function toJSON
                 * @memberof everyclass.entity.v1.ImportSemesterResponse
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                ImportSemesterResponse.prototype.toJSON = function() {
                    return ImportSemesterResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for ImportSemesterResponse
                 * @function getTypeUrl
                 * @memberof everyclass.entity.v1.ImportSemesterResponse
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                ImportSemesterResponse.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/everyclass.entity.v1.ImportSemesterResponse";
                };

                return ImportSemesterResponse;
            })();

            return v1;
        })();

        return entity;
    })();

    return everyclass;
})();

export {
  $root as default
};
