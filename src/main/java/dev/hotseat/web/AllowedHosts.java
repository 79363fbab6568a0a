package dev.hotseat.web;

import io.javalin.http.Context;
import java.net.URI;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The host names this server answers to: the loopback names (any port), the address it was told to listen on,
 * and the host of {@code --public-url}. A page on another site whose name was re-pointed at this machine (DNS
 * rebinding) sends its own name in {@code Host}, so it is refused, on HTTP and on the socket alike.
 */
final class AllowedHosts {
    private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "[::1]");
    private final Set<String> names = new HashSet<>(LOOPBACK);
    private final String publicOrigin;

    AllowedHosts(String bindHost, String publicUrl) {
        String bound = bindHost.contains(":") ? "[" + bindHost + "]" : bindHost;
        if (!bound.equals("0.0.0.0") && !bound.equals("[::]")) {
            names.add(bound.toLowerCase(Locale.ROOT));
        }
        if (publicUrl.isBlank()) {
            publicOrigin = "";
        } else {
            URI uri = URI.create(publicUrl);
            names.add(uri.getHost().toLowerCase(Locale.ROOT));
            publicOrigin = OriginCheck.authority(publicUrl);
        }
    }

    /** Refuses a request whose {@code Host} is not one of ours. */
    void check(Context ctx) {
        String host = ctx.header("Host");
        if (!allows(host)) {
            throw new ForeignHostException(String.valueOf(host));
        }
    }

    /** True for "localhost:7070", "[::1]:80", "hotseat.example.org" (with that public URL)...; false for null. */
    boolean allows(String hostHeader) {
        return hostHeader != null && names.contains(name(hostHeader.strip().toLowerCase(Locale.ROOT)));
    }

    /** The public URL's origin as "host" or "host:port", or "" when none was given. */
    String publicOrigin() {
        return publicOrigin;
    }

    /** "a:1" → "a", "[::1]:80" → "[::1]", "a" → "a". */
    private static String name(String host) {
        if (host.startsWith("[")) {
            int end = host.indexOf(']');
            return end < 0 ? host : host.substring(0, end + 1);
        }
        int colon = host.indexOf(':');
        return colon < 0 ? host : host.substring(0, colon);
    }
}
