package io.newsroom.ingest.mapping.feed;

import java.net.IDN;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Makes a feed's link an absolute http(s) URI while keeping it as written otherwise (fragment, trailing slash,
 * {@code //} in the path, query order): a relative link is resolved against its base ({@code xml:base}, else the
 * feed's own link), and an IRI is percent-encoded (UTF-8) with an internationalised host in its ASCII (punycode)
 * form, as RFC 3987 maps IRIs to URIs. Characters that are legal in a URI are never touched, and existing
 * {@code %XX} escapes are kept, so a link that already is a URI comes out unchanged.
 */
final class Links {

    private Links() {
    }

    /** The absolute http(s) URI of {@code href}, or null when it has none (mailto:, urn:, relative without base…). */
    static String absolute(String href, String base) {
        if (href == null || href.isBlank()) {
            return null;
        }
        String link = toUri(href.strip());
        if (link == null) {
            return null;
        }
        if (isHttp(link)) {
            return link;
        }
        if (scheme(link) != null) {
            return null;
        }
        String resolvedBase = base == null ? null : toUri(base.strip());
        if (resolvedBase == null || !isHttp(resolvedBase)) {
            return null;
        }
        try {
            URI baseUri = new URI(resolvedBase);
            if (baseUri.getRawPath() == null || baseUri.getRawPath().isEmpty()) {
                // URI.resolve would glue "x" to "http://host" as "http://hostx": RFC 3986 (5.2.3) says "/x".
                baseUri = new URI(resolvedBase.replaceFirst("^([^:]+://[^/?#]*)", "$1/"));
            }
            String resolved = baseUri.resolve(new URI(link)).toString();
            return isHttp(resolved) ? resolved : null;
        } catch (URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }

    /** Resolves a base against an outer base (nested xml:base); an unresolvable one is dropped (null). */
    static String base(String xmlBase, String outer) {
        if (xmlBase == null || xmlBase.isBlank()) {
            return outer;
        }
        String own = toUri(xmlBase.strip());
        if (own != null && isHttp(own)) {
            return own;
        }
        return absolute(xmlBase, outer);
    }

    static boolean isHttp(String uri) {
        String lower = uri.toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://");
    }

    /** The IRI as a URI: host to punycode, everything else outside URI syntax percent-encoded; null if not a URI. */
    static String toUri(String iri) {
        String text = iri;
        String scheme = scheme(text);
        int authorityStart = scheme == null ? (text.startsWith("//") ? 2 : -1) : text.startsWith("//", scheme.length() + 1)
                ? scheme.length() + 3 : -1;
        if (authorityStart >= 0) {
            int end = authorityStart;
            while (end < text.length() && "/?#".indexOf(text.charAt(end)) < 0) {
                end++;
            }
            String authority = text.substring(authorityStart, end);
            int at = authority.lastIndexOf('@');
            int portColon = authority.lastIndexOf(':');
            String host = authority.substring(at + 1, portColon > at && !authority.endsWith("]") ? portColon : authority.length());
            if (!isAscii(host)) {
                try {
                    String ascii = IDN.toASCII(host, IDN.ALLOW_UNASSIGNED);
                    authority = authority.substring(0, at + 1) + ascii + authority.substring(at + 1 + host.length());
                } catch (IllegalArgumentException e) {
                    return null;
                }
            }
            text = text.substring(0, authorityStart) + authority + text.substring(end);
        }
        String encoded = percentEncode(text);
        try {
            new URI(encoded);
            return encoded;
        } catch (URISyntaxException e) {
            return null;
        }
    }

    private static String percentEncode(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean fragment = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '#' && !fragment) {
                fragment = true;
                out.append('#');
            } else if (cp == '%' && i + 1 < text.length() + 1 && i + 2 <= text.length()
                    && isHex(text.charAt(i)) && isHex(text.charAt(i + 1))) {
                out.append('%');
            } else if (cp > 0x20 && cp < 0x7F && "\"<>\\^`{|}%".indexOf(cp) < 0 && !(cp == '#' && fragment)) {
                out.append((char) cp);
            } else {
                for (byte b : new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8)) {
                    out.append('%').append(String.format("%02X", b & 0xFF));
                }
            }
        }
        return out.toString();
    }

    private static String scheme(String text) {
        int colon = text.indexOf(':');
        if (colon <= 0) {
            return null;
        }
        String candidate = text.substring(0, colon);
        return candidate.matches("[A-Za-z][A-Za-z0-9+.-]*") ? candidate : null;
    }

    private static boolean isHex(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    private static boolean isAscii(String s) {
        return s.chars().allMatch(c -> c < 0x80);
    }
}
