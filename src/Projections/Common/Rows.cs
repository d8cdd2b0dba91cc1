using Npgsql;

namespace EventAgents.Projections;

/// <summary>Null-aware column reads.</summary>
internal static class Rows
{
    public static string? Text(this NpgsqlDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    public static DateTimeOffset? Time(this NpgsqlDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetFieldValue<DateTimeOffset>(ordinal);

    public static DateTimeOffset At(this NpgsqlDataReader reader, int ordinal) => reader.GetFieldValue<DateTimeOffset>(ordinal);

    public static int? Int(this NpgsqlDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetInt32(ordinal);

    public static string[] Texts(this NpgsqlDataReader reader, int ordinal) => reader.GetFieldValue<string[]>(ordinal);
}
