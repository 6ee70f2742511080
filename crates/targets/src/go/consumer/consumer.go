// Command consumer uses the generated Go package the way an SDK does: every lookup,
// conversion and body parse, errors found through wrapping by errors.As and by category, the
// body written back by json.Marshal, then every code's values printed back for the test to
// compare with the registry. Its first argument is a code the registry does not have. The test
// fills in the names the docs promise (CODE_TYPE, LOOKUP_FN, ...) for the registry at hand,
// and a sample code (1104 when the registry has it, else its first code, else -1) with its
// category's id as the registry states them.
package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"reflect"
	"strconv"
	"strings"

	codes "MODULE_PATH"
)

// The API, each item with the exact signature the docs promise.
var (
	_ func(int) (codes.CODE_TYPE, bool)                   = codes.LOOKUP_FN
	_ func(string) (codes.CODE_TYPE, bool)                = codes.BY_NAME_FN
	_ func() []codes.CODE_TYPE                            = codes.ALL_CODES_FN
	_ func() []codes.CATEGORY_TYPE                        = codes.ALL_CATEGORIES_FN
	_ func([]byte) (*codes.ERROR_TYPE, error)             = codes.PARSE_FN
	_ func(int, []byte) (*codes.ERROR_TYPE, error)        = codes.PARSE_RESPONSE_FN
	_ func(codes.CODE_TYPE) string                        = codes.CODE_TYPE.Name
	_ func(codes.CODE_TYPE) string                        = codes.CODE_TYPE.Message
	_ func(codes.CODE_TYPE) (string, bool)                = codes.CODE_TYPE.Description
	_ func(codes.CODE_TYPE) int                           = codes.CODE_TYPE.HTTPStatus
	_ func(codes.CODE_TYPE) codes.CATEGORY_TYPE           = codes.CODE_TYPE.Category
	_ func(codes.CODE_TYPE) bool                          = codes.CODE_TYPE.Retryable
	_ func(codes.CODE_TYPE) (string, bool)                = codes.CODE_TYPE.Deprecated
	_ func(codes.CODE_TYPE) string                        = codes.CODE_TYPE.DocsPath
	_ func(codes.CODE_TYPE) (string, bool)                = codes.CODE_TYPE.DocsURL
	_ func(codes.CODE_TYPE) codes.INFO_TYPE               = codes.CODE_TYPE.Info
	_ func(codes.CODE_TYPE) string                        = codes.CODE_TYPE.String
	_ func(codes.CATEGORY_TYPE) string                    = codes.CATEGORY_TYPE.ID
	_ func(codes.CATEGORY_TYPE) string                    = codes.CATEGORY_TYPE.Label
	_ func(codes.CATEGORY_TYPE) string                    = codes.CATEGORY_TYPE.String
	_ func(codes.CATEGORY_TYPE, error) bool               = codes.CATEGORY_TYPE.Matches
	_ func(*codes.ERROR_TYPE) (codes.CODE_TYPE, bool)     = (*codes.ERROR_TYPE).Known
	_ func(*codes.ERROR_TYPE) string                      = (*codes.ERROR_TYPE).Error
	_ func(*codes.ERROR_TYPE) (codes.INFO_TYPE, bool)     = (*codes.ERROR_TYPE).Info
	_ func(*codes.ERROR_TYPE) (codes.CATEGORY_TYPE, bool) = (*codes.ERROR_TYPE).Category
	_ func(*codes.ERROR_TYPE) bool                        = (*codes.ERROR_TYPE).Retryable
	_ func(*codes.ERROR_TYPE) string                      = (*codes.ERROR_TYPE).DocsURL
	_ json.Marshaler                                      = codes.ERROR_TYPE{}
	_ fmt.Stringer                                        = codes.CODE_TYPE(0)
	_ error                                               = (*codes.ERROR_TYPE)(nil)
	_                                                     = codes.ERROR_TYPE{Code: 0, Message: "", Data: json.RawMessage(nil), TraceID: "", HTTPStatus: 0}
	_                                                     = codes.INFO_TYPE{Code: codes.CODE_TYPE(0), Name: "", Message: "", Description: "", HTTPStatus: 0,
		Category: codes.CATEGORY_TYPE(""), Retryable: false, Deprecated: "", DocsPath: "", DocsURL: ""}
)

func check(ok bool, format string, args ...any) {
	if !ok {
		panic(fmt.Sprintf(format, args...))
	}
}

func body(code int) []byte {
	return []byte(fmt.Sprintf(`{"code": %d, "message": "m", "data": {"k":1}, "trace_id": "t-1"}`, code))
}

func parse(text string) *codes.ERROR_TYPE {
	e, err := codes.PARSE_FN([]byte(text))
	check(err == nil && e != nil, "%s parses: %v", text, err)
	return e
}

