namespace EventAgents.Platform.Messaging.Tests;

/// <summary>Marks a test class whose <see cref="ServiceFactAttribute"/> tests need RabbitMQ: they are skipped, with the reason, when apt cannot install it.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class RequiresRabbitMqAttribute : Attribute;
