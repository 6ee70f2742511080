// Command consumer uses the generated Go package the way an SDK does: every lookup,
// conversion and body parse, then every code's values printed back for the test to compare
// with the registry. Its first argument is a code the registry does not have. The test fills
// in the names the docs promise (CODE_TYPE, LOOKUP_FN, ...) for the registry at hand.
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
	_ func(int) (codes.CODE_TYPE, bool)                  = codes.LOOKUP_FN
	_ func(string) (codes.CODE_TYPE, bool)               = codes.BY_NAME_FN
	_ func() []codes.CODE_TYPE                           = codes.ALL_CODES_FN
	_ func() []codes.CATEGORY_TYPE                       = codes.ALL_CATEGORIES_FN
	_ func([]byte) (*codes.ERROR_TYPE, error)            = codes.PARSE_FN
	_ func(codes.CODE_TYPE) string                       = codes.CODE_TYPE.Name
	_ func(codes.CODE_TYPE) string                       = codes.CODE_TYPE.Message
	_ func(codes.CODE_TYPE) int                          = codes.CODE_TYPE.HTTPStatus
	_ func(codes.CODE_TYPE) codes.CATEGORY_TYPE          = codes.CODE_TYPE.Category
	_ func(codes.CODE_TYPE) bool                         = codes.CODE_TYPE.Retryable
	_ func(codes.CODE_TYPE) (string, bool)               = codes.CODE_TYPE.Deprecated
	_ func(codes.CODE_TYPE) string                       = codes.CODE_TYPE.DocsPath
	_ func(codes.CODE_TYPE) string                       = codes.CODE_TYPE.String
	_ func(codes.CATEGORY_TYPE) string                   = codes.CATEGORY_TYPE.ID
	_ func(codes.CATEGORY_TYPE) string                   = codes.CATEGORY_TYPE.Label
	_ func(codes.CATEGORY_TYPE) string                   = codes.CATEGORY_TYPE.String
	_ func(*codes.ERROR_TYPE) (codes.CODE_TYPE, bool)    = (*codes.ERROR_TYPE).Known
	_ func(*codes.ERROR_TYPE) string                     = (*codes.ERROR_TYPE).Error
	_ fmt.Stringer                                       = codes.CODE_TYPE(0)
	_ error                                              = (*codes.ERROR_TYPE)(nil)
	_ = codes.ERROR_TYPE{Code: 0, Message: "", Data: json.RawMessage(nil), TraceID: ""}
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
	tags := map[string]string{"Code": "code", "Message": "message", "Data": "data,omitempty", "TraceID": "trace_id,omitempty"}
	fields := reflect.TypeOf(codes.ERROR_TYPE{})
	check(fields.NumField() == len(tags), "the body has %d fields", fields.NumField())
	for name, tag := range tags {
		field, ok := fields.FieldByName(name)
		check(ok && field.Tag.Get("json") == tag, "field %s has json tag %q", name, tag)
	}
}

func unknownCodes(unknown int) {
	for _, number := range []int{unknown, -1, 65536} {
		_, ok := codes.LOOKUP_FN(number)
		check(!ok, "%d is not a code", number)
	}
	c := codes.CODE_TYPE(unknown)
	_, deprecated := c.Deprecated()
	check(c.Name() == "" && c.Message() == "" && c.HTTPStatus() == 0 && c.Category() == "" &&
		!c.Retryable() && c.DocsPath() == "" && !deprecated, "an unknown code has zero values")
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

func main() {
	unknown, err := strconv.Atoi(os.Args[1])
	check(err == nil, "an unknown code: %v", err)
	types()
	unknownCodes(unknown)
	bodies(unknown)

	categories := map[codes.CATEGORY_TYPE]bool{}
	for _, k := range codes.ALL_CATEGORIES_FN() {
		check(k.ID() == string(k) && k.Label() != "" && k.String() == k.Label(), "category %q", k)
		categories[k] = true
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
		}
		out.WriteString(strings.Join(fields, "\x1f"))
		out.WriteString("\x1e")
	}
	fmt.Print(out.String())
}
