using System.CommandLine;
using EventAgents.Host.Commands;

var root = new RootCommand("EventAgents: teams of AI agents on real software work, event-sourced on PostgreSQL")
{
    UpCommand.Create(),
    RunCommand.Create(),
    MigrateCommand.Create(),
    VerifyCommand.Create(),
    ApiKeyCommand.Create(),
    SeedCommand.Create(),
    SecretCommand.Create(),
};
return await root.Parse(args).InvokeAsync();
