using EventAgents.Engine.Secrets;
using Microsoft.Extensions.Logging;

namespace EventAgents.Host.Hosting;

/// <summary>The HTTP host's log on standard error, every line (exception text included) passed through the redactor first.</summary>
internal sealed class RedactedConsoleLogger(SecretRedactor redactor) : ILoggerProvider
{
    public ILogger CreateLogger(string categoryName) => new Logger(redactor, categoryName);

    public void Dispose()
    {
    }

    private sealed class Logger(SecretRedactor redactor, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                Console.Error.WriteLine(redactor.Redact($"{logLevel}: {category}: {formatter(state, exception)}{(exception is null ? "" : Environment.NewLine + exception)}"));
            }
        }
    }
}
