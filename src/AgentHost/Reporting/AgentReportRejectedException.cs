using System.Net;

namespace EventAgents.AgentHost.Reporting;

/// <summary>The server refused a report for a reason that retrying does not fix (a bad token, a bad body).</summary>
public sealed class AgentReportRejectedException : Exception
{
    /// <summary>Creates the exception.</summary>
    public AgentReportRejectedException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public AgentReportRejectedException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    public AgentReportRejectedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception for a refused report.</summary>
    public AgentReportRejectedException(HttpStatusCode status, string detail)
        : base($"The server refused the report with {(int)status} {status}: {detail}") => Status = status;

    /// <summary>The status the server answered with.</summary>
    public HttpStatusCode? Status { get; }
}
