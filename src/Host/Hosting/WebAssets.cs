using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.FileProviders;

namespace EventAgents.Host.Hosting;

/// <summary>
/// Serves the dashboard (web/dist) as static files, with every other path that is not a file answered by index.html
/// so the client-side router can take it. The folder is EVENTAGENTS_WEB_ROOT, else the first web/dist found above
/// the executable or the working directory.
/// </summary>
public static class WebAssets
{
    public static void MapDashboard(this WebApplication app, Action<string> log)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(log);
        if (FindRoot() is not { } root)
        {
            log("Dashboard: no web/dist found (build it with 'npm run build' in web/, or set EVENTAGENTS_WEB_ROOT); serving the API only.");
            return;
        }

        var files = new PhysicalFileProvider(root);
        app.UseStaticFiles(new StaticFileOptions { FileProvider = files, OnPrepareResponse = SetCaching });
        app.MapFallbackToFile("index.html", new StaticFileOptions { FileProvider = files, OnPrepareResponse = SetCaching });
    }

    private static string? FindRoot()
    {
        if (Environment.GetEnvironmentVariable("EVENTAGENTS_WEB_ROOT") is { Length: > 0 } configured)
        {
            return HasIndex(configured) ? Path.GetFullPath(configured) : null;
        }

        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
            {
                var candidate = Path.Combine(folder.FullName, "web", "dist");
                if (HasIndex(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }

    private static bool HasIndex(string folder) => File.Exists(Path.Combine(folder, "index.html"));

    // Vite names bundles by content hash, so they never change; index.html must be revalidated to pick up a new build.
    private static void SetCaching(Microsoft.AspNetCore.StaticFiles.StaticFileResponseContext context) =>
        context.Context.Response.Headers.CacheControl = context.File.Name == "index.html"
            ? "no-cache"
            : context.Context.Request.Path.StartsWithSegments("/assets", StringComparison.Ordinal) ? "public, max-age=31536000, immutable" : "no-cache";
}
