using EventAgents.Domain.Common;

namespace EventAgents.Domain.Runs;

/// <summary>An event in a run's stream.</summary>
public interface IRunEvent : IDomainEvent
{
    /// <summary>The run the event belongs to.</summary>
    string RunId { get; }
}

/// <summary>A command addressed to one run.</summary>
public interface IRunCommand
{
    /// <summary>The run the command is addressed to.</summary>
    string RunId { get; }
}

/// <summary>A command about one attempt of one step, sent by the engine or an agent host.</summary>
public interface IStepCommand : IRunCommand
{
    /// <summary>The step.</summary>
    string StepId { get; }

    /// <summary>The attempt the sender is reporting on; reports on older attempts are ignored.</summary>
    int Attempt { get; }
}
