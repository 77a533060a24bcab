package io.newsroom.schemas;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Derives the stable article id. The same story from the same source always gets the same id, whichever
 * version or however often it is sent, so every version lands in one partition and the store upserts it.
 */
public final class ArticleIds {

    private ArticleIds() {
    }

    /** Id from the source and its own item id, or from the canonical URL when the source gives no id. */
    public static String derive(String source, String sourceId, String url) {
        String itemKey = sourceId != null && !sourceId.isBlank() ? "id:" + sourceId.strip() : "url:" + canonicalUrl(url);
        byte[] digest = Sha256.of(source.strip().toLowerCase(Locale.ROOT) + '\u0000' + itemKey);
        return HexFormat.of().formatHex(digest, 0, 16);
    }

    /**
     * Query parameters that only track how a reader arrived (campaign, click and mail ids): they never identify
     * the story, so they are dropped. Any parameter starting with {@code utm_} is dropped too.
     */
    public static final java.util.Set<String> TRACKING_PARAMETERS = java.util.Set.of(
            "fbclid", "gclid", "dclid", "gbraid", "wbraid", "msclkid", "yclid", "twclid", "ttclid", "li_fat_id",
            "mc_cid", "mc_eid", "_ga", "_gl", "igshid", "mkt_tok", "oly_anon_id", "oly_enc_id", "_hsenc", "_hsmi",
            "vero_id", "rb_clickid", "s_cid", "ncid", "cmpid", "ocid", "at_medium", "at_campaign");

    /**
     * Lower-cases scheme and host, drops the default port, the fragment, a trailing slash and tracking parameters
     * ({@link #TRACKING_PARAMETERS}, {@code utm_*}), so trivially different spellings of one URL give one id.
     * Other query parameters are kept as given, in their order.
     */
    public static String canonicalUrl(String url) {
        try {
            // Not URI.normalize(): besides removing "." and ".." segments it collapses "//" in the path, which changes
            // the resource (an archive link such as /web/2020/https://news.example/x). Ids of URLs without "//" in
            // their path are the same as before.
            URI uri = new URI(url.strip());
            String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
            String host = uri.getHost() == null ? null : uri.getHost().toLowerCase(Locale.ROOT);
            int port = isDefaultPort(scheme, uri.getPort()) ? -1 : uri.getPort();
            String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : removeDotSegments(uri.getRawPath());
            if (path.length() > 1 && path.endsWith("/")) {
                path = path.substring(0, path.length() - 1);
            }
            StringBuilder out = new StringBuilder().append(scheme).append("://").append(host);
            if (port != -1) {
                out.append(':').append(port);
            }
            out.append(path);
            String query = withoutTracking(uri.getRawQuery());
            if (query != null) {
                out.append('?').append(query);
            }
            return out.toString();
        } catch (URISyntaxException e) {
            return url.strip();
        }
    }

    /** RFC 3986 section 5.2.4: "." and ".." segments resolved, every other segment (empty ones too) kept. */
    static String removeDotSegments(String path) {
        if (!path.contains(".")) {
            return path;
        }
        java.util.Deque<String> out = new java.util.ArrayDeque<>();
        String[] segments = path.split("/", -1);
        for (int i = 0; i < segments.length; i++) {
            String segment = segments[i];
            boolean last = i == segments.length - 1;
            if (segment.equals(".")) {
                if (last) {
                    out.addLast("");
                }
            } else if (segment.equals("..")) {
                if (out.size() > 1) {
                    out.removeLast();
                }
                if (last) {
                    out.addLast("");
                }
            } else {
                out.addLast(segment);
            }
        }
        String joined = String.join("/", out);
        return joined.startsWith("/") || !path.startsWith("/") ? joined : "/" + joined;
    }

    private static String withoutTracking(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return null;
        }
        StringBuilder kept = new StringBuilder();
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = (eq < 0 ? pair : pair.substring(0, eq)).toLowerCase(Locale.ROOT);
            if (name.startsWith("utm_") || TRACKING_PARAMETERS.contains(name)) {
                continue;
            }
            if (kept.length() > 0) {
                kept.append('&');
            }
            kept.append(pair);
        }
        return kept.length() == 0 ? null : kept.toString();
    }

    private static boolean isDefaultPort(String scheme, int port) {
        return port == -1 || ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
    }
}
