using System.Reflection;
using System.Text;

namespace Training.OrganizationUnits;

/// <summary>
/// Seeds Cao Bằng (code 04) as it really is: the 10 district-level units and 161 communes of 2020-03-01 to 2025-06-30,
/// the 56 communes from 2025-07-01 with successor links from the communes they absorbed, and the provincial agencies
/// named in section IV of plan 552/KH-UBND. Sources: Data/*.csv beside this file. Runs once: a province already
/// present is left as it is. The caller saves.
/// </summary>
public class OrganizationUnitDataSeeder(IOrganizationUnitRepository repository, OrganizationUnitManager manager)
{
    public const string ProvinceCode = "04";
    public const string ProvinceName = "Tỉnh Cao Bằng";
    private static readonly DateOnly LastDayBefore2025 = OrganizationUnitConsts.Reorganisation2025.AddDays(-1);

    public async Task<bool> SeedAsync(CancellationToken cancellationToken = default)
    {
        var from = OrganizationUnitConsts.SeedStructureValidFrom;
        if (await repository.FindByCodeAsync(ProvinceCode, from, fallBackToLatest: true, cancellationToken) is not null)
        {
            return false;
        }

        var province = await manager.CreateAsync(ProvinceCode, ProvinceName, OrganizationUnitKind.Province, null, from, null, cancellationToken);
        var communes2020 = await SeedStructureOf2020Async(province, cancellationToken);
        await SeedStructureOf2025Async(province, communes2020, cancellationToken);
        await SeedAgenciesAsync(province, cancellationToken);
        return true;
    }

    private async Task<Dictionary<string, OrganizationUnit>> SeedStructureOf2020Async(OrganizationUnit province, CancellationToken cancellationToken)
    {
        var communes = new Dictionary<string, OrganizationUnit>();
        var from = OrganizationUnitConsts.SeedStructureValidFrom;
        foreach (var district in ReadCsv("caobang_04_2020_extract.csv").GroupBy(r => (Code: r["district_code"], Name: r["district_name"])))
        {
            var districtUnit = await manager.CreateAsync(district.Key.Code, district.Key.Name, OrganizationUnitKind.District, province,
                from, LastDayBefore2025, cancellationToken);
            foreach (var row in district)
            {
                communes[row["commune_code"]] = await manager.CreateAsync(row["commune_code"], row["commune_name"], OrganizationUnitKind.Commune,
                    districtUnit, from, LastDayBefore2025, cancellationToken);
            }
        }

        return communes;
    }

    private async Task SeedStructureOf2025Async(OrganizationUnit province, Dictionary<string, OrganizationUnit> communes2020, CancellationToken cancellationToken)
    {
        foreach (var merge in ReadCsv("caobang_04_20250701_extract.csv").GroupBy(r => (Code: r["new_commune_code"], Name: r["new_commune_name"])))
        {
            var commune = await manager.CreateAsync(merge.Key.Code, merge.Key.Name, OrganizationUnitKind.Commune, province,
                OrganizationUnitConsts.Reorganisation2025, null, cancellationToken);
            foreach (var row in merge)
            {
                await manager.AddSuccessorAsync(communes2020[row["old_commune_code"]], commune, cancellationToken);
            }
        }
    }

    private async Task SeedAgenciesAsync(OrganizationUnit province, CancellationToken cancellationToken)
    {
        var rows = ReadCsv("caobang_04_agencies.csv");
        var agencies = new Dictionary<string, OrganizationUnit>();
        foreach (var row in rows)
        {
            agencies[row["code"]] = await manager.CreateAsync(row["code"], row["name"], OrganizationUnitKind.Agency, province,
                DateOnly.Parse(row["valid_from"], System.Globalization.CultureInfo.InvariantCulture),
                row["valid_to"].Length == 0 ? null : DateOnly.Parse(row["valid_to"], System.Globalization.CultureInfo.InvariantCulture),
                cancellationToken);
        }

        foreach (var row in rows.Where(r => r["successor_code"].Length > 0))
        {
            await manager.AddSuccessorAsync(agencies[row["code"]], agencies[row["successor_code"]], cancellationToken);
        }
    }

    /// <summary>Reads one of the embedded CSV files: a header row, commas, double quotes around fields that hold commas.</summary>
    internal static List<Dictionary<string, string>> ReadCsv(string fileName)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Training.OrganizationUnits.Data." + fileName)
            ?? throw new InvalidOperationException($"Embedded seed file {fileName} is missing.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var header = SplitCsvLine(reader.ReadLine() ?? string.Empty);
        var rows = new List<Dictionary<string, string>>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0)
            {
                continue;
            }

            var fields = SplitCsvLine(line);
            rows.Add(header.Select((name, i) => (name, value: i < fields.Count ? fields[i] : string.Empty))
                .ToDictionary(f => f.name, f => f.value.Normalize(NormalizationForm.FormC)));
        }

        return rows;
    }

    private static List<string> SplitCsvLine(string line)
    {
        var fields = new List<string>();
        var current = new StringBuilder();
        var quoted = false;
        foreach (var c in line)
        {
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == ',' && !quoted)
            {
                fields.Add(current.ToString());
                current.Clear();
            }
            else
            {
                current.Append(c);
            }
        }

        fields.Add(current.ToString());
        return fields;
    }
}
