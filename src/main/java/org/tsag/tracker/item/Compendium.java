package org.tsag.tracker.item;

import java.util.List;

/**
 * The per-resolution summary of TSB's sheets: who the text instructs or invites (by operative
 * section), the entities named on its items by role, where reports go, and the items with counts
 * by status.
 */
public record Compendium(
        String resolution,
        String title,
        List<Addressee> addressees,
        List<EntityRole> entities,
        List<StatusCount> statuses,
        List<ItemRow> items) {

    /** An operative section of the revision in force and an entity it addresses. */
    public record Addressee(String section, String entity, String entityName) {
    }

    /** An entity in a role (RESPONSIBLE, COLLABORATING, REPORTS_TO) on this many items. */
    public record EntityRole(String role, String entity, String entityName, int items) {
    }

    public record StatusCount(String status, int items) {
    }
}
