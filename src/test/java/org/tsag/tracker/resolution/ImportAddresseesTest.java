package org.tsag.tracker.resolution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.tsag.tracker.resolution.parse.ResolutionParser;
import org.tsag.tracker.testsupport.IntegrationTest;

/**
 * The import preview matches operative addressees as WTSA texts write them to the reference entities, and offers
 * only a party no entity goes by for creation: a qualifier ("in collaboration with ...") or the start of the
 * clause on the heading line ("to consider ...") is never offered as an entity of its own.
 */
@IntegrationTest
@WithMockUser(username = "tsb@example.org", roles = "TSB")
class ImportAddresseesTest {

    @Autowired
    ResolutionService service;

    @Test
    void addressees_with_qualifiers_and_clauses_on_the_heading_line_match_the_reference_entities() throws Exception {
        String text = """
                RESOLUTION 901 (New Delhi, 2024)
                Addressees as real texts write them
                The World Telecommunication Standardization Assembly (New Delhi, 2024),
                considering
                a)\tthat addressees come in many forms,
                instructs the Director of the Telecommunication Standardization Bureau, in collaboration with the Directors of the other two Bureaux
                1\tto act;
                requests the Secretary-General to bring this Resolution to the attention of the Council
                1\tfor information;
                invites Member States and Sector Members to contribute
                1\tto the work;
                instructs the Telecommunication Standardization Advisory Group
                1\tto review it.
                """;
        RevisionImport revision = RevisionImports.from(new ResolutionParser().parse(text), "test", null, true);

        assertThat(revision.sections()).extracting(RevisionImport.SectionImport::addressees).containsExactly(
                List.of(),
                List.of("the Director of the Telecommunication Standardization Bureau, in collaboration with the Directors of the other two Bureaux"),
                List.of("the Secretary-General"),
                List.of("Member States", "Sector Members"),
                List.of("the Telecommunication Standardization Advisory Group"));

        ImportPreview preview = service.previewImport(revision);

        assertThat(preview.unknownAddressees()).extracting(ImportPreview.UnknownAddressee::name).isEmpty();
    }
}
