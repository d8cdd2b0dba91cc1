namespace EventAgents.Platform.Messaging;

/// <summary>A message that failed for good: the message, why it failed, and how often it was tried.</summary>
public sealed record DeadLetter(Envelope Envelope, int Attempts, MessageFailure Failure, DateTimeOffset FailedAt);
