using System.Text.Json;
using EventAgents.Engine.Models;
using EventAgents.Engine.Runners.LocalProcess;
using EventAgents.Application.Steps.Running;
using EventAgents.Host.Secrets;
using EventAgents.Platform.Llm.Providers;
using EventAgents.Platform.Llm.Secrets;

namespace EventAgents.Agents.Tests;

/// <summary>Provider keys at rest: AES-GCM under a 0600 key file in the home; env:/file: references keep working.</summary>
public sealed class SecretStoreTests : IDisposable
{
    private readonly string home = Directory.CreateTempSubdirectory("eventagents-secrets-").FullName;

    [Fact]
    public void A_stored_secret_reads_back_and_is_nowhere_in_the_files_in_clear()
    {
        var value = "sk-stored-" + Guid.NewGuid().ToString("N");
        EncryptedSecrets.Open(home).Set("OPENAI_API_KEY", value);

        Assert.Equal(value, EncryptedSecrets.Open(home).Find("OPENAI_API_KEY"));
        Assert.Equal(["OPENAI_API_KEY"], EncryptedSecrets.Open(home).Names());
        foreach (var file in Directory.GetFiles(home))
        {
            Assert.DoesNotContain(value, File.ReadAllText(file), StringComparison.Ordinal);
        }

        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(Path.Combine(home, SecretKeyFile.FileName)));
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(Path.Combine(home, EncryptedSecrets.FileName)));
        }
    }

    [Fact]
    public void An_altered_value_or_one_moved_to_another_name_does_not_decrypt()
    {
        var store = EncryptedSecrets.Open(home);
        store.Set("A_KEY", "value-of-a-000000");
        store.Set("B_KEY", "value-of-b-000000");
        var path = Path.Combine(home, EncryptedSecrets.FileName);
        var stored = JsonSerializer.Deserialize<Dictionary<string, string>>(File.ReadAllText(path))!;
        stored["B_KEY"] = stored["A_KEY"];
        File.WriteAllText(path, JsonSerializer.Serialize(stored));

        var moved = Assert.Throws<InvalidDataException>(() => store.Find("B_KEY"));
        Assert.Contains("'B_KEY'", moved.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("value-of", moved.Message, StringComparison.Ordinal);
        Assert.Equal("value-of-a-000000", store.Find("A_KEY"));
    }

    [Fact]
    public void A_bad_name_is_refused_naming_the_rule_and_removing_forgets_the_secret()
    {
        var store = EncryptedSecrets.Open(home);
        var refused = Assert.Throws<ArgumentException>(() => store.Set("not a name", "value-000000"));
        Assert.Contains("'not a name' is not a secret name", refused.Message, StringComparison.Ordinal);
        store.Set("GONE_KEY", "value-000000");
        Assert.True(store.Remove("GONE_KEY"));
        Assert.False(store.Remove("GONE_KEY"));
        Assert.Null(store.Find("GONE_KEY"));
    }

    [Fact]
    public async Task An_env_reference_finds_the_environment_first_then_the_stored_secret_and_file_references_still_work()
    {
        var store = EncryptedSecrets.Open(home);
        store.Set("STORED_ONLY", "sk-from-the-store-0000");
        store.Set("IN_BOTH", "sk-store-loses-000000");
        var keyFile = Path.Combine(home, "anthropic.key");
        await File.WriteAllTextAsync(keyFile, "sk-from-a-file-00000\n");
        var environment = new Dictionary<string, string> { ["IN_BOTH"] = "sk-environment-wins-0" };
        var secrets = new ServerSecrets(store, name => environment.GetValueOrDefault(name));

        Assert.Equal("sk-from-the-store-0000", secrets.Find(SecretReference.Parse("env:STORED_ONLY", "key"))!.Reveal());
        Assert.Equal("sk-environment-wins-0", secrets.Find(SecretReference.Parse("env:IN_BOTH", "key"))!.Reveal());
        Assert.Equal("sk-from-a-file-00000", secrets.Find(SecretReference.Parse($"file:{keyFile}", "key"))!.Reveal());
        Assert.Null(secrets.Find(SecretReference.Parse("env:NOWHERE", "key")));
    }

    [Fact]
    public async Task An_agent_process_gets_the_providers_file_and_only_its_own_providers_key()
    {
        EncryptedSecrets.Open(home).Set("STORED_PROVIDER_KEY", "sk-stored-for-agent-0");
        var llm = Path.Combine(home, "llm.json");
        await File.WriteAllTextAsync(llm, """
            {"providers": {
              "a": {"kind": "openai", "api_key": "env:STORED_PROVIDER_KEY"},
              "b": {"kind": "openai-compatible", "base_url": "http://127.0.0.1:1/v1", "api_key": "env:UNSET_PROVIDER_KEY"},
              "c": {"kind": "anthropic", "api_key": "file:/run/secrets/anthropic"}}}
            """);
        var environment = new Dictionary<string, string> { ["OTHER_SERVER_SECRET"] = "never-to-agents-000" };
        var models = await ServerModels.LoadAsync(llm, new ServerSecrets(EncryptedSecrets.Open(home), name => environment.GetValueOrDefault(name)), CancellationToken.None);

        var handed = models.AccessFor("a/gpt-5").Environment;
        Assert.Equal(new Dictionary<string, string> { ["EVENTAGENTS_LLM_CONFIG"] = llm, ["STORED_PROVIDER_KEY"] = "sk-stored-for-agent-0" }, handed);
        Assert.Equal(new Dictionary<string, string> { ["EVENTAGENTS_LLM_CONFIG"] = llm }, models.AccessFor("c/claude").Environment);
        Assert.Equal([llm, "/run/secrets/anthropic"], models.AccessFor("c/claude").Files);
        Assert.Equal([new Uri("http://127.0.0.1:1/v1")], models.AccessFor("b/local").Endpoints);
        Assert.Same(AgentProviderAccess.None, models.AccessFor("scripted"));
        var launch = new StepLaunch("r", "s", 1, home, home, handed, "{}", new Uri("http://127.0.0.1:5080"), "token", null);
        var process = AgentProcessEnvironment.For(launch, Path.Combine(home, "step.json"), "dotnet");
        Assert.Equal(llm, process["EVENTAGENTS_LLM_CONFIG"]);
        Assert.Equal("sk-stored-for-agent-0", process["STORED_PROVIDER_KEY"]);
        Assert.DoesNotContain("OTHER_SERVER_SECRET", process.Keys);
    }

    [Fact]
    public async Task A_missing_llm_json_means_only_the_scripted_model_and_a_bad_one_names_the_file_and_field()
    {
        var missing = await ServerModels.LoadAsync(Path.Combine(home, "llm.json"), EnvironmentSecrets.Process, CancellationToken.None);
        Assert.Empty(missing.AccessFor("a/gpt-5").Environment);
        Assert.Empty(missing.Configuration.Providers);

        await File.WriteAllTextAsync(Path.Combine(home, "llm.json"), """{"providers": {"x": {"kind": "openai", "api_key": "sk-literal-key"}}}""");
        var bad = await Assert.ThrowsAsync<InvalidDataException>(() => ServerModels.LoadAsync(Path.Combine(home, "llm.json"), EnvironmentSecrets.Process, CancellationToken.None));
        Assert.Contains("llm.json: providers.x.api_key must be a secret reference", bad.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("sk-literal-key", bad.Message, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(home, recursive: true);
}
