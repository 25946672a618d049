#pragma once

namespace folio::spec {

// The JSON Schema (draft 2020-12) of format v1, schema/folio.schema.json as built in: for
// editors that complete keys, and for `folio schema`. The parser is the authority; the test
// suite checks the two against each other.
const char* format_schema();

}  // namespace folio::spec
