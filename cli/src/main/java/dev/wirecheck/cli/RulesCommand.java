package dev.wirecheck.cli;

import dev.wirecheck.report.RulesMarkdown;
import dev.wirecheck.check.RuleInfo;
import dev.wirecheck.rules.Catalogue;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.concurrent.Callable;

/** {@code wirecheck rules}: the rule catalogue, as a table or as the Markdown of docs/rules.md. */
@Command(name = "rules", mixinStandardHelpOptions = true, description = "List the conformance rules.")
final class RulesCommand implements Callable<Integer> {

    @Option(names = "--markdown", description = "print docs/rules.md (Markdown) instead of a plain list")
    boolean markdown;

    @Override
    public Integer call() {
        if (markdown) {
            System.out.print(RulesMarkdown.render(Catalogue.infos()));
            return Main.OK;
        }
        for (RuleInfo r : Catalogue.infos()) {
            System.out.printf("%-48s %-10s %-8s %-16s %s%n", r.id(), r.level().text(), r.protocol(), r.citation(),
                    r.summary());
        }
        System.out.printf("%d rules%n", Catalogue.infos().size());
        return Main.OK;
    }
}
