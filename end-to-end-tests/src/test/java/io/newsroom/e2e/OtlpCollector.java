package io.newsroom.e2e;

import com.sun.net.httpserver.HttpServer;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse;
import io.opentelemetry.proto.trace.v1.ResourceSpans;
import io.opentelemetry.proto.trace.v1.ScopeSpans;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * An in-memory trace collector for the packaged services: it answers OTLP over HTTP ({@code POST /v1/traces},
 * protobuf) on an ephemeral loopback port and keeps every span it is sent, with the service that sent it. The services
 * point at it with QUARKUS_OTEL_EXPORTER_OTLP_ENDPOINT and QUARKUS_OTEL_EXPORTER_OTLP_PROTOCOL=http/protobuf.
 */
final class OtlpCollector implements AutoCloseable {

    /**
     * One received span, ids in hex as in a traceparent header; {@code parentSpanId} is empty for a root span, {@code key}
     * the Kafka record's key (the article id) for a messaging span, else empty.
     */
    record ReceivedSpan(String service, String name, String traceId, String spanId, String parentSpanId, String key) {
    }

    private final HttpServer server;
    private final List<ReceivedSpan> spans = new CopyOnWriteArrayList<>();

    OtlpCollector() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/v1/traces", exchange -> {
            try (InputStream body = exchange.getRequestBody()) {
                keep(ExportTraceServiceRequest.parseFrom(body));
                byte[] answer = ExportTraceServiceResponse.getDefaultInstance().toByteArray();
                exchange.getResponseHeaders().add("Content-Type", "application/x-protobuf");
                exchange.sendResponseHeaders(200, answer.length == 0 ? -1 : answer.length);
                exchange.getResponseBody().write(answer);
            } catch (IOException | RuntimeException e) {
                exchange.sendResponseHeaders(400, -1);
            } finally {
                exchange.close();
            }
        });
        server.start();
    }

    String endpoint() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    List<ReceivedSpan> spans() {
        return List.copyOf(spans);
    }

    private void keep(ExportTraceServiceRequest request) {
        HexFormat hex = HexFormat.of();
        for (ResourceSpans resource : request.getResourceSpansList()) {
            String service = resource.getResource().getAttributesList().stream()
                    .filter(attribute -> attribute.getKey().equals("service.name"))
                    .map(attribute -> attribute.getValue().getStringValue()).findFirst().orElse("?");
            for (ScopeSpans scope : resource.getScopeSpansList()) {
                scope.getSpansList().forEach(span -> spans.add(new ReceivedSpan(service, span.getName(),
                        hex.formatHex(span.getTraceId().toByteArray()), hex.formatHex(span.getSpanId().toByteArray()),
                        hex.formatHex(span.getParentSpanId().toByteArray()),
                        span.getAttributesList().stream().filter(a -> a.getKey().equals("messaging.kafka.message.key"))
                                .map(a -> a.getValue().getStringValue()).findFirst().orElse(""))));
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
