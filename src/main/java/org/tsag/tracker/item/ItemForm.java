package org.tsag.tracker.item;

import java.time.LocalDate;

/**
 * The editable fields of an item, bound by the item page's Binder. {@code version} is the version
 * the user started from: saving fails with {@link ItemChangedException} if someone saved since.
 */
public class ItemForm {

    private long id;
    private int version;
    private String title;
    private String description;
    private String owner;
    private LocalDate startDate;
    private LocalDate dueDate;
    private String priority;
    private int weight;

    public static ItemForm of(ItemDetail item) {
        ItemForm form = new ItemForm();
        form.id = item.id();
        form.version = item.version();
        form.title = item.title();
        form.description = item.description();
        form.owner = item.owner();
        form.startDate = item.startDate();
        form.dueDate = item.dueDate();
        form.priority = item.priority();
        form.weight = item.weight();
        return form;
    }

    public long getId() {
        return id;
    }

    public void setId(long id) {
        this.id = id;
    }

    public int getVersion() {
        return version;
    }

    public void setVersion(int version) {
        this.version = version;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getOwner() {
        return owner;
    }

    public void setOwner(String owner) {
        this.owner = owner;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public void setDueDate(LocalDate dueDate) {
        this.dueDate = dueDate;
    }

    public String getPriority() {
        return priority;
    }

    public void setPriority(String priority) {
        this.priority = priority;
    }

    public int getWeight() {
        return weight;
    }

    public void setWeight(int weight) {
        this.weight = weight;
    }
}
