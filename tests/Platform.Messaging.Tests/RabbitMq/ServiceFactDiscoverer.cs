using Xunit.Abstractions;
using Xunit.Sdk;

namespace EventAgents.Platform.Messaging.Tests;

/// <summary>Discovers a <see cref="ServiceFactAttribute"/> test as skipped when its concrete class requires RabbitMQ and none can be installed.</summary>
public sealed class ServiceFactDiscoverer(IMessageSink diagnostics) : IXunitTestCaseDiscoverer
{
    public IEnumerable<IXunitTestCase> Discover(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo factAttribute)
    {
        var display = discoveryOptions.MethodDisplayOrDefault();
        var displayOptions = discoveryOptions.MethodDisplayOptionsOrDefault();
        var needsRabbitMq = testMethod.TestClass.Class.GetCustomAttributes(typeof(RequiresRabbitMqAttribute)).Any();
        if (needsRabbitMq && RabbitMqServer.UnavailableReason is { } reason)
        {
            return [new XunitSkippedDataRowTestCase(diagnostics, display, displayOptions, testMethod, "RabbitMQ is unavailable: " + reason)];
        }

        return [new XunitTestCase(diagnostics, display, displayOptions, testMethod)];
    }
}
