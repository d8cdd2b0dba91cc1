using System.Formats.Tar;

namespace EventAgents.Platform.Docker;

/// <summary>A file to put into a tarball: a build context or files copied into a container.</summary>
/// <param name="Path">The path inside the tarball, with forward slashes.</param>
/// <param name="Content">The bytes of the file.</param>
/// <param name="Mode">Its permissions.</param>
/// <param name="UserId">Its owner's uid.</param>
/// <param name="GroupId">Its group's gid.</param>
public sealed record TarFile(string Path, byte[] Content, UnixFileMode Mode = (UnixFileMode)0b110_100_100, int UserId = 0, int GroupId = 0);

/// <summary>Builds in-memory tarballs for <see cref="DockerClient.BuildImageAsync"/> and <see cref="DockerClient.CopyToContainerAsync"/>.</summary>
public static class TarFiles
{
    /// <summary>A tarball of <paramref name="files"/>, positioned at its start.</summary>
    public static MemoryStream Create(IEnumerable<TarFile> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        var tarball = new MemoryStream();
        using (var writer = new TarWriter(tarball, TarEntryFormat.Pax, leaveOpen: true))
        {
            foreach (var file in files)
            {
                var entry = new PaxTarEntry(TarEntryType.RegularFile, file.Path.TrimStart('/'))
                {
                    DataStream = new MemoryStream(file.Content, writable: false),
                    Mode = file.Mode,
                    Uid = file.UserId,
                    Gid = file.GroupId,
                    ModificationTime = DateTimeOffset.UnixEpoch,
                };
                writer.WriteEntry(entry);
            }
        }

        tarball.Position = 0;
        return tarball;
    }
}
