package org.cpchub.web.support;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.cpchub.domain.shared.Page;
import org.cpchub.domain.shared.PageRequest;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * A PrimeFaces lazy model whose every page is one query for the rows and one count, both in the
 * database: a list stays fast however many records there are.
 */
public class DatabasePagedModel<T> extends LazyDataModel<T> {
    private static final long serialVersionUID = 1L;
    private final transient Function<PageRequest, Page<T>> source;
    private final Function<T, Object> key;
    private final String defaultSort;

    public DatabasePagedModel(Function<PageRequest, Page<T>> source, Function<T, Object> key, String defaultSort) {
        this.source = source;
        this.key = key;
        this.defaultSort = defaultSort;
    }

    /** PrimeFaces asks for the count before loading a page (and loads nothing when it is 0). */
    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) source.apply(new PageRequest(0, 1, defaultSort, true)).total();
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        String field = defaultSort;
        boolean ascending = true;
        if (sortBy != null && !sortBy.isEmpty()) {
            SortMeta sort = sortBy.values().iterator().next();
            field = sort.getField();
            ascending = sort.getOrder() != SortOrder.DESCENDING;
        }
        Page<T> page = source.apply(new PageRequest(first, Math.min(pageSize, PageRequest.MAX_SIZE), field, ascending));
        setRowCount((int) page.total());
        return page.items();
    }

    @Override
    public String getRowKey(T row) {
        return String.valueOf(key.apply(row));
    }

    @Override
    public T getRowData(String rowKey) {
        return getWrappedData() == null ? null
                : getWrappedData().stream().filter(r -> getRowKey(r).equals(rowKey)).findFirst().orElse(null);
    }
}
