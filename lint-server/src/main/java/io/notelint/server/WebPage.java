package io.notelint.server;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/** The editor page's files and the OpenAPI document, served from the jar (no CDN: it works offline). */
final class WebPage {

    private static final String FOLDER = "/io/notelint/server/web/";
    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8",
            "css", "text/css; charset=utf-8",
            "js", "text/javascript; charset=utf-8",
            "json", "application/json; charset=utf-8");

    private WebPage() {
    }

    static void serve(Context ctx, String name) {
        try (InputStream in = WebPage.class.getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            String ext = name.substring(name.lastIndexOf('.') + 1);
            ctx.contentType(TYPES.get(ext)).result(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }
}
