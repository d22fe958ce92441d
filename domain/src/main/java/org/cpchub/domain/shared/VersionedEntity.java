package org.cpchub.domain.shared;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.io.Serializable;

/**
 * What every record people edit has: a database-generated id and a {@code @Version} for optimistic locking
 * (two people saving the same record: the second gets a conflict, not a silent overwrite). Two records are
 * equal when they are of the same class and have the same id.
 */
@MappedSuperclass
public abstract class VersionedEntity implements Serializable {
    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    @Override
    public boolean equals(Object o) {
        return o != null && o.getClass() == getClass() && id != null && id.equals(((VersionedEntity) o).id);
    }

    @Override
    public int hashCode() {
        return getClass().hashCode();
    }
}
