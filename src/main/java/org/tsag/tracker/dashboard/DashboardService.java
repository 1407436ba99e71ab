package org.tsag.tracker.dashboard;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The dashboard's API. */
@Service
public class DashboardService {

    private final DashboardRepository repository;

    DashboardService(DashboardRepository repository) {
        this.repository = repository;
    }

    @Transactional(readOnly = true)
    public DashboardSummary summary() {
        return new DashboardSummary(
                repository.countItems(),
                repository.countResolutions(),
                repository.containsSampleData(),
                repository.countByStatus());
    }
}
