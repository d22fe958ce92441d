package org.cpchub.web.strategy;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;
import org.cpchub.domain.shared.ImportRejectedException;
import org.cpchub.ejb.strategy.ImportResult;
import org.cpchub.ejb.strategy.ValueImportService;
import org.cpchub.web.support.Messages;

/**
 * /staff/strategy/import.xhtml: an analyst checks or imports a CSV or Excel file of values (one row per measure and
 * period). The file is validated as a whole: every bad row is listed with its line and reason, and nothing is
 * imported unless every row is good.
 */
@Named
@ViewScoped
public class ImportPage implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final int MAX_BYTES = 5 * 1024 * 1024;

    @EJB
    transient ValueImportService imports;

    @EJB
    transient org.cpchub.ejb.strategy.StrategyService strategies;

    private transient Part file;
    private List<ImportRejectedException.RowError> errors = List.of();
    private ImportResult result;

    public void check() {
        run(false);
    }

    public void importValues() {
        run(true);
    }

    private void run(boolean save) {
        errors = List.of();
        result = null;
        if (file == null || file.getSize() == 0) {
            Messages.error("Choose a CSV or Excel (.xlsx) file of values.");
            return;
        }
        if (file.getSize() > MAX_BYTES) {
            Messages.error("The file is larger than 5 MB. Split it and import the parts.");
            return;
        }
        byte[] content;
        try (InputStream in = file.getInputStream()) {
            content = in.readAllBytes();
        } catch (IOException e) {
            Messages.error("The file could not be read. Upload it again.");
            return;
        }
        String name = file.getSubmittedFileName();
        try {
            result = save ? imports.importValues(name, content) : imports.check(name, content);
            Messages.info(save ? result.rows() + " rows imported: " + result.created() + " new values, "
                    + result.updated() + " revised, " + result.unchanged() + " unchanged."
                    : "All " + result.rows() + " rows are good. Nothing has been imported yet: choose Import.");
        } catch (ImportRejectedException e) {
            errors = e.getErrors();
            Messages.error(e.getMessage() + " Nothing was imported.");
        } catch (RuntimeException e) {
            Messages.show(e, "import");
        }
    }

    /** The strategy whose template is offered: the active one. */
    public Long getStrategyId() {
        return strategies.active().stream().map(org.cpchub.domain.strategy.Strategy::getId).findFirst().orElse(null);
    }

    public List<ImportRejectedException.RowError> getErrors() {
        return errors;
    }

    public ImportResult getResult() {
        return result;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }
}
