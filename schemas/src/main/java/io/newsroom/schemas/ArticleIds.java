package io.newsroom.schemas;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
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
        byte[] digest = sha256(source.strip().toLowerCase(Locale.ROOT) + '\u0000' + itemKey);
        return HexFormat.of().formatHex(digest, 0, 16);
    }

    /**
     * Lower-cases scheme and host, drops the default port, the fragment and a trailing slash, so trivially
     * different spellings of one URL give one id. Query parameters are kept as given.
     */
    public static String canonicalUrl(String url) {
        try {
            URI uri = new URI(url.strip()).normalize();
            String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
            String host = uri.getHost() == null ? null : uri.getHost().toLowerCase(Locale.ROOT);
            int port = isDefaultPort(scheme, uri.getPort()) ? -1 : uri.getPort();
            String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            if (path.length() > 1 && path.endsWith("/")) {
                path = path.substring(0, path.length() - 1);
            }
            StringBuilder out = new StringBuilder().append(scheme).append("://").append(host);
            if (port != -1) {
                out.append(':').append(port);
            }
            out.append(path);
            if (uri.getRawQuery() != null) {
                out.append('?').append(uri.getRawQuery());
            }
            return out.toString();
        } catch (URISyntaxException e) {
            return url.strip();
        }
    }

    private static boolean isDefaultPort(String scheme, int port) {
        return port == -1 || ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
