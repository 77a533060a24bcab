package io.newsroom.ingest.mapping.feed;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Repairs the two prolog habits of real feeds that XML itself refuses but that carry no risk, before {@link SafeXml}
 * parses the bytes: whitespace (blank lines) before the {@code <?xml} declaration is dropped, and a DOCTYPE that
 * only names an external DTD (Netscape RSS 0.91's public identifier, say) is blanked out, byte for byte, so line
 * and column numbers stay true. Nothing is ever loaded. A DOCTYPE with an internal subset ({@code [ … ]}: entity
 * declarations) is left alone, so the parser still refuses it. Only ASCII-compatible encodings are repaired
 * (UTF-8, ISO-8859-x, windows-125x): a UTF-16 document is passed through as it is.
 */
final class XmlProlog {

    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    /**
     * An optional XML declaration, comments or processing instructions, then a DOCTYPE with a name and at most an
     * external id: no '[' anywhere in it, so no internal subset, no entity declaration.
     */
    private static final Pattern EXTERNAL_DOCTYPE = Pattern.compile(
            "\\A(?:<\\?xml[^>]*\\?>)?(?:\\s+|<!--(?:(?!-->).)*-->|<\\?(?:(?!\\?>).)*\\?>)*"
                    + "(<!DOCTYPE\\s+[^\\s\\[>]+(?:\\s+(?:PUBLIC\\s+(?:\"[^\"]*\"|'[^']*')\\s*(?:\"[^\"]*\"|'[^']*')?"
                    + "|SYSTEM\\s+(?:\"[^\"]*\"|'[^']*')))?\\s*>)",
            Pattern.DOTALL);

    private XmlProlog() {
    }

    static byte[] repair(byte[] xml) {
        int start = startsWith(xml, UTF8_BOM, 0) ? UTF8_BOM.length : 0;
        int first = start;
        while (first < xml.length && isXmlSpace(xml[first])) {
            first++;
        }
        byte[] out = xml;
        if (first > start && startsWith(xml, "<?xml".getBytes(StandardCharsets.US_ASCII), first)) {
            // "<?xml" must be the very first thing; leading blank lines are a copy-and-paste habit, not content.
            out = new byte[xml.length - (first - start)];
            System.arraycopy(xml, 0, out, 0, start);
            System.arraycopy(xml, first, out, start, xml.length - first);
        }
        return blankExternalDoctype(out, start);
    }

    private static byte[] blankExternalDoctype(byte[] xml, int start) {
        // ISO-8859-1 maps each byte to one char, so a match's char offsets are byte offsets.
        int window = Math.min(xml.length - start, 4096);
        String head = new String(xml, start, window, StandardCharsets.ISO_8859_1);
        if (!head.contains("<!DOCTYPE")) {
            return xml;
        }
        Matcher m = EXTERNAL_DOCTYPE.matcher(head);
        if (!m.find()) {
            return xml;
        }
        byte[] out = xml.clone();
        Arrays.fill(out, start + m.start(1), start + m.end(1), (byte) ' ');
        // Keep the line breaks, so the parser's line numbers still point at the right line.
        for (int i = m.start(1); i < m.end(1); i++) {
            if (xml[start + i] == '\n' || xml[start + i] == '\r') {
                out[start + i] = xml[start + i];
            }
        }
        return out;
    }

    private static boolean isXmlSpace(byte b) {
        return b == ' ' || b == '\t' || b == '\n' || b == '\r';
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix, int at) {
        if (bytes.length - at < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[at + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
