package dev.hotseat.web;

import io.javalin.http.Context;
import java.net.URI;
import java.util.Locale;

/**
 * Only our own pages may act through a browser: the chat socket's upgrade and every request that changes something
 * ({@link #checkRequest}). Browsers send {@code Origin} on a socket upgrade and on every POST, PUT and DELETE, and
 * {@code Sec-Fetch-Site} on all of them, so a page elsewhere (another port of the same host, a sibling subdomain,
 * which {@code SameSite=Strict} counts as the same site) cannot use a learner's or coach's cookie; scripts and tests
 * send neither and are let in. The {@code Host} must be one of ours too ({@link AllowedHosts}), so a rebinding page
 * cannot pass as same-origin.
 */
final class OriginCheck {
    private final AllowedHosts hosts;

    OriginCheck(AllowedHosts hosts) {
        this.hosts = hosts;
    }

    /** Refuses the socket upgrade when the Host is not ours or the Origin names another site. */
    void check(Context ctx) {
        hosts.check(ctx);
        refuseForeignOrigin(ctx, "open the chat socket of");
    }

    /**
     * Refuses a request that changes something when the browser says it comes from another site or origin
     * ({@code Sec-Fetch-Site} other than same-origin or none, or an {@code Origin} of another host).
     */
    void checkRequest(Context ctx) {
        String site = ctx.header("Sec-Fetch-Site");
        if (site != null && !site.equalsIgnoreCase("same-origin") && !site.equalsIgnoreCase("none")) {
            throw new CrossOriginException("a page on a " + site + " origin", "change anything on",
                    String.valueOf(ctx.header("Host")));
        }
        refuseForeignOrigin(ctx, "change anything on");
    }

    /** An Origin, when given, must name the host the request was sent to or the public URL (a proxy may rewrite Host). */
    private void refuseForeignOrigin(Context ctx, String what) {
        String origin = ctx.header("Origin");
        if (origin == null) {
            return;
        }
        String host = String.valueOf(ctx.header("Host")).toLowerCase(Locale.ROOT);
        String from = authority(origin);
        boolean sameHost = !from.isEmpty() && from.equals(host);
        boolean publicPage = !from.isEmpty() && from.equals(hosts.publicOrigin());
        if (!sameHost && !publicPage) {
            throw new CrossOriginException("Origin '" + origin + "'", what, host);
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
