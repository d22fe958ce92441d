package org.cpchub.web.publication;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cpchub.ejb.publication.PublicCommittee;
import org.cpchub.ejb.publication.PublicProgrammeItem;
import org.cpchub.ejb.publication.PublishedRecords;

/** /work-programme.xhtml?committee=: what a committee plans to take, by municipal year. */
@Named
@RequestScoped
public class PublicWorkProgrammePage {
    @EJB
    PublishedRecords published;

    private String committeeParam;
    private PublicCommittee committee;
    private final List<Year> years = new ArrayList<>();

    /** One municipal year of the programme. */
    public record Year(String name, List<PublicProgrammeItem> items) {
        public String getName() {
            return name;
        }

        public List<PublicProgrammeItem> getItems() {
            return items;
        }
    }

    public void load() {
        PublicPages.load(committeeParam, published::committee).ifPresent(c -> {
            committee = c;
            Map<String, List<PublicProgrammeItem>> byYear = new LinkedHashMap<>();
            for (PublicProgrammeItem item : published.workProgramme(c.id())) {
                byYear.computeIfAbsent(item.municipalYear(), y -> new ArrayList<>()).add(item);
            }
            byYear.forEach((year, items) -> years.add(new Year(year, List.copyOf(items))));
        });
    }

    public String getCommitteeParam() {
        return committeeParam;
    }

    public void setCommitteeParam(String committeeParam) {
        this.committeeParam = committeeParam;
    }

    public PublicCommittee getCommittee() {
        return committee;
    }

    public List<Year> getYears() {
        return years;
    }
}