func types() {
	check(reflect.TypeOf(codes.CODE_TYPE(0)).Kind() == reflect.Uint16, "the code type is a uint16")
	check(reflect.TypeOf(codes.CATEGORY_TYPE("")).Kind() == reflect.String, "categories are strings")
	tags := map[string]string{"Code": "code", "Message": "message", "Data": "data,omitempty", "TraceID": "trace_id,omitempty", "HTTPStatus": "-"}
	fields := reflect.TypeOf(codes.ERROR_TYPE{})
	exported := 0
	for i := 0; i < fields.NumField(); i++ {
		if fields.Field(i).IsExported() {
			exported++
		}
	}
	check(exported == len(tags), "the error has %d exported fields", exported)
	for name, tag := range tags {
		field, ok := fields.FieldByName(name)
		check(ok && field.Tag.Get("json") == tag, "field %s has json tag %q", name, tag)
	}
	shape := []string{"Code", "Name", "Message", "Description", "HTTPStatus", "Category", "Retryable", "Deprecated", "DocsPath", "DocsURL"}
	info := reflect.TypeOf(codes.INFO_TYPE{})
	check(info.NumField() == len(shape), "the info has %d fields", info.NumField())
	for i, name := range shape {
		check(info.Field(i).Name == name, "the info's field %d is %s", i, name)
	}
}

func unknownCodes(unknown int) {
	for _, number := range []int{unknown, -1, 65536} {
		_, ok := codes.LOOKUP_FN(number)
		check(!ok, "%d is not a code", number)
	}
	c := codes.CODE_TYPE(unknown)
	_, deprecated := c.Deprecated()
	_, described := c.Description()
	_, documented := c.DocsURL()
	check(c.Name() == "" && c.Message() == "" && c.HTTPStatus() == 0 && c.Category() == "" &&
		!c.Retryable() && c.DocsPath() == "" && !deprecated && !described && !documented, "an unknown code has zero values")
	check(c.Info() == codes.INFO_TYPE{Code: c}, "an unknown code's info has only its code: %+v", c.Info())
	check(c.String() == fmt.Sprintf("CODE_TYPE(%d)", unknown), "String of an unknown code: %q", c.String())
	check(fmt.Sprint(c) == c.String(), "fmt uses String")
	for _, name := range []string{"NOT A NAME", ""} {
		_, ok := codes.BY_NAME_FN(name)
		check(!ok, "%q is not a name", name)
	}
	check(codes.CATEGORY_TYPE("no such category").Label() == "", "an unknown category has no label")
}

func bodies(unknown int) {
	e := parse(string(body(unknown)))
	_, known := e.Known()
	check(e.Code == unknown && !known && string(e.Data) == `{"k":1}` && e.TraceID == "t-1", "%+v", e)
	check(e.Error() == fmt.Sprintf("m (code %d), trace id t-1", unknown), "Error: %q", e.Error())
	encoded, err := json.Marshal(e)
	check(err == nil, "a body encodes: %v", err)
	check(reflect.DeepEqual(parse(string(encoded)), e), "a body survives a round trip: %s", encoded)

	var target *codes.ERROR_TYPE
	wrapped := fmt.Errorf("calling the API: %w", fmt.Errorf("retrying: %w", e))
	check(errors.As(wrapped, &target) && target == e, "errors.As finds the wrapped body")

	bare := parse(fmt.Sprintf(`{"code": %d, "message": "m"}`, unknown))
	check(bare.Data == nil && bare.TraceID == "", "data and trace_id may be absent: %+v", bare)
	check(bare.Error() == fmt.Sprintf("m (code %d)", unknown), "Error without a trace id: %q", bare.Error())
	nulls := parse(fmt.Sprintf(`{"code": %d, "message": "m", "data": null, "trace_id": null}`, unknown))
	check(nulls.Data == nil && nulls.TraceID == "", "data and trace_id may be null: %+v", nulls)
	check(string(parse(`{"code": 1, "message": "m", "data": [1, "x"]}`).Data) == `[1, "x"]`, "data is kept as sent")

	for _, bad := range []string{
		``, `not json`, `{"code": 1, "message": "m"} trailing`, `null`, `[]`, `"x"`, `7`, `{}`,
		`{"message": "m"}`, `{"code": null, "message": "m"}`, `{"code": "1000", "message": "m"}`,
		`{"code": 1.5, "message": "m"}`, `{"code": true, "message": "m"}`, `{"code": -1, "message": "m"}`,
		`{"code": 65536, "message": "m"}`, `{"code": 1}`, `{"code": 1, "message": null}`,
		`{"code": 1, "message": 2}`, `{"code": 1, "message": "m", "trace_id": 3}`,
	} {
		e, err := codes.PARSE_FN([]byte(bad))
		check(e == nil && err != nil, "%s is refused", bad)
		check(strings.HasPrefix(err.Error(), "PACKAGE_NAME: "), "the error names the package: %v", err)
	}
}

