package org.mdkg.pages;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIs;

/**
 * {@code /labels}: the names and page addresses of the IRIs asked for ({@code iri=…}, repeated; at most
 * {@value #MAX}), as JSON {@code {iri: {label, href}}}, for the result table of the {@code /sparql} page.
 */
final class LabelLookup {
    static final int MAX = 2000;

    private LabelLookup() {}

    static byte[] json(Data data, String[] iris, String lang) {
        Map<String, Map<String, String>> out = new LinkedHashMap<>();
        if (iris != null) {
            data.read(() -> {
                Labels labels = new Labels(data.dataset(), lang);
                for (int i = 0; i < iris.length && i < MAX; i++) {
                    String iri = iris[i];
                    if (isIri(iri)) {
                        Cell c = labels.cell(NodeFactory.createURI(iri));
                        Map<String, String> entry = new LinkedHashMap<>();
                        entry.put("label", c.text());
                        entry.put("href", c.href());
                        out.put(iri, entry);
                    }
                }
                return null;
            });
        }
        return Charts.json(out).getBytes(StandardCharsets.UTF_8);
    }

    private static boolean isIri(String s) {
        try {
            IRIs.checkEx(s);
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }
}
