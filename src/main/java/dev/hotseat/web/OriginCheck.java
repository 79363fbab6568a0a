package dev.hotseat.web;

import io.javalin.http.Context;
import java.net.URI;
import java.util.Locale;

/**
 * The chat socket is same-origin only. Browsers always send {@code Origin} on a WebSocket upgrade, so a page on
 * another site cannot drive a learner's chat through their browser; scripts and tests send no Origin and are let in.
 */
final class OriginCheck {
    private OriginCheck() {
    }

    /** Refuses the upgrade when an Origin is given and does not name the host the request was sent to. */
    static void check(Context ctx) {
        String origin = ctx.header("Origin");
        if (origin == null) {
            return;
        }
        String host = String.valueOf(ctx.header("Host"));
        if (!authority(origin).equals(host.toLowerCase(Locale.ROOT))) {
            throw new CrossOriginException(origin, host);
        }
    }

    /** "http://Example.org:80" → "example.org", "https://a:8443" → "a:8443"; anything unparsable → "". */
    private static String authority(String origin) {
        try {
            URI uri = new URI(origin);
            String scheme = String.valueOf(uri.getScheme()).toLowerCase(Locale.ROOT);
            if (uri.getHost() == null || !(scheme.equals("http") || scheme.equals("https"))) {
                return "";
            }
            int port = uri.getPort();
            boolean defaultPort = port == -1 || (scheme.equals("http") && port == 80)
                    || (scheme.equals("https") && port == 443);
            return uri.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port);
        } catch (java.net.URISyntaxException e) {
            return "";
        }
    }
}
