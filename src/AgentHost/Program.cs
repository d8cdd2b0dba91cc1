// The agent process that runs inside a step's container or as a local child process.
// Its loop arrives with the engine issue; until then it only reports that it has no work.
Console.Error.WriteLine("eventagents-agent: no step configuration was given.");
return 2;
