package org.cpchub.domain.meetings;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The file types a report or appendix may be, recognised by their content (not their name): a PDF starts
 * with "%PDF-"; Word and Excel files are ZIP packages holding word/document.xml or xl/workbook.xml.
 */
public enum DocumentType {
    PDF("application/pdf", "pdf"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

    /** The largest file accepted: 20 MB. */
    public static final long MAX_BYTES = 20L * 1024 * 1024;

    private final String mediaType;
    private final String extension;

    DocumentType(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String getMediaType() {
        return mediaType;
    }

    public String getExtension() {
        return extension;
    }

    /** The type a file name declares by its extension. */
    public static Optional<DocumentType> declaredBy(String fileName) {
        if (fileName == null || !fileName.contains(".")) {
            return Optional.empty();
        }
        String ext = fileName.substring(fileName.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(t -> t.extension.equals(ext)).findFirst();
    }

    /** The type the content really is, if it is one of these. */
    public static Optional<DocumentType> detect(byte[] content) {
        if (content == null || content.length < 5) {
            return Optional.empty();
        }
        if (new String(content, 0, 5, StandardCharsets.US_ASCII).equals("%PDF-")) {
            return Optional.of(PDF);
        }
        if (content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4) {
            try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
                for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                    if (e.getName().equals("word/document.xml")) {
                        return Optional.of(DOCX);
                    }
                    if (e.getName().equals("xl/workbook.xml")) {
                        return Optional.of(XLSX);
                    }
                }
            } catch (IOException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }
}
