package org.tsag.tracker.resolution.parse;

import org.junit.jupiter.api.Test;

class DumpSeedTest {
    @Test
    void dump() throws Exception {
        ParsedResolution r = new ResolutionParser().parse(Outline.resource(System.getProperty("res", "res68-citel-mod-wtsa24.txt")));
        System.out.println(r.number() + " | " + r.title() + " | " + r.revision() + " | prev " + r.previousRevision() + " | " + r.history() + " | " + r.assemblyLine());
        for (ParsedSection s : r.sections()) {
            System.out.println("== " + Outline.of(s) + "  [" + s.kind() + ", addressee=" + s.addressee() + ", line " + s.line() + "]");
            for (ParsedClause c : s.clauses()) {
                System.out.println("   " + c.line() + " " + c.label() + "/" + c.previousLabel() + " " + c.change() + " " + c.text().substring(0, Math.min(60, c.text().length())) + " sub=" + c.subItems().size() + " fn=" + c.footnotes());
            }
        }
        r.warnings().forEach(w -> System.out.println("W " + w.message()));
        r.ignored().forEach(w -> System.out.println("I " + w.line() + " " + w.reason() + " | " + w.text()));
        System.out.println(r.sourceLines());
    }
}
