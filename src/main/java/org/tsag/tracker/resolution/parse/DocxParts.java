package org.tsag.tracker.resolution.parse;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.xml.sax.SAXParseException;

/**
 * Says what is wrong with a .docx file that POI cannot open, naming the broken part
 * ("word/footnotes.xml, line 3: ...") rather than passing on an exception without a message.
 */
final class DocxParts {

    static final int MAX_BYTES = 50 * 1024 * 1024;
    private static final long MAX_PART_BYTES = 50L * 1024 * 1024;
    private static final int MAX_PARTS = 1_000;

    private DocxParts() {
    }

    static byte[] bytes(InputStream in) throws ResolutionParseException {
        try {
            byte[] bytes = in.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw new ResolutionParseException("The .docx file is larger than %d MB, far more than any resolution; it was not read."
                        .formatted(MAX_BYTES / 1024 / 1024), 0);
            }
            return bytes;
        } catch (IOException e) {
            throw new ResolutionParseException("The .docx file could not be read: " + describe(e), e);
        }
    }

    /** The first broken XML part, or else the best description of the failure. */
    static String whatIsBroken(byte[] bytes, Throwable failure) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            ZipEntry entry;
            int parts = 0;
            boolean body = false;
            while ((entry = zip.getNextEntry()) != null && parts++ < MAX_PARTS) {
                String name = entry.getName();
                body |= name.equals("word/document.xml");
                if (name.endsWith(".xml") || name.endsWith(".rels")) {
                    String problem = xmlProblem(zip.readNBytes((int) Math.min(MAX_PART_BYTES, Integer.MAX_VALUE - 16)));
                    if (problem != null) {
                        return "The part %s of the .docx file is broken: %s".formatted(name, problem);
                    }
                }
            }
            if (parts == 0) {
                return "The file is not a .docx document (it is not a zip package).";
            }
            if (!body) {
                return "The file is not a Word document: it has no part word/document.xml.";
            }
        } catch (IOException | RuntimeException e) {
            return "The file is not a readable .docx document (its zip package is damaged: %s).".formatted(describe(e));
        }
        return valueProblem(bytes, describe(failure));
    }

    /** POI rejects a value Word would never write ("Invalid integer value: abc"): name the part and line that hold it. */
    private static String valueProblem(byte[] bytes, String problem) {
        int colon = problem.lastIndexOf(": ");
        String value = colon < 0 ? "" : problem.substring(colon + 2).strip();
        if (!value.isEmpty() && value.length() <= 100) {
            try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
                ZipEntry entry;
                int parts = 0;
                while ((entry = zip.getNextEntry()) != null && parts++ < MAX_PARTS) {
                    String xml = new String(zip.readNBytes((int) Math.min(MAX_PART_BYTES, Integer.MAX_VALUE - 16)),
                            java.nio.charset.StandardCharsets.UTF_8);
                    int at = xml.indexOf("\"" + value + "\"");
                    if (at >= 0) {
                        long line = 1 + xml.substring(0, at).chars().filter(c -> c == '\n').count();
                        return "The part %s of the .docx file holds a value Word does not write (line %d): %s"
                                .formatted(entry.getName(), line, problem);
                    }
                }
            } catch (IOException | RuntimeException e) {
                // fall through to the general message
            }
        }
        return "A part of the .docx file could not be read: " + problem;
    }

    private static String xmlProblem(byte[] xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setExpandEntityReferences(false);
            var builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            builder.parse(new ByteArrayInputStream(xml));
            return null;
        } catch (SAXParseException e) {
            return "line %d, column %d: %s".formatted(e.getLineNumber(), e.getColumnNumber(), e.getMessage());
        } catch (ParserConfigurationException | IOException | org.xml.sax.SAXException | RuntimeException e) {
            return describe(e);
        }
    }

    /** Every distinct message along the cause chain, or the exception's kind when none has one. */
    static String describe(Throwable failure) {
        List<String> messages = new ArrayList<>();
        Throwable current = failure;
        for (int depth = 0; current != null && depth < 10; depth++, current = current.getCause()) {
            String message = current instanceof NullPointerException ? null : current.getMessage();
            if (message != null && !message.isBlank() && messages.stream().noneMatch(m -> m.contains(message))) {
                messages.add(message.strip());
            }
        }
        if (messages.isEmpty()) {
            return failure instanceof NullPointerException
                    ? "it refers to a part or definition that is missing"
                    : "unreadable content (" + failure.getClass().getSimpleName() + ")";
        }
        String joined = String.join(": ", messages);
        return joined.length() > 500 ? joined.substring(0, 500) + " ..." : joined;
    }
}
