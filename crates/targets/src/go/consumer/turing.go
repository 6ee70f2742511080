// The names the Go package of the repository's registry promises, each spelt out: Go
// initialisms, category constants and the package name (imported without an alias), and the
// error of a rate-limited response found through wrapping.
package main

import (
	"errors"
	"fmt"

	"github.com/turing/error-codes-go"
)

func init() {
	timeout := turingerrors.HTTPTimeoutError
	check(timeout == 1124 && timeout.Name() == "HTTP_TIMEOUT_ERROR" && timeout.HTTPStatus() == 408, "HTTPTimeoutError")
	check(timeout.Retryable() && timeout.Category() == turingerrors.CategoryRateLimit, "HTTPTimeoutError's facts")
	check(timeout.DocsPath() == "/api-guides/reliability/error-codes#1124", "HTTPTimeoutError's docs path")
	check(turingerrors.CategoryRateLimit.ID() == "rate_limit" && turingerrors.CategoryRateLimit.Label() == "限流 & 配额", "CategoryRateLimit")
	check(turingerrors.OpenSearchNoResult == 1405 && turingerrors.PgDatabaseTransactionFailed == 1406, "1405 and 1406")
	for code, name := range map[turingerrors.TuringErrorCode]string{
		turingerrors.Success:                          "SUCCESS",
		turingerrors.InvalidID:                        "INVALID_ID",
		turingerrors.TooManyAPIKeys:                   "TOO_MANY_API_KEYS",
		turingerrors.PortalMeetingOutlineBadJSONError: "PORTAL_MEETING_OUTLINE_BAD_JSON_ERROR",
		turingerrors.RedisDatabaseURINotSet:           "REDIS_DATABASE_URI_NOT_SET",
		turingerrors.AssistantDallE3NotSupported:      "ASSISTANT_DALL_E_3_NOT_SUPPORTED",
		turingerrors.NotSupported:                     "NOT_SUPPORTED",
	} {
		check(code.Name() == name, "%s", name)
	}
	categories := []turingerrors.TuringErrorCategory{
		turingerrors.CategorySuccess, turingerrors.CategoryOther, turingerrors.CategoryRateLimit,
		turingerrors.CategoryFile, turingerrors.CategoryAssistant, turingerrors.CategoryWorkflow,
		turingerrors.CategoryContentSafety, turingerrors.CategoryAuth, turingerrors.CategoryBilling,
		turingerrors.CategoryCommon,
	}
	for i, k := range turingerrors.TuringErrorCategories() {
		check(k == categories[i], "category %d is %s", i, categories[i])
	}
	e := turingerrors.TuringError{Code: 1124, Message: "m", TraceID: "t-1"}
	check(e.Error() == "m (HTTP_TIMEOUT_ERROR, code 1124), trace id t-1", "TuringError.Error: %q", e.Error())

	limited, err := turingerrors.ParseTuringErrorResponse(429, []byte(`{"code": 1104, "message": "m", "trace_id": null}`))
	check(err == nil, "1104 parses: %v", err)
	wrapped := fmt.Errorf("calling the API: %w", limited)
	var target *turingerrors.TuringError
	check(errors.As(wrapped, &target) && target.Code == 1104 && target.HTTPStatus == 429, "errors.As finds 1104")
	check(turingerrors.CategoryRateLimit.Matches(wrapped) && !turingerrors.CategoryOther.Matches(wrapped), "1104 is a rate-limit error")
	check(target.Retryable() && target.DocsURL() == "https://platform.turing.example/api-guides/reliability/error-codes#1104", "1104's facts")
	var info turingerrors.TuringErrorInfo = turingerrors.HTTPTimeoutError.Info()
	check(info.Name == "HTTP_TIMEOUT_ERROR" && info.HTTPStatus == 408 && info.Category == turingerrors.CategoryRateLimit, "TuringErrorInfo")
}