// wrap wraps e twice, as layers of an SDK would.
func wrap(e error) error {
	return fmt.Errorf("calling the API: %w", fmt.Errorf("retrying: %w", e))
}

// responses exercises the error type of a failed response: errors.As through wrapping, the
// category predicate for the sample code, and for the unknown code, retryability from the
// HTTP status and no category.
func responses(unknown int, sample int, sampleCategory codes.CATEGORY_TYPE) {
	categories := codes.ALL_CATEGORIES_FN()
	for _, k := range categories {
		check(!k.Matches(nil) && !k.Matches(errors.New("m")), "%s matches no other error", k)
	}
	if sample >= 0 {
		e, err := codes.PARSE_RESPONSE_FN(429, []byte(fmt.Sprintf(`{"code": %d, "message": "m", "trace_id": null}`, sample)))
		check(err == nil && e.HTTPStatus == 429 && e.TraceID == "", "%d parses: %v", sample, err)
		var target *codes.ERROR_TYPE
		check(errors.As(wrap(e), &target) && target == e, "errors.As finds %d", sample)
		check(sampleCategory.Matches(wrap(e)), "%d is found as a %s error", sample, sampleCategory)
		for _, k := range categories {
			check(k == sampleCategory || !k.Matches(wrap(e)), "%d is no %s error", sample, k)
		}
		category, ok := target.Category()
		check(ok && category == sampleCategory, "%d's category is %s", sample, sampleCategory)
	}
	for status, retryable := range map[int]bool{503: true, 429: true, 408: true, 400: false, 500: false, 0: false} {
		e, err := codes.PARSE_RESPONSE_FN(status, body(unknown))
		check(err == nil && e.HTTPStatus == status && e.Code == unknown, "%d parses with %d: %v", unknown, status, err)
		check(e.Retryable() == retryable, "an unknown code with HTTP %d is retryable: %v", status, retryable)
		var target *codes.ERROR_TYPE
		check(errors.As(wrap(e), &target) && target == e, "errors.As finds the unknown code")
		_, ok := target.Category()
		check(!ok, "an unknown code has no category")
		_, ok = target.Info()
		check(!ok && target.DocsURL() == "", "an unknown code has no info")
		for _, k := range categories {
			check(!k.Matches(wrap(e)), "an unknown code is no %s error", k)
		}
	}
	check(!parse(string(body(unknown))).Retryable(), "an unknown code without a status is not retryable")
	for _, bad := range []string{`{}`, `null`, `{"code": 1, "message": "m", "trace_id": 3}`} {
		e, err := codes.PARSE_RESPONSE_FN(503, []byte(bad))
		check(e == nil && err != nil, "%s is refused with a status", bad)
	}
}

// marshal checks that json.Marshal writes each body back exactly, null members included, and
// leaves out the HTTP status.
func marshal(unknown int) {
	for _, format := range []string{
		`{"code":%d,"message":"m","data":{"k":1},"trace_id":"t-1"}`,
		`{"code":%d,"message":"m"}`,
		`{"code":%d,"message":"m","trace_id":null}`,
		`{"code":%d,"message":"m","data":null,"trace_id":""}`,
		`{"code":%d,"message":"m \u003c\u0026\u003e \"q\" \\ \n","data":[1,"x",null]}`,
	} {
		text := fmt.Sprintf(format, unknown)
		e, err := codes.PARSE_RESPONSE_FN(503, []byte(text))
		check(err == nil, "%s parses: %v", text, err)
		encoded, err := json.Marshal(e)
		check(err == nil && string(encoded) == text, "%s is written back, not %s (%v)", text, encoded, err)
		encoded, err = json.Marshal(*e)
		check(err == nil && string(encoded) == text, "%s is written back from a value, not %s", text, encoded)
	}
	spaced := fmt.Sprintf(`{ "trace_id": null, "data": { "k": [1, 2] }, "message": "m", "code": %d }`, unknown)
	encoded, err := json.Marshal(parse(spaced))
	check(err == nil && sameJSON(encoded, []byte(spaced)), "%s is written back as %s", spaced, encoded)
	made := codes.ERROR_TYPE{Code: unknown, Message: "m", TraceID: "t", HTTPStatus: 503}
	encoded, err = json.Marshal(made)
	check(err == nil && string(encoded) == fmt.Sprintf(`{"code":%d,"message":"m","trace_id":"t"}`, unknown), "a built error: %s", encoded)
	_, err = json.Marshal(codes.ERROR_TYPE{Data: json.RawMessage("{")})
	check(err != nil, "invalid data is refused")
}

