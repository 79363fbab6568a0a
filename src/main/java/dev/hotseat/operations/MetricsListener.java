package dev.hotseat.operations;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/**
 * {@code --metrics-host HOST:PORT}: {@code /metrics} on an address of its own, for a scraper on a private network,
 * with no credential. The main port serves it only to coaches; nothing else is served here.
 */
public final class MetricsListener implements AutoCloseable {
    private final HttpServer server;

    private MetricsListener(HttpServer server) {
        this.server = server;
    }

    /** Listens on {@code hostAndPort} ("10.0.0.5:9100"); port 0 picks a free one. */
    public static MetricsListener start(String hostAndPort, Metrics metrics) {
        int colon = hostAndPort.lastIndexOf(':');
        String host = hostAndPort.substring(0, colon).replace("[", "").replace("]", "");
        int port = Integer.parseInt(hostAndPort.substring(colon + 1));
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(host, port), 16);
            server.createContext("/metrics", exchange -> {
                byte[] body = metrics.scrape().getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", Metrics.CONTENT_TYPE);
                exchange.sendResponseHeaders(200, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            });
            server.start();
            return new MetricsListener(server);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot serve metrics on '" + hostAndPort + "': " + e.getMessage(), e);
        }
    }

    /** The port it listens on. */
    public int port() {
        return server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
