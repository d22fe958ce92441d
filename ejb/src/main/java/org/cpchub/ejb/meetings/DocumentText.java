package org.cpchub.ejb.meetings;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.cpchub.domain.meetings.DocumentType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * The words of an uploaded report, for the search: PDF text by PDFBox, Word text from the document's XML runs,
 * Excel cell text by the streaming reader. Extraction never stops an upload: a file whose text cannot be read
 * is still published, it is just not found by its contents.
 */
public final class DocumentText {
    /** Enough for a long report; the index keeps the words, the snippet only needs the beginning. */
    static final int MAX_CHARS = 2_000_000;
    private static final Logger LOG = Logger.getLogger(DocumentText.class.getName());

    private DocumentText() {
    }

    public static String extract(DocumentType type, byte[] content) {
        try {
            String text = switch (type) {
                case PDF -> pdf(content);
                case DOCX -> word(content);
                case XLSX -> excel(content);
            };
            text = text.replaceAll("[\\s\\u00a0]+", " ").strip();
            return text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
        } catch (IOException | XMLStreamException | RuntimeException e) {
            LOG.log(Level.WARNING, "The text of a " + type + " file could not be extracted for the search", e);
            return "";
        }
    }

    private static String pdf(byte[] content) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(content)) {
            return new PDFTextStripper().getText(pdf);
        }
    }

    /** A .docx is a ZIP whose word/document.xml holds the text in w:t runs, paragraphs in w:p. */
    private static String word(byte[] content) throws IOException, XMLStreamException {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.getName().equals("word/document.xml")) {
                    return wordXml(zip);
                }
            }
        }
        return "";
    }

    private static String wordXml(InputStream xml) throws XMLStreamException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        // no DTDs or external entities from an uploaded file
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        XMLStreamReader r = factory.createXMLStreamReader(xml);
        StringBuilder text = new StringBuilder();
        boolean inText = false;
        while (r.hasNext() && text.length() < MAX_CHARS) {
            int event = r.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                inText = r.getLocalName().equals("t");
                if (r.getLocalName().equals("tab")) {
                    text.append(' ');
                }
            } else if (event == XMLStreamConstants.CHARACTERS && inText) {
                text.append(r.getText());
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                inText = false;
                if (r.getLocalName().equals("p")) {
                    text.append('\n');
                }
            }
        }
        return text.toString();
    }

    private static String excel(byte[] content) throws IOException {
        StringBuilder text = new StringBuilder();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(content))) {
            for (Sheet sheet : workbook.getSheets().toList()) {
                text.append(sheet.getName()).append('\n');
                try (var rows = sheet.openStream()) {
                    for (Row row : (Iterable<Row>) rows::iterator) {
                        row.forEach(cell -> {
                            if (cell != null && cell.getRawValue() != null) {
                                text.append(cell.getText()).append(' ');
                            }
                        });
                        text.append('\n');
                        if (text.length() > MAX_CHARS) {
                            return text.toString();
                        }
                    }
                }
            }
        }
        return text.toString();
    }
}