// sameJSON reports whether a and b hold the same JSON value.
func sameJSON(a, b []byte) bool {
	var x, y any
	return json.Unmarshal(a, &x) == nil && json.Unmarshal(b, &y) == nil && reflect.DeepEqual(x, y)
}

// knownResponse checks the error type of a failed response whose code is known, with the
// code's own message as the body's, against the code's facts, and the body written back.
func knownResponse(code codes.CODE_TYPE, categories []codes.CATEGORY_TYPE) {
	text, err := json.Marshal(map[string]any{"code": int(code), "message": code.Message(), "trace_id": nil})
	check(err == nil, "a body for %d: %v", code, err)
	for _, status := range []int{503, 400} {
		e, err := codes.PARSE_RESPONSE_FN(status, text)
		check(err == nil && e.Message == code.Message(), "%s parses: %v", text, err)
		encoded, err := json.Marshal(e)
		check(err == nil && string(encoded) == string(text), "%s is written back, not %s", text, encoded)
		info, ok := e.Info()
		check(ok && info == code.Info(), "%d's error has the code's info", code)
		category, ok := e.Category()
		check(ok && category == code.Category(), "%d's error has the code's category", code)
		check(e.Retryable() == code.Retryable(), "%d's error is retryable as the code, whatever the status", code)
		url, _ := code.DocsURL()
		check(e.DocsURL() == url, "%d's error has the code's docs URL", code)
		for _, k := range categories {
			check(k.Matches(wrap(e)) == (k == code.Category()), "%d's error matches only its category", code)
		}
	}
}

func main() {
	unknown, err := strconv.Atoi(os.Args[1])
	check(err == nil, "an unknown code: %v", err)
	types()
	unknownCodes(unknown)
	bodies(unknown)
	responses(unknown, SAMPLE_CODE, codes.CATEGORY_TYPE(SAMPLE_CATEGORY))
	marshal(unknown)

	categories := map[codes.CATEGORY_TYPE]bool{}
	listed := codes.ALL_CATEGORIES_FN()
	for _, k := range listed {
		check(k.ID() == string(k) && k.Label() != "" && k.String() == k.Label(), "category %q", k)
		categories[k] = true
	}
	if len(listed) > 0 {
		listed[0] = "changed"
		check(codes.ALL_CATEGORIES_FN()[0] != "changed", "every call returns a new slice of categories")
		listed[0] = codes.ALL_CATEGORIES_FN()[0]
	}
	all := codes.ALL_CODES_FN()
	if len(all) > 0 {
		all[0]++
		check(codes.ALL_CODES_FN()[0] != all[0], "every call returns a new slice")
		all[0]--
	}
	var out strings.Builder
	for i, code := range all {
		n := int(code)
		check(i == 0 || all[i-1] < code, "codes ascend")
		found, ok := codes.LOOKUP_FN(n)
		check(ok && found == code, "%d is found", n)
		named, ok := codes.BY_NAME_FN(code.Name())
		check(ok && named == code, "%s is found", code.Name())
		check(code.String() == fmt.Sprintf("%s (%d)", code.Name(), n), "String: %q", code.String())
		e := parse(string(body(n)))
		known, ok := e.Known()
		check(ok && known == code, "a body with %d knows it", n)
		check(e.Error() == fmt.Sprintf("m (%s, code %d), trace id t-1", code.Name(), n), "Error: %q", e.Error())
		check(categories[code.Category()], "%d's category is listed", n)
		deprecated, isDeprecated := code.Deprecated()
		check(isDeprecated == (deprecated != ""), "%d's deprecation", n)
		description, isDescribed := code.Description()
		check(isDescribed == (description != ""), "%d's description", n)
		docsURL, isDocumented := code.DocsURL()
		check(isDocumented == (docsURL != ""), "%d's docs URL", n)
		info := code.Info()
		check(info == codes.INFO_TYPE{Code: code, Name: code.Name(), Message: code.Message(), Description: description,
			HTTPStatus: code.HTTPStatus(), Category: code.Category(), Retryable: code.Retryable(), Deprecated: deprecated,
			DocsPath: code.DocsPath(), DocsURL: docsURL}, "%d's info agrees with its methods: %+v", n, info)
		knownResponse(code, listed)
		fields := []string{
			strconv.Itoa(n),
			code.Name(),
			code.Message(),
			strconv.Itoa(code.HTTPStatus()),
			code.Category().ID(),
			code.Category().Label(),
			strconv.FormatBool(code.Retryable()),
			code.DocsPath(),
			deprecated,
			description,
			docsURL,
		}
		out.WriteString(strings.Join(fields, "\x1f"))
		out.WriteString("\x1e")
	}
	fmt.Print(out.String())
}
