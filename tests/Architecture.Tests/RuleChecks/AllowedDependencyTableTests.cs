using EventAgents.Architecture.Tests.Rules;

namespace EventAgents.Architecture.Tests.RuleChecks;

public sealed class AllowedDependencyTableTests
{
    [Fact]
    public void Reads_the_projects_in_backticks_of_the_first_table_of_the_section()
    {
        var table = AllowedDependencyTable.Parse("""
            # Architecture

            | not | this |
            | --- | --- |
            | `Engine` | `Host` |

            ## Allowed dependencies

            Text before the table.

            | project | may use | notes |
            | --- | --- | --- |
            | `Domain` | nothing (the BCL only) | `not read` |
            | `Engine` | `Application`, `Domain`; and `Platform.Llm` | |

            ## Next section

            | `Host` | `Engine` |
            """);

        Assert.Equal(["Domain", "Engine"], table.Allowed.Keys.Order());
        Assert.Empty(table.Allowed["Domain"]);
        Assert.Equal(["Application", "Domain", "Platform.Llm"], table.Allowed["Engine"].Order());
    }

    [Theory]
    [InlineData("# Architecture\n\nNo section.\n")]
    [InlineData("## Allowed dependencies\n\nNo table.\n\n## Next\n\n| `A` | `B` |\n")]
    [InlineData("## Allowed dependencies\n\n| project | may use |\n| --- | --- |\n| Domain | nothing |\n")]
    [InlineData("## Allowed dependencies\n\n| project | may use |\n| --- | --- |\n| `Domain` | |\n| `Domain` | `Host` |\n")]
    public void Refuses_a_document_it_cannot_read(string markdown) =>
        Assert.Throws<FormatException>(() => AllowedDependencyTable.Parse(markdown));
}
