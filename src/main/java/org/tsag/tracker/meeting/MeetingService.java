package org.tsag.tracker.meeting;

import org.tsag.tracker.base.Roles;
import org.tsag.tracker.base.CanRead;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The meeting feature's API. */
@Service
public class MeetingService {

    private final MeetingRepository repository;

    MeetingService(MeetingRepository repository) {
        this.repository = repository;
    }

    @RolesAllowed(Roles.ADMIN)
    @Transactional
    public long create(NewMeeting meeting) {
        return repository.insert(meeting);
    }

    @CanRead
    @Transactional(readOnly = true)
    public List<Meeting> list() {
        return repository.findAll();
    }

    @CanRead
    @Transactional(readOnly = true)
    public Optional<Long> findId(String code) {
        return repository.findId(code);
    }
}
