package org.mdkg.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mdkg.load.InvalidInputException;
import org.mdkg.load.ParsedFile;
import org.mdkg.load.RdfFileParser;
import org.mdkg.write.Canary;

/**
 * The command-line load reads RDF/XML and JSON-LD files; parsing them must never fetch an external entity or a
 * remote JSON-LD context (CVE-2021-39239 style XXE, remote @context SSRF).
 */
class ExternalFetchTest {
    @TempDir
    Path tmp;

    @Test
    void rdf_xml_external_entities_are_not_fetched_or_expanded() throws Exception {
        try (Canary canary = new Canary()) {
            Path file = Files.writeString(
                    tmp.resolve("xxe.rdf"),
                    "<?xml version=\"1.0\"?>"
                            + "<!DOCTYPE r [<!ENTITY x SYSTEM \"" + canary.url("/xxe")
                            + "\"><!ENTITY f SYSTEM \"file:///etc/hostname\">]>"
                            + "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" xmlns:e=\"https://ex/\">"
                            + "<rdf:Description rdf:about=\"https://ex/a\"><e:p>&x;</e:p><e:q>&f;</e:q></rdf:Description></rdf:RDF>");
            String content = parseQuietly(file);
            assertEquals(0, canary.hits());
            String host = Files.exists(Path.of("/etc/hostname"))
                    ? Files.readString(Path.of("/etc/hostname")).trim()
                    : "";
            assertFalse(!host.isEmpty() && content.contains(host), "file content leaked into the data: " + content);
        }
    }

    @Test
    void json_ld_remote_contexts_are_not_fetched() throws Exception {
        try (Canary canary = new Canary()) {
            Path file = Files.writeString(
                    tmp.resolve("remote.jsonld"),
                    "{\"@context\": \"" + canary.url("/ctx") + "\", \"@id\": \"https://ex/a\", \"p\": \"v\"}");
            parseQuietly(file);
            assertEquals(0, canary.hits());
        }
    }

    private static String parseQuietly(Path file) {
        try {
            ParsedFile parsed = RdfFileParser.parse(file, file.getFileName().toString());
            StringBuilder all = new StringBuilder();
            parsed.content().find().forEachRemaining(q -> all.append(q).append('\n'));
            return all.toString();
        } catch (InvalidInputException refused) {
            return "";
        }
    }
}
