package org.tsag.tracker.api;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tsag.tracker.resolution.ResolutionFilter;
import org.tsag.tracker.resolution.ResolutionPage;
import org.tsag.tracker.resolution.ResolutionService;

/** Resolutions, their revisions and clauses. */
@RestController
@RequestMapping(path = "/api/v1/resolutions", produces = "application/json")
@Tag(name = "Resolutions", description = "WTSA resolutions, their revisions, sections and clauses")
class ResolutionApiController {

    private final ResolutionService resolutions;

    ResolutionApiController(ResolutionService resolutions) {
        this.resolutions = resolutions;
    }

    @GetMapping
    @Operation(summary = "Every resolution, with the revision in force and its implementation summary")
    List<ApiModel.Resolution> resolutions(
            @Parameter(description = "words matched against number and title") @RequestParam(required = false) String q) {
        return resolutions.list(new ResolutionFilter(q)).stream().map(ApiModel.Resolution::of).toList();
    }

    @GetMapping("/{number}")
    @Operation(summary = "A resolution and its revisions, newest first")
    ApiModel.ResolutionDetails resolution(@PathVariable String number) {
        ResolutionPage page = page(number, null);
        return new ApiModel.ResolutionDetails(page.number(), page.title(),
                page.revisions().stream().map(ApiModel.Revision::of).toList());
    }

    @GetMapping("/{number}/revisions")
    @Operation(summary = "The revisions of a resolution, newest first")
    List<ApiModel.Revision> revisions(@PathVariable String number) {
        return page(number, null).revisions().stream().map(ApiModel.Revision::of).toList();
    }

    @GetMapping("/{number}/revisions/{year}")
    @Operation(summary = "One revision in full: sections and clauses")
    ApiModel.RevisionDetails revision(@PathVariable String number, @PathVariable int year) {
        return ApiModel.RevisionDetails.of(page(number, year));
    }

    @GetMapping("/{number}/revisions/{year}/clauses")
    @Operation(summary = "The clauses of a revision, with the items implementing them and their implementation reports")
    List<ApiModel.Clause> clauses(@PathVariable String number, @PathVariable int year,
                                  @Parameter(description = "only the operative clauses of the revision (the tracked "
                                          + "ones), without those it deleted")
                                  @RequestParam(defaultValue = "false") boolean operative) {
        ResolutionPage page = page(number, year);
        return page.revision().sections().stream()
                .filter(s -> !operative || s.operative())
                .flatMap(s -> s.clauses().stream().filter(c -> !operative || c.label() != null).map(c -> new ApiModel.Clause(c.id(), s.heading(), s.kind(),
                        s.addresseeEntities(), c.label(), c.previousLabel(), c.change(), c.text(), c.subItems(),
                        c.footnotes(), c.lineageLabel(), c.items().stream().map(ApiModel.LinkedItem::of).toList(),
                        page.eventsOf(c.id()).stream()
                                .map(e -> ApiModel.ClauseReport.of(e, c.label(), page.revision().year()))
                                .toList())))
                .toList();
    }

    /** The revision of that year, or for no year the one in force (else the latest). */
    private ResolutionPage page(String number, Integer year) {
        ResolutionPage page = resolutions.find(number, year)
                .orElseThrow(() -> new NotFoundException(year == null ? "No resolution " + number + "."
                        : "No revision " + year + " of resolution " + number + "."));
        if (year != null && page.revision().year() != year) {
            throw new NotFoundException("No revision " + year + " of resolution " + number + ".");
        }
        return page;
    }
}
