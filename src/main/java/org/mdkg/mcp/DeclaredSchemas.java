package org.mdkg.mcp;

import io.modelcontextprotocol.json.schema.JsonSchemaValidator;
import java.util.Map;

/**
 * The SDK's schema validator, for what mdkg's tools need of one: none declares an output schema, so no structured
 * result is ever checked against one; input schemas are those of {@code /api/openapi.json} (whose tests check them),
 * and the arguments are checked where the REST parameters are, by the query's own binding, which names the parameter.
 * The SDK's own validator needs a version of the JSON Schema library other than the one the build uses.
 */
final class DeclaredSchemas implements JsonSchemaValidator {
    @Override
    public ValidationResponse validate(Map<String, Object> schema, Object structuredContent) {
        return ValidationResponse.asInvalid("mdkg's tools declare no output schema");
    }
}
