package dev.redcarpet.corpus.web;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** One spelling per page: lower-case scheme and host, no default port, no fragment, no utm_* tracking parameters. */
final class UrlForm {
    private UrlForm() {
    }

    static String canonical(URI u) {
        String scheme = u.getScheme() == null ? "http" : u.getScheme().toLowerCase(Locale.ROOT);
        String host = u.getHost() == null ? "" : u.getHost().toLowerCase(Locale.ROOT);
        int port = u.getPort();
        if ((scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443)) port = -1;
        String path = u.getRawPath() == null || u.getRawPath().isEmpty() ? "/" : u.getRawPath();
        String query = u.getRawQuery();
        if (query != null) {
            List<String> kept = new ArrayList<>();
            for (String part : query.split("&")) {
                String name = part.split("=", 2)[0].toLowerCase(Locale.ROOT);
                if (!name.startsWith("utm_") && !name.isEmpty()) kept.add(part);
            }
            query = kept.isEmpty() ? null : String.join("&", kept);
        }
        String out = scheme + "://" + host + (port == -1 ? "" : ":" + port) + path + (query == null ? "" : "?" + query);
        try {
            return new URI(out).normalize().toString();
        } catch (URISyntaxException e) {
            return out;
        }
    }
}
