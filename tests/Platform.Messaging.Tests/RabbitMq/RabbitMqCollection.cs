namespace EventAgents.Platform.Messaging.Tests;

/// <summary>The test classes that share one RabbitMQ server, started before the first and stopped after the last.</summary>
[CollectionDefinition(Name)]
public sealed class RabbitMqCollection : ICollectionFixture<RabbitMqServerFixture>
{
    public const string Name = "RabbitMQ";
}
