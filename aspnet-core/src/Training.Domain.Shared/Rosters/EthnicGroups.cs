using System.Reflection;
using Training.Text;

namespace Training.Rosters;

/// <summary>Vietnam's 54 ethnic groups by their usual names, each found by any spelling the data file lists.</summary>
public static class EthnicGroups
{
    private static readonly Lazy<(IReadOnlyList<string> Names, Dictionary<string, string> ByKey)> Data = new(Load);

    public static IReadOnlyList<string> Names => Data.Value.Names;

    /// <summary>The usual name for <paramref name="spelling"/> ("H'Mông", "hmong", "Mèo" → "Mông"), ignoring case and marks.</summary>
    public static bool TryResolve(string? spelling, out string name)
    {
        name = string.Empty;
        var key = Key(spelling);
        return key.Length > 0 && Data.Value.ByKey.TryGetValue(key, out name!);
    }

    private static string Key(string? spelling) =>
        new(VietnameseText.SearchKey(spelling).Where(char.IsLetterOrDigit).ToArray());

    private static (IReadOnlyList<string>, Dictionary<string, string>) Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Training.Rosters.ethnic_groups_vn.csv")!;
        using var reader = new StreamReader(stream);
        reader.ReadLine();
        var names = new List<string>();
        var byKey = new Dictionary<string, string>();
        while (reader.ReadLine() is { Length: > 0 } line)
        {
            var parts = line.Split(',', 2);
            var name = VietnameseText.Clean(parts[0]);
            names.Add(name);
            foreach (var spelling in parts[1].Split(';', StringSplitOptions.RemoveEmptyEntries).Prepend(name))
            {
                byKey.TryAdd(Key(spelling), name);
            }
        }

        return (names, byKey);
    }
}
