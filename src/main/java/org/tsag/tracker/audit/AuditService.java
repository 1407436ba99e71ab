package org.tsag.tracker.audit;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tsag.tracker.base.Roles;

/** Who changed what, and when: for chairs. */
@Service
public class AuditService {

    private final AuditRepository repository;

    AuditService(AuditRepository repository) {
        this.repository = repository;
    }

    @RolesAllowed(Roles.CHAIR)
    @Transactional(readOnly = true)
    public List<AuditEntry> find(AuditFilter filter, int offset, int limit) {
        return repository.find(filter, offset, limit);
    }

    @RolesAllowed(Roles.CHAIR)
    @Transactional(readOnly = true)
    public int count(AuditFilter filter) {
        return repository.count(filter);
    }

    @RolesAllowed(Roles.CHAIR)
    @Transactional(readOnly = true)
    public List<String> tables() {
        return repository.tables();
    }
}
