package org.tsag.tracker.api;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tsag.tracker.meeting.MeetingService;
import org.tsag.tracker.resolution.ResolutionService;

/** Meetings, study periods and statuses. */
@RestController
@RequestMapping(path = "/api/v1", produces = "application/json")
@Tag(name = "Reference data", description = "Meetings, study periods and statuses")
class ReferenceApiController {

    private final MeetingService meetings;
    private final ResolutionService resolutions;

    ReferenceApiController(MeetingService meetings, ResolutionService resolutions) {
        this.meetings = meetings;
        this.resolutions = resolutions;
    }

    @GetMapping("/meetings")
    @Operation(summary = "Meetings (TSAG, CxO, workshops, WTSA, Council)")
    List<ApiModel.MeetingInfo> meetings(
            @Parameter(description = "meeting kind, e.g. TSAG") @RequestParam(required = false) String kind,
            @Parameter(description = "study period code") @RequestParam(required = false) String period) {
        return meetings.list().stream()
                .filter(m -> kind == null || kind.equalsIgnoreCase(m.kind()))
                .filter(m -> period == null || period.equals(m.studyPeriod()))
                .map(ApiModel.MeetingInfo::of)
                .toList();
    }

    @GetMapping("/study-periods")
    @Operation(summary = "Study periods, oldest first")
    List<ApiModel.Period> studyPeriods() {
        return resolutions.listStudyPeriods().stream().map(ApiModel.Period::of).toList();
    }

    @GetMapping("/statuses")
    @Operation(summary = "Item statuses in workflow order")
    List<ApiModel.Status> statuses() {
        return resolutions.statuses().stream().map(s -> new ApiModel.Status(s.code(), s.name())).toList();
    }
}
