package org.cpchub.web.publication;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import org.cpchub.ejb.publication.PublicDocument;
import org.cpchub.ejb.publication.PublicItemDetail;
import org.cpchub.ejb.publication.PublishedRecords;

/** /item.xhtml?id=: one public agenda item, its reports and its minutes. */
@Named
@RequestScoped
public class PublicItemPage {
    @EJB
    PublishedRecords published;

    private String idParam;
    private PublicItemDetail detail;

    public void load() {
        PublicPages.load(idParam, published::item).ifPresent(d -> detail = d);
    }

    public String documentUrl(PublicDocument d) {
        return PublicPages.documentUrl(d);
    }

    public String getIdParam() {
        return idParam;
    }

    public void setIdParam(String idParam) {
        this.idParam = idParam;
    }

    public PublicItemDetail getDetail() {
        return detail;
    }
}
