package org.cpchub.ejb.search;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.cpchub.domain.meetings.DocumentContent;
import org.cpchub.domain.meetings.DocumentType;
import org.cpchub.domain.search.SearchEntry;
import org.cpchub.domain.search.SearchKind;
import org.cpchub.domain.search.SearchTerm;
import org.cpchub.domain.search.SearchText;
import org.cpchub.ejb.meetings.DocumentText;
import org.cpchub.ejb.publication.PublicDocument;
import org.cpchub.ejb.publication.PublicItem;
import org.cpchub.ejb.publication.PublicMeetingSummary;
import org.cpchub.ejb.publication.PublishedRecords;

/**
 * Keeps the search index equal to the public record. Entries are built only from what {@link PublishedRecords}
 * gives the public, so the index can hold nothing exempt or unpublished; the services call it after every change
 * that can alter what the public sees, inside their transaction, so the index is never stale and every server
 * instance sees the same one. Anyone may trigger a rebuild: it only recomputes public information.
 */
@Stateless
@PermitAll
public class SearchIndex {
    @PersistenceContext
    EntityManager em;

    @Inject
    PublishedRecords published;

    /** Rebuilds every entry of a meeting (its publication, cancellation, minutes or date changed). */
    public void meetingChanged(long meetingId) {
        em.flush();
        delete(ids("SELECT e.id FROM SearchEntry e WHERE e.meetingId = :id", meetingId));
        // not ...meeting(id) with a catch: its NotFoundException would doom the caller's transaction
        published.meetingIfPublic(meetingId).ifPresent(meeting -> {
            for (PublicItem item : meeting.items()) {
                index(meeting.summary(), item);
            }
        });
    }

    /** Rebuilds the entries of one item (its text, minutes, resolutions or documents changed, or it went). */
    public void itemChanged(long itemId) {
        em.flush();
        delete(ids("SELECT e.id FROM SearchEntry e WHERE e.itemId = :id", itemId));
        // removed, or not (yet) public: nothing to find
        published.itemIfPublic(itemId).ifPresent(detail -> index(detail.meeting(), detail.item()));
    }

    /** Whether the index has no entries yet (a new installation, or one upgraded from before the search). */
    public boolean isEmpty() {
        return em.createQuery("SELECT e.id FROM SearchEntry e", Long.class).setMaxResults(1).getResultList().isEmpty();
    }

    /** The meetings whose agenda is public, for a rebuild of the whole index one meeting at a time. */
    public List<Long> publicMeetingIds() {
        return em.createQuery("SELECT m.id FROM Meeting m WHERE m.agendaPublishedAt IS NOT NULL"
                + " OR m.firstPublishedAt IS NOT NULL ORDER BY m.id", Long.class).getResultList();
    }

    private void index(PublicMeetingSummary meeting, PublicItem item) {
        String itemUrl = "/item.xhtml?id=" + item.id();
        String title = item.number() + ". " + item.title();
        StringBuilder body = new StringBuilder();
        append(body, item.exemptNotice());
        append(body, item.purpose());
        if (item.minutes() != null) {
            append(body, plain(item.minutes().narrativeHtml()));
            item.minutes().membersNoted().forEach(line -> append(body, line));
            item.minutes().resolutions().forEach(r -> append(body, "RESOLVED " + r.number() + " " + r.text()));
            append(body, item.minutes().correction());
        }
        add(new SearchEntry(SearchKind.ITEM, meeting.id(), item.id(), null, meeting.committeeId(),
                meeting.committeeName(), meeting.date(), title, itemUrl, body.toString()), item.title());
        if (item.documents().isEmpty()) {
            return;
        }
        Map<Long, String> texts = texts(item.documents());
        for (PublicDocument d : item.documents()) {
            String url = "/documents/" + d.id() + "/"
                    + URLEncoder.encode(d.fileName(), StandardCharsets.UTF_8).replace("+", "%20");
            add(new SearchEntry(SearchKind.DOCUMENT, meeting.id(), item.id(), d.id(), meeting.committeeId(),
                    meeting.committeeName(), meeting.date(), d.title(), url, texts.getOrDefault(d.id(), "")), d.title());
        }
    }

    /** Stores an entry and its terms; words of the title count double, so a title match ranks first. */
    private void add(SearchEntry entry, String title) {
        em.persist(entry);
        em.flush();
        Map<String, Integer> terms = SearchText.terms(entry.getBody());
        SearchText.terms(title).forEach((term, n) -> terms.merge(term, 2 * n, Integer::sum));
        terms.forEach((term, hits) -> em.persist(new SearchTerm(term, entry, hits)));
    }

    /**
     * The extracted text of the documents; a document uploaded before the text was extracted at upload has its
     * text extracted now, once, and kept.
     */
    private Map<Long, String> texts(List<PublicDocument> documents) {
        Map<Long, String> texts = new HashMap<>();
        Map<Long, PublicDocument> byId = documents.stream().collect(Collectors.toMap(PublicDocument::id, d -> d));
        em.createQuery("SELECT c.documentId, c.extractedText FROM DocumentContent c WHERE c.documentId IN :ids",
                Object[].class).setParameter("ids", List.copyOf(byId.keySet())).getResultList()
                .forEach(r -> texts.put((Long) r[0], (String) r[1]));
        texts.replaceAll((id, text) -> {
            if (text != null) {
                return text;
            }
            DocumentContent content = em.find(DocumentContent.class, id);
            content.setExtractedText(DocumentText.extract(DocumentType.valueOf(byId.get(id).type()), content.getData()));
            return content.getExtractedText();
        });
        return texts;
    }

    private List<Long> ids(String jpql, long id) {
        return em.createQuery(jpql, Long.class).setParameter("id", id).getResultList();
    }

    private void delete(List<Long> entryIds) {
        if (entryIds.isEmpty()) {
            return;
        }
        for (List<Long> chunk : chunks(entryIds)) {
            em.createQuery("DELETE FROM SearchTerm t WHERE t.entryId IN :ids").setParameter("ids", chunk)
                    .executeUpdate();
            em.createQuery("DELETE FROM SearchEntry e WHERE e.id IN :ids").setParameter("ids", chunk).executeUpdate();
        }
    }

    private static List<List<Long>> chunks(List<Long> ids) {
        List<List<Long>> chunks = new ArrayList<>();
        for (int i = 0; i < ids.size(); i += 500) {
            chunks.add(ids.subList(i, Math.min(ids.size(), i + 500)));
        }
        return chunks;
    }

    private static void append(StringBuilder body, String text) {
        if (text != null && !text.isBlank()) {
            body.append(body.isEmpty() ? "" : "\n").append(text.strip());
        }
    }

    /** The minutes' sanitised HTML as plain text: tags become spaces, the few entities back to characters. */
    static String plain(String html) {
        if (html == null) {
            return null;
        }
        return Stream.of(html.replaceAll("<[^>]+>", " ")).map(s -> s.replace("&nbsp;", " ").replace("&lt;", "<")
                .replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&"))
                .findFirst().orElse("").replaceAll("\\s+", " ").strip();
    }
}
