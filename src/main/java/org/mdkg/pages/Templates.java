package org.mdkg.pages;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.nio.charset.StandardCharsets;

/**
 * The page templates ({@code src/main/jte}), compiled to Java classes by the build (jte-maven-plugin): nothing is
 * compiled at run time, and a template that does not type-check fails the build.
 */
final class Templates {
    private final TemplateEngine engine = TemplateEngine.createPrecompiled(ContentType.Html);

    /** {@code name}.jte rendered with {@code model} as its one parameter, as UTF-8 bytes. */
    byte[] render(String name, Object model) {
        StringOutput out = new StringOutput();
        engine.render(name + ".jte", model, out);
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }
}
