using EventAgents.Domain.Common;

namespace EventAgents.Domain.Pipelines;

/// <summary>An event in a pipeline's stream.</summary>
public interface IPipelineEvent : IDomainEvent
{
    /// <summary>The pipeline the event belongs to.</summary>
    string PipelineId { get; }
}

/// <summary>A command addressed to one pipeline.</summary>
public interface IPipelineCommand
{
    /// <summary>The pipeline the command is addressed to.</summary>
    string PipelineId { get; }
}
