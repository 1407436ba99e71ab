package org.tsag.tracker;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.codeUnits;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tsag.tracker.db.Tables.ACTION_ITEM;
import static org.tsag.tracker.db.Tables.STATUS_EVENT;

import java.util.Set;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;

/**
 * The structure of STYLE.md, checked on every build: features do not form cycles, Vaadin stays in
 * the UI, and jOOQ stays in repositories. These are plain JUnit tests, so they surely run.
 */
class ArchitectureTest {

    private static final String BASE = "org.tsag.tracker";
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                // what Spring AOT (process-aot, at package time) generates next to our classes:
                // bean definitions and CGLIB proxies, which are not code we write
                .withImportOption(location -> !location.contains("$$SpringCGLIB$$")
                        && !location.contains("__"))
                .importPackages(BASE);
    }

    @Test
    void the_rules_see_the_application_classes() {
        // guards against a rule passing because it checked nothing
        assertThat(classes.contain(BASE + ".resolution.ResolutionService")).isTrue();
        assertThat(classes.size()).isGreaterThan(40);
    }

    @Test
    void features_have_no_cycles() {
        slices().matching(BASE + ".(*)..")
                .should().beFreeOfCycles()
                .check(classes);
    }

    @Test
    void no_feature_depends_on_the_root_package() {
        // the root package (Application) starts the features; a feature reaching back into it is a
        // cycle that features_have_no_cycles cannot see, because the root package is in no slice
        noClasses().that().resideOutsideOfPackage(BASE)
                .should().dependOnClassesThat().resideInAPackage(BASE)
                .check(classes);
    }

    @Test
    void vaadin_is_used_only_in_ui_packages_base_and_security() {
        noClasses().that().resideOutsideOfPackages("..ui..", BASE + ".base..", BASE + ".security..")
                .should().dependOnClassesThat().resideInAPackage("com.vaadin..")
                .check(classes);
    }

    @Test
    void jooq_is_used_only_in_repositories() {
        noClasses().that().haveSimpleNameNotEndingWith("Repository")
                .and().haveSimpleNameNotEndingWith("Query")
                .and().resideOutsideOfPackages(BASE + ".db..", BASE + ".base.database..")
                .should().dependOnClassesThat().resideInAnyPackage("org.jooq..", BASE + ".db..")
                .check(classes);
    }

    @Test
    void repositories_are_package_private() {
        classes().that().haveSimpleNameEndingWith("Repository")
                .should().notBePublic()
                .check(classes);
    }

    @Test
    void views_are_package_private_and_live_in_ui_packages() {
        classes().that().haveSimpleNameEndingWith("View")
                .and().doNotHaveSimpleName("LoginView")
                .should().resideInAPackage("..ui..")
                .andShould().notBePublic()
                .check(classes);
    }

    @Test
    void the_parser_knows_nothing_of_spring_or_the_database() {
        noClasses().that().resideInAPackage(BASE + ".resolution.parse..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.jooq..",
                        "com.vaadin..", "java.sql..", BASE + ".db..")
                .check(classes);
    }

    @Test
    void since_the_last_meeting_is_its_own_feature_used_by_dashboard_meeting_and_report() {
        noClasses().that().resideInAPackage(BASE + ".since..")
                .should().dependOnClassesThat().resideInAnyPackage(BASE + ".dashboard..", BASE + ".meeting..",
                        BASE + ".report..")
                .check(classes);
        noClasses().that().resideInAPackage(BASE + ".meeting..")
                .should().dependOnClassesThat().resideInAPackage(BASE + ".dashboard..")
                .check(classes);
    }

    // ---- the status journal has one writer

    /** jOOQ calls that write rows. */
    private static final Set<String> WRITES = Set.of("insertInto", "update", "deleteFrom", "mergeInto", "batchInsert",
            "batchStore", "batchUpdate", "batchDelete", "newRecord", "truncate", "truncateTable", "executeInsert",
            "executeUpdate", "executeDelete", "loadInto");

    /** A method or lambda that names the status_event or evidence table and makes a jOOQ write call. */
    private static final ArchCondition<JavaCodeUnit> NOT_WRITE_THE_JOURNAL =
            new ArchCondition<>("not write the status_event or evidence tables") {
                @Override
                public void check(JavaCodeUnit unit, ConditionEvents events) {
                    boolean journal = unit.getFieldAccesses().stream()
                            .anyMatch(a -> a.getTarget().getOwner().getPackageName().startsWith(BASE + ".db")
                                    && Set.of("STATUS_EVENT", "EVIDENCE").contains(a.getTarget().getName()));
                    boolean write = unit.getMethodCallsFromSelf().stream()
                            .anyMatch(c -> c.getTargetOwner().getPackageName().startsWith("org.jooq")
                                    && WRITES.contains(c.getName()));
                    if (journal && write) {
                        events.add(SimpleConditionEvent.violated(unit,
                                unit.getFullName() + " writes the status journal; only " + BASE + ".status may"));
                    }
                }
            };

    private static final ArchRule ONLY_STATUS_WRITES_THE_JOURNAL = codeUnits()
            .that().areDeclaredInClassesThat().resideOutsideOfPackage(BASE + ".status..")
            .should(NOT_WRITE_THE_JOURNAL);

    @Test
    void only_the_status_feature_writes_status_events_and_evidence() {
        ONLY_STATUS_WRITES_THE_JOURNAL.check(classes);
    }

    @Test
    void the_journal_rule_catches_a_writer_outside_the_status_feature() {
        JavaClasses writer = new ClassFileImporter().importClasses(StrayJournalWriter.class);
        assertThatThrownBy(() -> ONLY_STATUS_WRITES_THE_JOURNAL.check(writer))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("StrayJournalWriter.append");
    }

    /** What the rule must refuse: an insert into status_event outside the status feature. */
    static class StrayJournalWriter {
        void append(DSLContext dsl) {
            dsl.insertInto(STATUS_EVENT).set(STATUS_EVENT.AUTHOR, "x").execute();
        }
    }

    // ---- internal-item visibility is stated once

    /**
     * The predicates that make a condition of a boolean column. Only these: javac may give a chained
     * call on the line before the same line number as the next line's column, so an {@code ne} of
     * another column next to {@code StatusQuery.visible(NOTIFICATION_CHANGE.INTERNAL, ...)} would look alike.
     */
    private static final Set<String> PREDICATES = Set.of("isFalse", "isTrue");

    /**
     * A method or lambda that makes a condition of an {@code internal} column on the line that reads it
     * ({@code ACTION_ITEM.INTERNAL.isFalse()}): selecting the column, or setting it, is fine.
     */
    private static final ArchCondition<JavaCodeUnit> NOT_STATE_VISIBILITY =
            new ArchCondition<>("not make a condition of an internal column (use StatusQuery.visible)") {
                @Override
                public void check(JavaCodeUnit unit, ConditionEvents events) {
                    Set<Integer> lines = new java.util.HashSet<>();
                    unit.getFieldAccesses().stream()
                            .filter(a -> a.getTarget().getOwner().getPackageName().startsWith(BASE + ".db")
                                    && a.getTarget().getName().equals("INTERNAL"))
                            .forEach(a -> lines.add(a.getLineNumber()));
                    unit.getMethodCallsFromSelf().stream()
                            .filter(c -> c.getTargetOwner().getPackageName().startsWith("org.jooq")
                                    && PREDICATES.contains(c.getName()) && lines.contains(c.getLineNumber()))
                            .findFirst()
                            .ifPresent(c -> events.add(SimpleConditionEvent.violated(unit, unit.getFullName()
                                    + " states internal-item visibility by hand (line " + c.getLineNumber()
                                    + "); use StatusQuery.visible")));
                }
            };

    private static final ArchRule VISIBILITY_IS_STATED_ONCE = codeUnits()
            .that().areDeclaredInClassesThat().resideOutsideOfPackage(BASE + ".status..")
            .should(NOT_STATE_VISIBILITY);

    @Test
    void only_the_status_feature_states_which_items_are_visible() {
        VISIBILITY_IS_STATED_ONCE.check(classes);
    }

    @Test
    void the_visibility_rule_catches_a_condition_on_the_internal_column() {
        JavaClasses stray = new ClassFileImporter().importClasses(StrayVisibility.class);
        assertThatThrownBy(() -> VISIBILITY_IS_STATED_ONCE.check(stray))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("StrayVisibility.publicOnly");
    }

    /** What the visibility rule must refuse: the rule restated outside the status feature. */
    static class StrayVisibility {
        Condition publicOnly(boolean seesInternal) {
            return seesInternal ? org.jooq.impl.DSL.noCondition() : ACTION_ITEM.INTERNAL.isFalse();
        }
    }
}
