package io.newsroom.ingest.mapping.feed;

import io.newsroom.ingest.problem.InvalidArticleException;
import org.w3c.dom.Document;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import java.io.ByteArrayInputStream;
import java.io.IOException;

/**
 * Parses untrusted XML safely: a DOCTYPE with an internal subset (entity declarations) is refused, so no external
 * entity (file or URL read, SSRF) and no entity expansion ("billion laughs") can happen; a DOCTYPE that only names
 * an external DTD, and blank lines before the XML declaration, are repaired first ({@link XmlProlog}), never
 * loaded; XInclude and external schemas are off too. The encoding
 * comes from the document's XML declaration or byte order mark, as XML defines. Elements nested deeper than
 * {@link #MAX_DEPTH} are refused while parsing: the DOM-to-JDOM conversion ROME does next recurses once per level,
 * and thousands of levels overflow the stack (an error, not a client's fault to answer 500 for).
 */
public final class SafeXml {

    private static final ErrorHandler THROWING = new ErrorHandler() {
        @Override
        public void warning(SAXParseException e) {
        }

        @Override
        public void error(SAXParseException e) throws SAXException {
            throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            throw e;
        }
    };

    /** Deepest element nesting accepted; real RSS/Atom, even with XHTML content, needs about 20. */
    public static final int MAX_DEPTH = 100;

    /** The JDK parser's own depth limit (JAXP), checked while scanning, before any tree is built. */
    private static final String MAX_ELEMENT_DEPTH = "jdk.xml.maxElementDepth";

    private SafeXml() {
    }

    public static Document parse(byte[] xml) {
        try {
            DocumentBuilder builder = factory().newDocumentBuilder();
            builder.setErrorHandler(THROWING);
            builder.setEntityResolver((publicId, systemId) -> {
                throw new SAXException("external entities are not allowed");
            });
            return builder.parse(new InputSource(new ByteArrayInputStream(XmlProlog.repair(xml))));
        } catch (SAXParseException e) {
            String message = String.valueOf(e.getMessage());
            if (message.contains("maxElementDepth")) {
                throw InvalidArticleException.of(400, "malformed-xml", "Malformed XML",
                        "Elements are nested deeper than the limit of " + MAX_DEPTH + " levels (line " + e.getLineNumber()
                                + ", column " + e.getColumnNumber() + "); feeds need far fewer.");
            }
            if (message.contains("DOCTYPE")) {
                throw InvalidArticleException.of(400, "xml-doctype-forbidden", "DOCTYPE not allowed",
                        "XML with a DOCTYPE, entity declarations or external entities is refused (line "
                                + e.getLineNumber() + "): send the feed without a DOCTYPE.");
            }
            throw InvalidArticleException.of(400, "malformed-xml", "Malformed XML",
                    message + " (line " + e.getLineNumber() + ", column " + e.getColumnNumber() + ")");
        } catch (SAXException | IOException e) {
            throw InvalidArticleException.of(400, "malformed-xml", "Malformed XML", String.valueOf(e.getMessage()));
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("The XML parser cannot be hardened", e);
        }
    }

    private static DocumentBuilderFactory factory() throws ParserConfigurationException {
        // The JDK's own parser, whatever else is on the class path: the depth limit below is its attribute.
        DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
        factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        factory.setAttribute(MAX_ELEMENT_DEPTH, String.valueOf(MAX_DEPTH));
        return factory;
    }
}
