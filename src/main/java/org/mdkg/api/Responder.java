package org.mdkg.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.mdkg.base.ErrorKind;
import org.mdkg.base.MdkgException;
import org.mdkg.query.QueryRunner;
import org.mdkg.query.ResultPage;
import org.mdkg.vocab.Prefixes;

/** Writes lists (with paging) and single resources in the negotiated format. */
final class Responder {
    private final ObjectMapper json;
    private final QueryRunner runner;
    private final JsonLdContext context;

    Responder(ObjectMapper json, QueryRunner runner, JsonLdContext context) {
        this.json = json;
        this.runner = runner;
        this.context = context;
    }

    /**
     * A page of items with {@code columns}: JSON envelope with total and links, JSON-LD, or CSV; Turtle is refused
     * with 406.
     */
    void list(
            Context ctx,
            ApiFormat format,
            ResultPage page,
            List<Map<String, Object>> items,
            Map<String, ColumnType> columns) {
        Map<String, String> links = PageLinks.apply(ctx, page);
        Map<String, Object> body = new LinkedHashMap<>();
        if (format == ApiFormat.JSON_LD) {
            body.put("@context", context.forList(keys(items), columns));
            body.put("@type", "hydra:Collection");
        }
        body.put("total", page.isTotalKnown() ? page.total() : null);
        body.put("limit", page.page().limit());
        body.put("offset", page.page().offset());
        body.put("links", links);
        body.put("items", items);
        switch (format) {
            case JSON, JSON_LD -> send(ctx, format, body);
            case CSV ->
                ctx.contentType("text/csv; charset=utf-8")
                        .result(CsvTable.of(items).text());
            case TURTLE ->
                throw MdkgException.forParameter(
                        ErrorKind.NOT_ACCEPTABLE,
                        "format",
                        "Turtle is offered for single resources only; lists come as JSON, JSON-LD or CSV.");
        }
    }

    /** One resource with {@code columns}: JSON, JSON-LD, a one-row CSV of its plain fields, or Turtle of its triples. */
    void one(Context ctx, ApiFormat format, Map<String, Object> body, Node subject, Map<String, ColumnType> columns) {
        switch (format) {
            case JSON -> send(ctx, format, body);
            case JSON_LD -> {
                Map<String, Object> ld = new LinkedHashMap<>();
                ld.put("@context", context.forResource(body.keySet(), columns));
                ld.putAll(body);
                send(ctx, format, ld);
            }
            case CSV ->
                ctx.contentType("text/csv; charset=utf-8")
                        .result(CsvTable.of(List.of(body)).text());
            case TURTLE -> {
                Graph g = runner.describe(subject);
                g.getPrefixMapping().setNsPrefixes(Prefixes.map());
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                RDFDataMgr.write(out, g, RDFFormat.TURTLE_PRETTY);
                ctx.contentType("text/turtle; charset=utf-8").result(out.toByteArray());
            }
        }
    }

    private static Set<String> keys(List<Map<String, Object>> items) {
        Set<String> keys = new LinkedHashSet<>();
        items.forEach(i -> keys.addAll(i.keySet()));
        return keys;
    }

    private void send(Context ctx, ApiFormat format, Map<String, Object> body) {
        try {
            ctx.contentType(format.mediaType() + "; charset=utf-8").result(json.writeValueAsBytes(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }
}
