package org.tsag.tracker.dashboard;

import org.tsag.tracker.base.CurrentUser;
import org.tsag.tracker.base.CanRead;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The dashboard's API. */
@Service
public class DashboardService {

    private final DashboardRepository repository;

    DashboardService(DashboardRepository repository) {
        this.repository = repository;
    }

    @CanRead
    @Transactional(readOnly = true)
    public DashboardSummary summary() {
        boolean internal = CurrentUser.canSeeInternal();
        return new DashboardSummary(
                repository.countItems(internal),
                repository.countResolutions(),
                repository.containsSampleData(),
                repository.countByStatus(internal));
    }
}
