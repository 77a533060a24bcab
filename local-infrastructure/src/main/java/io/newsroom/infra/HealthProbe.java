package io.newsroom.infra;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterResult;
import org.apache.kafka.common.Node;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Asks the broker and the database themselves whether they serve, for {@code ./newsroom status}: a live launcher
 * JVM says nothing about the postgres server it started, nor whether the broker answers requests.
 * <p>
 * {@code HealthProbe kafka <bootstrap> [postgres <jdbc-url> <user>]} (either or both, password in
 * {@code NEWSROOM_PROBE_PASSWORD} so it never shows in the process list) prints one line per check,
 * {@code kafka UP <detail>} or {@code postgres DOWN <reason>}, and exits 1 when any check is down.
 */
public final class HealthProbe {

    /** Short enough for a status command, long enough for a busy 2-core machine. */
    private static final int TIMEOUT_SECONDS = 3;

    /** What a check found: UP with what answered, or DOWN with why. */
    public record Health(boolean up, String detail) {
        @Override
        public String toString() {
            return (up ? "UP " : "DOWN ") + detail;
        }
    }

    private HealthProbe() {
    }

    public static void main(String[] args) {
        boolean allUp = true;
        int i = 0;
        while (i < args.length) {
            String name = args[i];
            Health health;
            if (name.equals("kafka") && i + 1 < args.length) {
                health = kafka(args[i + 1]);
                i += 2;
            } else if (name.equals("postgres") && i + 2 < args.length) {
                health = postgres(args[i + 1], args[i + 2], System.getenv().getOrDefault("NEWSROOM_PROBE_PASSWORD", ""));
                i += 3;
            } else {
                System.err.println("usage: HealthProbe [kafka <bootstrap>] [postgres <jdbc-url> <user>]");
                System.exit(2);
                return;
            }
            System.out.println(name + " " + health);
            allUp &= health.up();
        }
        System.exit(allUp ? 0 : 1);
    }

    /** The broker answers a cluster description with at least one broker and a known controller. */
    public static Health kafka(String bootstrapServers) {
        Map<String, Object> config = Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, TIMEOUT_SECONDS * 1000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, TIMEOUT_SECONDS * 1000,
                AdminClientConfig.SOCKET_CONNECTION_SETUP_TIMEOUT_MS_CONFIG, 1000,
                AdminClientConfig.SOCKET_CONNECTION_SETUP_TIMEOUT_MAX_MS_CONFIG, 1000);
        try (Admin admin = Admin.create(config)) {
            DescribeClusterResult cluster = admin.describeCluster();
            Collection<Node> nodes = cluster.nodes().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            Node controller = cluster.controller().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            if (nodes.isEmpty()) {
                return new Health(false, "broker answers but reports no live broker");
            }
            String controllerText = controller == null || controller.isEmpty() ? "no controller" : "controller " + controller.id();
            return new Health(true, "answers: " + nodes.size() + " broker(s), " + controllerText);
        } catch (TimeoutException e) {
            return new Health(false, "no answer from " + bootstrapServers + " within " + TIMEOUT_SECONDS + " s");
        } catch (ExecutionException e) {
            return new Health(false, "refused: " + e.getCause().getClass().getSimpleName() + ": " + e.getCause().getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Health(false, "interrupted");
        }
    }

    /** The server accepts a connection and answers a query, not merely that its process exists. */
    public static Health postgres(String jdbcUrl, String user, String password) {
        String url = jdbcUrl + (jdbcUrl.contains("?") ? "&" : "?")
                + "connectTimeout=" + TIMEOUT_SECONDS + "&socketTimeout=" + TIMEOUT_SECONDS + "&loginTimeout=" + TIMEOUT_SECONDS;
        try (Connection c = DriverManager.getConnection(url, user, password);
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT current_setting('server_version')")) {
            rs.next();
            return new Health(true, "answers a query (PostgreSQL " + rs.getString(1) + ")");
        } catch (SQLException e) {
            return new Health(false, "no answer: " + e.getMessage().lines().findFirst().orElse(e.getClass().getSimpleName()));
        }
    }
}
