using Xunit.Sdk;

namespace EventAgents.Platform.Messaging.Tests;

/// <summary>A fact that is skipped when its class needs a service this machine cannot provide (see <see cref="ServiceFactDiscoverer"/>).</summary>
[XunitTestCaseDiscoverer("EventAgents.Platform.Messaging.Tests.ServiceFactDiscoverer", "EventAgents.Platform.Messaging.Tests")]
[AttributeUsage(AttributeTargets.Method)]
public sealed class ServiceFactAttribute : FactAttribute;
