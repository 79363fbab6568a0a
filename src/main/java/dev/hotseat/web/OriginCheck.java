package dev.hotseat.web;

import io.javalin.http.Context;
import java.net.URI;
import java.util.Locale;

/**
 * The chat socket is same-origin only. Browsers always send {@code Origin} on a WebSocket upgrade, so a page on
 * another site cannot drive a learner's chat through their browser; scripts and tests send no Origin and are let in.
 * The {@code Host} must be one of ours too ({@link AllowedHosts}), so a rebinding page cannot pass as same-origin.
 */
final class OriginCheck {
    private final AllowedHosts hosts;

    OriginCheck(AllowedHosts hosts) {
        this.hosts = hosts;
    }

    /**
     * Refuses the upgrade when the Host is not ours, or an Origin is given that names neither the host the request
     * was sent to nor the public URL (a proxy in front may rewrite Host).
     */
    void check(Context ctx) {
        hosts.check(ctx);
        String origin = ctx.header("Origin");
        if (origin == null) {
            return;
        }
        String host = String.valueOf(ctx.header("Host")).toLowerCase(Locale.ROOT);
        String from = authority(origin);
        boolean sameHost = from.equals(host);
        boolean publicPage = !from.isEmpty() && from.equals(hosts.publicOrigin());
        if (!sameHost && !publicPage) {
            throw new CrossOriginException(origin, host);
        }
    }

    /** "http://Example.org:80" → "example.org", "https://a:8443" → "a:8443"; anything unparsable → "". */
    static String authority(String origin) {
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
